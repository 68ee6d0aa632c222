/** Summary of timed runs, in milliseconds. */
export interface Stats {
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  /** Number of measured runs (warm-up excluded). */
  readonly n: number;
}

export interface TimeItOptions {
  /** Runs before measuring (JIT, Neo4j's query cache, page cache); default 5. */
  readonly warmup?: number;
  /** Measured runs; default 50. */
  readonly iterations?: number;
}

/**
 * Nearest-rank percentile of sorted samples: always a value that was observed, never an interpolation.
 * @example percentile([1, 2, 3, 4], 50) // 2
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * Summarises samples in milliseconds.
 * @example summarise([3, 1, 2]) // { p50: 2, p95: 3, mean: 2, min: 1, max: 3, n: 3 }
 */
export function summarise(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: sorted.length === 0 ? Number.NaN : sorted.reduce((a, b) => a + b, 0) / sorted.length,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    n: sorted.length,
  };
}

/**
 * Runs `fn` `warmup` times unmeasured, then `iterations` times one after another, each timed with
 * process.hrtime.bigint(); returns the summary in milliseconds. A rejection stops the run: a
 * benchmark of a failing query measures nothing.
 * @example const stats = await timeIt(() => app.graphql(WHO_SERVES, vars), { warmup: 5, iterations: 100 });
 */
export async function timeIt(fn: () => unknown, opts: TimeItOptions = {}): Promise<Stats> {
  const warmup = opts.warmup ?? 5;
  const iterations = opts.iterations ?? 50;
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarise(samples);
}
