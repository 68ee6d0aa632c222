import path from 'node:path';
import { seedDatabase } from '../../seed/load.ts';
import { formatSeedErrors, validateSeedDir } from '../../seed/validate.ts';
import { ROOT_DIR } from '../../server/config.ts';
import { openBenchDatabase, type BenchDatabase, type BenchDatabaseOptions } from '../lib/bench-database.ts';
import {
  DEFAULT_SYNTHETIC_OPTIONS,
  generateSynthetic,
  type SyntheticGraph,
  type SyntheticOptions,
} from './generate.ts';
import { loadSynthetic, mergeSeedIfChanged, type SyntheticLoadReport } from './load.ts';
import { worldFromSeed } from './world.ts';

// The two datasets of the API benchmark, each in its own Neo4j (Community Edition has one database
// per server): the seed alone, and the seed plus the synthetic graph.

export interface PreparedSynthetic {
  /** The running database; the caller closes it. */
  readonly bench: BenchDatabase;
  readonly graph: SyntheticGraph;
  readonly generateMs: number;
  readonly seed: { readonly merged: boolean; readonly ms: number };
  readonly load: SyntheticLoadReport;
}

export interface PrepareOptions {
  readonly options?: SyntheticOptions;
  readonly database?: BenchDatabaseOptions;
  /** Merge the seed and load the synthetic graph again even when they are there. */
  readonly force?: boolean;
  readonly batchSize?: number;
  readonly log?: (message: string) => void;
}

/** Where the seed-only benchmark database lives: its own folder and port next to the synthetic one. */
export const SEED_ONLY_DATABASE: BenchDatabaseOptions = Object.freeze({
  dir: path.join(ROOT_DIR, '.neo4j', 'bench-seed'),
  boltPort: 7690,
});

async function validSeedData() {
  const validation = await validateSeedDir();
  if (!validation.ok) throw new Error(`seed/data is not valid:\n${formatSeedErrors(validation.errors)}`);
  return validation.data;
}

/**
 * Starts the synthetic benchmark Neo4j (.neo4j/bench, port 7689) and makes it hold the seed plus the
 * synthetic graph of `options`, loading only what is missing or changed.
 * @example const { bench, graph } = await prepareSyntheticDatabase(); try { … } finally { await bench.close(); }
 */
export async function prepareSyntheticDatabase(opts: PrepareOptions = {}): Promise<PreparedSynthetic> {
  const data = await validSeedData();
  const started = process.hrtime.bigint();
  const graph = generateSynthetic(worldFromSeed(data), opts.options ?? DEFAULT_SYNTHETIC_OPTIONS);
  const generateMs = Number(process.hrtime.bigint() - started) / 1e6;
  opts.log?.(`generated ${graph.counts.organisations} organisations and ${graph.counts.edges} edges`);
  const bench = await openBenchDatabase({ log: opts.log, ...opts.database });
  try {
    const seed = await mergeSeedIfChanged(bench.db, data, { force: opts.force });
    const load = await loadSynthetic(bench.db, graph, { force: opts.force, batchSize: opts.batchSize, log: opts.log });
    return { bench, graph, generateMs, seed, load };
  } catch (e) {
    await bench.close();
    throw e;
  }
}

/**
 * Starts the seed-only benchmark Neo4j (.neo4j/bench-seed, port 7690) and merges the seed into it.
 * @example const bench = await prepareSeedDatabase(); try { … } finally { await bench.close(); }
 */
export async function prepareSeedDatabase(opts: Omit<PrepareOptions, 'options' | 'force' | 'batchSize'> = {}) {
  const bench = await openBenchDatabase({ log: opts.log, ...SEED_ONLY_DATABASE, ...opts.database });
  try {
    await seedDatabase(bench.db);
    return bench;
  } catch (e) {
    await bench.close();
    throw e;
  }
}

/** The datasets of the API and load benchmarks. */
export type BenchDataset = 'seed' | 'synthetic';

/**
 * Starts the bench Neo4j of a dataset, prepared as prepareSeedDatabase or prepareSyntheticDatabase leave it.
 * @example const bench = await prepareDataset('seed', { log: console.log }); try { … } finally { await bench.close(); }
 */
export async function prepareDataset(
  dataset: BenchDataset,
  opts: Pick<PrepareOptions, 'database' | 'log'> = {},
): Promise<BenchDatabase> {
  return dataset === 'seed' ? prepareSeedDatabase(opts) : (await prepareSyntheticDatabase(opts)).bench;
}
