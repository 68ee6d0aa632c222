import { createHash } from 'node:crypto';
import path from 'node:path';
import { loadCypherFiles, splitStatements } from './cypher.ts';
import { CYPHER_DIR } from './queries.ts';
import type { Db } from './run.ts';

export interface MigrationReport {
  readonly applied: string[];
  readonly alreadyApplied: string[];
}

const checksum = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Applies the files of `cypher/schema/` in name order, each once; the database records which ran.
 * Statements use IF NOT EXISTS, so a half-applied file (a crash between statements) is safe to re-run.
 * A recorded migration whose text changed is refused: schema history is append-only.
 */
export async function migrate(db: Db, dir: string = CYPHER_DIR): Promise<MigrationReport> {
  const files = [...loadCypherFiles(path.join(dir, 'schema')).values()].sort((a, b) => a.name.localeCompare(b.name));
  // The bookkeeping constraint must exist before the first record; it is idempotent.
  const first = files[0];
  if (first) for (const s of splitStatements(first.text)) await db.writeRaw(`schema/${first.name}`, s);
  const recorded = new Map(
    (await db.read<{ id: string; checksum: string }>('migrations/list-applied')).map((r) => [r.id, r.checksum]),
  );
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const file of files) {
    const sum = checksum(file.text);
    const previous = recorded.get(file.name);
    if (previous !== undefined) {
      if (previous !== sum) {
        throw new Error(
          `cypher/schema/${file.name}.cypher changed after it was applied; add a new migration file instead of editing it`,
        );
      }
      report.alreadyApplied.push(file.name);
      continue;
    }
    // Schema commands cannot share a transaction with writes, so each statement runs on its own.
    for (const statement of splitStatements(file.text)) await db.writeRaw(`schema/${file.name}`, statement);
    await db.write('migrations/record-applied', { id: file.name, checksum: sum });
    report.applied.push(file.name);
  }
  return report;
}
