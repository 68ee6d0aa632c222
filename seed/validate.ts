import path from 'node:path';
import { ROOT_DIR } from '../server/config.ts';
import { checkReferences } from './check-references.ts';
import { helpErrors } from './check-help.ts';
import { readSeedFiles, type SeedError } from './read-files.ts';
import type { SeedData } from './schema.ts';

export type { SeedError } from './read-files.ts';

/** The project's seed data folder. */
export const SEED_DATA_DIR = path.join(ROOT_DIR, 'seed', 'data');

/** The outcome of validating seed/data: the data, or every problem found (never just the first). */
export type SeedValidation = { ok: true; data: SeedData } | { ok: false; errors: SeedError[] };

/**
 * Reads and validates every file in `dir` (shapes, then references between files) before anything
 * is written, and reports every error with its file, record and field.
 * @example const v = await validateSeedDir(); if (!v.ok) console.error(formatSeedErrors(v.errors));
 */
export async function validateSeedDir(dir: string = SEED_DATA_DIR): Promise<SeedValidation> {
  const { data, errors } = await readSeedFiles(dir);
  // References are checked even when some records failed their shape, so one run reports everything;
  // records that failed are absent, which can add "unknown id" errors that point at the same cause.
  const all = [...errors, ...checkReferences(data), ...helpErrors(data)];
  return all.length === 0 ? { ok: true, data } : { ok: false, errors: all };
}

/** Formats seed errors one per line: `file › record › field: message`. */
export function formatSeedErrors(errors: readonly SeedError[]): string {
  return errors.map((e) => `${e.file} › ${e.record} › ${e.field}: ${e.message}`).join('\n');
}
