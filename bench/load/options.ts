import { intOption } from '../lib/cli-options.ts';
import type { BenchDataset } from '../synthetic/prepare.ts';

/** The command-line options the load benchmarks share, for node:util's parseArgs. */
export const LOAD_OPTIONS = Object.freeze({
  duration: { type: 'string' },
  dataset: { type: 'string', default: 'seed' },
  seed: { type: 'string' },
  pairs: { type: 'string' },
  sample: { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const);

/** Those options, checked. */
export interface LoadOptions {
  readonly dataset: BenchDataset;
  readonly durationSec: number;
  /** PRNG seed of the whoServes pairs. */
  readonly seed: number;
  readonly pairs: number;
  readonly sampleEvery: number;
  readonly timeoutSec: number;
}

/** The longest case and request timeout the load benchmarks accept. */
export const MAX_DURATION_SEC = 600;

/**
 * Checks the shared options parsed with LOAD_OPTIONS; a bad value throws naming the option, with `usage`.
 * @example const opts = loadOptions(values, 20, USAGE); // --duration defaults to 20 s
 */
export function loadOptions(
  values: { [K in Exclude<keyof typeof LOAD_OPTIONS, 'help'>]?: string },
  defaultDurationSec: number,
  usage: string,
): LoadOptions {
  if (values.dataset !== 'seed' && values.dataset !== 'synthetic') {
    throw new Error(`--dataset must be seed or synthetic, not ${values.dataset}\n${usage}`);
  }
  return {
    dataset: values.dataset,
    durationSec: intOption('duration', values.duration, defaultDurationSec, 1, MAX_DURATION_SEC, usage),
    seed: intOption('seed', values.seed, 1, 0, 2 ** 32 - 1, usage),
    pairs: intOption('pairs', values.pairs, 1000, 1, 100_000, usage),
    sampleEvery: intOption('sample', values.sample, 50, 1, 1_000_000, usage),
    timeoutSec: intOption('timeout', values.timeout, 10, 1, MAX_DURATION_SEC, usage),
  };
}
