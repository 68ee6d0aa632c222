import { randomUUID } from 'node:crypto';
import { assertInScope } from '../auth/scope.ts';
import type { Role } from '../auth/users.ts';
import { beyondTransactionLimits, type Db } from '../db/run.ts';
import { AppError, isAppError } from '../errors.ts';
import { inGraphImport, type GraphFileWriter, type ValuesRow as StoredValues } from '../repos/graph-file-writes.ts';
import { contentHash } from './content-hash.ts';
import {
  parseGraphText,
  validateGraphDocument,
  type ImportProblem,
  type ValidGraphDocument,
} from './validate-import.ts';
import { batchWriteParams, type SpecialValue } from './values.ts';

/** Who imports, and on which source (recorded in the audit trail). */
export interface ImportOptions {
  readonly user: string;
  readonly role: Role;
  /** The provinces an editor is limited to (none: nationwide); the province scope decides like for every write. */
  readonly provinces?: readonly string[];
  /** Citation or reason for the import (required, like every change's source). */
  readonly source: string;
  readonly comment?: string | null;
  /** Rows per UNWIND batch; default 5000. */
  readonly batchSize?: number;
}

export interface ImportResult {
  /** The audit trail entry `(:Change {action: 'IMPORT'})`. */
  readonly changeId: string;
  readonly at: string;
  /** Content hash of the database right after the import's transaction committed. */
  readonly contentHash: string;
  /** The content hash the file says it has (null when it gives none). */
  readonly fileContentHash: string | null;
  /** True when the file's content hash is the one the database has now. */
  readonly matchesFile: boolean | null;
  readonly counts: { readonly nodes: number; readonly relationships: number };
  /** Wall time in ms: in all, checking the file, the transaction, reading the content hash back. */
  readonly durationMs: number;
  readonly timings: { readonly validateMs: number; readonly writeMs: number; readonly hashMs: number };
}

const DEFAULT_BATCH = 5000;
const SHOWN_PROBLEMS = 5;

/** The BAD_USER_INPUT error for an invalid file: the first problems in the message, all of them in details. */
export function invalidFileError(problems: readonly ImportProblem[]): AppError {
  const shown = problems
    .slice(0, SHOWN_PROBLEMS)
    .map((p) => `${p.path}: ${p.message}`)
    .join('; ');
  const more = problems.length > SHOWN_PROBLEMS ? ` (and ${problems.length - SHOWN_PROBLEMS} more)` : '';
  return new AppError('BAD_USER_INPUT', `The file is not a valid full export; nothing was imported. ${shown}${more}`, {
    problems,
  });
}

function tooLargeForOneTransaction(doc: ValidGraphDocument, e: unknown): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    `Writing ${doc.nodes.length} nodes and ${doc.relationships.length} relationships took more time or memory than ` +
      'one database transaction may have, so nothing was imported: try again on a less busy database, or give Neo4j ' +
      'more memory (NEO4J_LOCAL_HEAP).',
    { nodes: doc.nodes.length, relationships: doc.relationships.length },
    { cause: e },
  );
}

/** The CONFLICT error for an import into a database that already holds a map. */
export function notEmptyError(nodes: number): AppError {
  return new AppError(
    'CONFLICT',
    `The database already holds a map (${nodes} nodes); a full import only goes into an empty database, so nothing ` +
      'was imported. `npm run db:reset -- --yes` deletes the map but loads the seed again; to empty the database, ' +
      'stop the server and run `npm run db:clear -- --yes`, then import with `npm run db:import -- <file> --source "…"` ' +
      '(or start the server with SEED_ON_EMPTY=false and send the file again).',
    { nodes, reset: 'npm run db:reset -- --yes', clear: 'npm run db:clear -- --yes' },
  );
}

// A value Cypher refuses to convert (a date such as 2026-02-30) fails the batch; the transaction is rolled back.
function storeError(e: unknown, what: string): unknown {
  const driverError = isAppError(e) ? e.cause : e;
  const code = (driverError as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('Neo.ClientError.Statement.')) {
    const message = String((driverError as { message?: unknown }).message).split('\n')[0];
    return new AppError('BAD_USER_INPUT', `A value in ${what} could not be stored: ${message}; nothing was imported.`, {
      where: what,
    });
  }
  return e;
}

/** A batch's write, its store errors named by the part of the file (`what`) they come from. */
async function stored<T>(write: Promise<T>, what: string): Promise<T> {
  try {
    return await write;
  } catch (e) {
    throw storeError(e, what);
  }
}

interface ValueRow {
  readonly ref: number;
  readonly elementId: string;
  readonly values: readonly SpecialValue[];
}

/** Sets the values Cypher converts (dates, times, durations, points), in batches; `list` names the file's list. */
async function setValues(
  set: (rows: readonly StoredValues[]) => Promise<number | undefined>,
  rows: readonly ValueRow[],
  list: 'nodes' | 'relationships',
  batch: number,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    const where = `${list}[${slice[0]!.ref}]…${list}[${slice[slice.length - 1]!.ref}]`;
    const params = slice.map((r) => ({ elementId: r.elementId, values: r.values }));
    const count = await stored(set(params), where);
    if (count !== slice.length) {
      throw new AppError('INTERNAL', `Import: ${count ?? 0} of ${slice.length} ${list} got their typed values.`);
    }
  }
}

// Plain creates first (fast), then the few entities with dates or points get those set by a second query: a
// conversion per property inside the create query made every row several times slower.
async function writeGraph(w: GraphFileWriter, doc: ValidGraphDocument, batch: number): Promise<void> {
  const elementIds: string[] = new Array<string>(doc.nodes.length);
  const nodeValues: ValueRow[] = [];
  for (let start = 0; start < doc.nodes.length; start += batch) {
    const { rows: params, special: pending } = batchWriteParams(doc.nodes, start, batch);
    const rows = params.map(({ ref, item, props }) => ({ ref, labels: item.labels, props }));
    const where = `nodes[${start}]…nodes[${start + rows.length - 1}]`;
    const created = await stored(w.createNodes(rows), where);
    for (const c of created) {
      elementIds[c.ref] = c.elementId;
      const values = pending.get(c.ref);
      if (values) nodeValues.push({ ref: c.ref, elementId: c.elementId, values });
    }
  }
  await setValues(w.setNodeValues, nodeValues, 'nodes', batch);
  const relValues: ValueRow[] = [];
  for (let start = 0; start < doc.relationships.length; start += batch) {
    const { rows: params, special: pending } = batchWriteParams(doc.relationships, start, batch);
    const rows = params.map(({ ref, item, props }) => ({
      ref,
      from: elementIds[item.from],
      to: elementIds[item.to],
      type: item.type,
      props,
      typed: pending.has(ref),
    }));
    const where = `relationships[${start}]…relationships[${start + rows.length - 1}]`;
    const result = await stored(w.createRelationships(rows), where);
    if (result?.created !== rows.length) {
      throw new AppError('INTERNAL', `Import: ${result?.created ?? 0} of ${rows.length} relationships were created.`);
    }
    for (const t of result.typed) relValues.push({ ref: t.ref, elementId: t.elementId, values: pending.get(t.ref)! });
  }
  await setValues(w.setRelationshipValues, relValues, 'relationships', batch);
}

/**
 * Checks a full export (parsed JSON) completely and, only when all of it is valid and the database holds no map,
 * writes every node and relationship in one transaction with batched UNWIND queries and records one
 * `(:Change {action: 'IMPORT'})` in it; then reads the content hash of the database back. Throws BAD_USER_INPUT
 * naming each problem (nothing written) or CONFLICT when the database is not empty.
 * @example await importGraph(db, JSON.parse(text), { user: 'anna', role: 'ADMIN', source: 'backup 2026-11-27' })
 */
export async function importGraph(db: Db, doc: unknown, opts: ImportOptions): Promise<ImportResult> {
  const started = process.hrtime.bigint();
  if (opts.source.trim() === '')
    throw new AppError('BAD_USER_INPUT', 'An import needs a source (a citation or reason).');
  // A full import writes the regions and vocabulary too, which lie in no province: only a nationwide user may. The
  // facts name no organisation, so no region catalog is consulted (the database has none before the import).
  assertInScope(
    { name: opts.user, role: opts.role, provinces: opts.provinces ?? [] },
    { ancestors: () => [] },
    { nationwide: 'A full import of the map' },
  );
  const validation = validateGraphDocument(doc);
  if (!validation.ok) throw invalidFileError(validation.problems);
  const valid = validation.doc;
  const validated = process.hrtime.bigint();
  const batch = opts.batchSize ?? DEFAULT_BATCH;
  const organisations = valid.nodes.filter((n) => n.labels.includes('Organisation')).map((n) => n.properties.id);
  const summary =
    `Imported a full export: ${valid.nodes.length} nodes and ${valid.relationships.length} relationships` +
    (valid.exportedAt ? ` (exported ${valid.exportedAt})` : '');
  const write = inGraphImport(db, async (w) => {
    // Checked in the writing transaction, so two imports at once cannot both find the database empty.
    const existing = await w.countContentNodes();
    if (existing > 0) throw notEmptyError(existing);
    await writeGraph(w, valid, batch);
    return w.recordChange({
      id: randomUUID(),
      user: opts.user,
      role: opts.role,
      summary,
      source: opts.source.trim(),
      comment: opts.comment ?? null,
      organisations,
    });
  });
  let change: { id: string; at: string };
  try {
    change = await write;
  } catch (e) {
    throw beyondTransactionLimits(e) ? tooLargeForOneTransaction(valid, e) : e;
  }
  // Read after the commit, outside the import's transaction: reading the whole graph back inside it would keep a
  // large import open for longer than the transaction timeout allows.
  const written = process.hrtime.bigint();
  const hash = await contentHash(db);
  const done = process.hrtime.bigint();
  const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;
  return {
    changeId: change.id,
    at: change.at,
    contentHash: hash,
    fileContentHash: valid.contentHash,
    matchesFile: valid.contentHash === null ? null : valid.contentHash === hash,
    counts: { nodes: valid.nodes.length, relationships: valid.relationships.length },
    durationMs: ms(started, done),
    timings: { validateMs: ms(started, validated), writeMs: ms(validated, written), hashMs: ms(written, done) },
  };
}

/**
 * As importGraph, from the text of a file: malformed JSON is a BAD_USER_INPUT naming line and column.
 * @example await importGraphText(db, await readFile('export.json', 'utf8'), { user, role: 'ADMIN', source })
 */
export async function importGraphText(db: Db, text: string, opts: ImportOptions): Promise<ImportResult> {
  const parsed = parseGraphText(text);
  if (!parsed.ok) throw invalidFileError([parsed.problem]);
  return importGraph(db, parsed.value, opts);
}
