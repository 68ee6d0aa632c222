import { createHash } from 'node:crypto';
import type { Db } from '../server/db/run.ts';
import { encodeProperties, propertyTypes, type JsonValue } from '../server/graph-files/values.ts';
import { deleteContent, mergeSeed } from '../server/repos/seed-writes.ts';
import { toSeedRows, type SeedRows } from './rows.ts';
import { formatSeedErrors, SEED_DATA_DIR, validateSeedDir, type SeedError } from './validate.ts';

/** What a seed run wrote: rows sent per query, in the order they ran. */
export interface SeedReport {
  readonly dir: string;
  readonly rows: Readonly<Record<string, number>>;
  readonly durationMs: number;
}

/** Thrown when seed/data does not validate; nothing has been written. `errors` lists every problem. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly errors: readonly SeedError[]) {
    super(`seed data has ${errors.length} error(s); nothing was written:\n${formatSeedErrors(errors)}`);
  }
}

/**
 * Loads only what the map's facts refer to (source documents, ambiguities, vocabulary, regions) in one
 * transaction: a base for importing organisations from elsewhere (the spreadsheet benchmark).
 */
export async function seedReferenceData(db: Db, rows: SeedRows): Promise<void> {
  await mergeSeed(db, 'seed reference data', rows, { referenceOnly: true });
}

/**
 * Validates seed/data and, only if every file is valid, writes the whole map in one transaction
 * (all or nothing) with batched UNWIND … MERGE queries. Idempotent: seeding twice gives the same graph.
 * It never deletes: nodes or properties a user added stay.
 * @example await seedDatabase(db, { log: (m) => logger.info(m) })
 */
export async function seedDatabase(
  db: Db,
  opts: { dir?: string; log?: (m: string) => void } = {},
): Promise<SeedReport> {
  const dir = opts.dir ?? SEED_DATA_DIR;
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const validation = await validateSeedDir(dir);
  if (!validation.ok) throw new SeedValidationError(validation.errors);
  const counts = await mergeSeed(db, 'seed', toSeedRows(validation.data));
  const report = { dir, rows: counts, durationMs: Date.now() - started };
  log(`seeded ${Object.values(counts).reduce((a, b) => a + b, 0)} rows from ${dir} in ${report.durationMs} ms`);
  return report;
}

/** True when the database holds nothing but bookkeeping (:Migration, :Change, :ChangeState), i.e. it may be seeded. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.read<{ count: number }>('seed/count-content-nodes');
  return (row?.count ?? 0) === 0;
}

/**
 * Deletes every node and relationship except :Migration bookkeeping (the audit trail goes with the map).
 * Only for an explicit reset command.
 */
export async function resetDatabase(db: Db): Promise<{ deleted: number }> {
  return { deleted: await deleteContent(db) };
}

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

/** Nodes per label and relationships per type (bookkeeping left out), for reports, exports and tests. */
export async function countByLabel(
  db: Db,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const rows = await db.read<{ kind: string; name: string; count: number }>('seed/count-by-label');
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const r of rows) (r.kind === 'node' ? nodes : relationships)[r.name] = r.count;
  return { nodes, relationships };
}
