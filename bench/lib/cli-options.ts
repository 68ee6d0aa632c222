import os from 'node:os';

/**
 * A whole-number command-line option within bounds, or the fallback when it is not given; a bad value throws with
 * the option's name and the command's usage.
 * @example intOption('duration', values.duration, 20, 1, 600, USAGE) // 20 when --duration is absent
 */
export function intOption(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
  usage: string,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`--${name} must be an integer from ${min} to ${max}, not ${value}\n${usage}`);
  }
  return n;
}

/** The 1-, 5- and 15-minute load averages, to two decimals: other work on the machine shows here. */
export const loadAverage = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

/**
 * The machine's load over a run, as the load benchmarks print it at the end.
 * @example describeLoad([1.2, 2, 3], [2.5, 2.1, 3]) // "load average (1, 5, 15 min): 1.2, 2, 3 at the start, 2.5, 2.1, 3 at the end"
 */
export const describeLoad = (atStart: readonly number[], atEnd: readonly number[]) =>
  `load average (1, 5, 15 min): ${atStart.join(', ')} at the start, ${atEnd.join(', ')} at the end`;
