import { summarise, type Stats, type TimeItOptions } from './time-it.ts';

export interface InterleaveOptions extends TimeItOptions {
  /**
   * Time budget of one call of timeInterleaved, warm-up included, in ms; default none. Warm-up stops after
   * its first round once a quarter of it is spent; measuring stops once it is spent and `minIterations`
   * rounds are measured. For a case that takes seconds a call, so a run stays within minutes.
   */
  readonly budgetMs?: number;
  /** Rounds measured at least, whatever the budget; default 5. */
  readonly minIterations?: number;
}

/**
 * Times several functions in the same run, interleaved: each round runs every function once, one after
 * another, starting with a different one each round (A B, B A, A B… for two). A burst of load from
 * another process on a shared machine then falls on all of them alike, so their ratio holds even when
 * their absolute times drift. Warm-up rounds run the same way, unmeasured. With `budgetMs`, a slow case gets
 * fewer rounds (Stats.n says how many). A rejection stops the run.
 * @example const { api, cypher } = await timeInterleaved({ api: callApi, cypher: callCypher }, { iterations: 20 });
 */
export async function timeInterleaved<K extends string>(
  fns: Readonly<Record<K, () => unknown>>,
  opts: InterleaveOptions = {},
): Promise<Record<K, Stats>> {
  const iterations = opts.iterations ?? 50;
  const budgetMs = opts.budgetMs ?? Number.POSITIVE_INFINITY;
  const minIterations = Math.min(iterations, opts.minIterations ?? 5);
  const keys = Object.keys(fns) as K[];
  const samples = new Map<K, number[]>(keys.map((k) => [k, []]));
  const started = process.hrtime.bigint();
  const elapsedMs = () => Number(process.hrtime.bigint() - started) / 1e6;
  let warmup = opts.warmup ?? 5;
  for (let round = 0; round < warmup + iterations; round++) {
    if (round < warmup && round > 0 && elapsedMs() > budgetMs / 4) warmup = round;
    if (round >= warmup + minIterations && elapsedMs() > budgetMs) break;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(round + i) % keys.length]!;
      const start = process.hrtime.bigint();
      await fns[key]();
      if (round >= warmup) samples.get(key)!.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, summarise(samples.get(k)!)])) as Record<K, Stats>;
}
