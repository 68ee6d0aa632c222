import { createHash } from 'node:crypto';
import type { Db } from '../db/run.ts';
import { encodeProperties, propertyTypes, type JsonValue } from './values.ts';

// The content hash of the map: what a full export records and an import checks, and what the seed's tests compare.
// It sees every property with its Cypher type, in the encoding of the graph files (values.ts).

// Properties that record when something was written, not what: left out of the content hash.
const TIMESTAMP_PROPS = new Set(['createdAt', 'updatedAt', 'seededAt', 'modifiedAt']);

/** JSON with object keys sorted, so equal content gives equal text. Hot: runs once per node and relationship. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonical(value[i]);
    return `${out}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let out = '{';
    let first = true;
    for (const key of Object.keys(record).sort()) {
      if (TIMESTAMP_PROPS.has(key)) continue;
      out += `${first ? '' : ','}${JSON.stringify(key)}:${canonical(record[key])}`;
      first = false;
    }
    return `${out}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** One node or relationship as the content hash sees it (the columns of cypher/seed/list-content.cypher). */
export interface ContentRow {
  readonly kind: string;
  readonly labels: readonly string[];
  readonly props: Readonly<Record<string, unknown>>;
  /** `[key, valueType]` per property, as Cypher's valueType() returns it. */
  readonly types: readonly (readonly [string, string])[];
  readonly fromId: string | null;
  readonly toId: string | null;
}

/** One node or relationship with its properties already as JSON values (server/graph-files/values.ts). */
export interface ContentEntry {
  readonly kind: 'node' | 'rel';
  readonly labels: readonly string[];
  readonly props: Readonly<Record<string, JsonValue>>;
  /** Property types by key, normalised (`LIST<STRING>`, not `LIST<STRING NOT NULL> NOT NULL`). */
  readonly types: Readonly<Record<string, string>>;
  readonly fromId: string | null;
  readonly toId: string | null;
}

/** The canonical text of one node or relationship for the content hash; timestamps are left out. */
export function contentLine(e: ContentEntry): string {
  return canonical({ k: e.kind, l: [...e.labels].sort(), p: e.props, y: e.types, f: e.fromId, t: e.toId });
}

/** A sha256 over canonical lines in sorted order, so it depends on neither write order nor internal ids. */
export function hashContentLines(lines: readonly string[]): string {
  const hash = createHash('sha256');
  for (const line of [...lines].sort()) hash.update(line).update('\n');
  return hash.digest('hex');
}

/**
 * The content hash of rows as cypher/seed/list-content.cypher returns them. Property values count with their
 * Cypher type (an integer that came back as a float changes it); timestamps do not count.
 */
export function hashContentRows(rows: readonly ContentRow[]): string {
  return hashContentLines(
    rows.map((r, i) => {
      const types = propertyTypes(r.props, r.types);
      const props = encodeProperties(r.props, types, `${r.kind}[${i}]`, false);
      const kind = r.kind === 'node' ? 'node' : 'rel';
      return contentLine({ kind, labels: r.labels, props, types, fromId: r.fromId, toId: r.toId });
    }),
  );
}

/**
 * A sha256 over every node (labels, properties and their types) and relationship (type, endpoint ids,
 * properties and their types), with the :Migration, :Change and :ChangeState bookkeeping and timestamps left out;
 * independent of internal ids and write order.
 */
export async function contentHash(db: Db): Promise<string> {
  return hashContentRows(await db.read<ContentRow & Record<string, unknown>>('seed/list-content'));
}
