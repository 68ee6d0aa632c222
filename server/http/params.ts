import { AppError } from '../errors.ts';

/**
 * The longest value each query parameter of the /api routes may have, in characters (docs/security.md). `source`
 * and `comment` are the audit trail's limits; `expect` holds a plan hash (64 hex digits); the rest are choices
 * from short lists. A parameter not listed may have DEFAULT_PARAM_MAX.
 */
export const PARAM_MAX: ReadonlyMap<string, number> = new Map([
  ['source', 500],
  ['comment', 2000],
  ['expect', 128],
  ['mode', 16],
  ['entity', 64],
  ['delimiter', 16],
]);

export const DEFAULT_PARAM_MAX = 256;

/**
 * Refuses (BAD_USER_INPUT, naming the parameter) a query with a value longer than its maximum, before a route
 * reads it or does any work: a handler never sees an unbounded parameter, and no message repeats one.
 * @example assertParamsBounded(new URL('http://x/?source=' + 'a'.repeat(501))) // throws, argument "source"
 */
export function assertParamsBounded(url: URL): void {
  for (const [name, value] of url.searchParams) {
    const max = PARAM_MAX.get(name) ?? DEFAULT_PARAM_MAX;
    if (value.length > max) {
      const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
      throw new AppError(
        'BAD_USER_INPUT',
        `The query parameter ${shown} may have at most ${max} characters (got ${value.length}).`,
        { argument: shown, max },
      );
    }
  }
}
