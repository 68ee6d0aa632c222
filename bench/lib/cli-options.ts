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
