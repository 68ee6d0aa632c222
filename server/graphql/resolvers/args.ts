import { distance } from 'fastest-levenshtein';
import type { RegionCatalog } from '../../domain/region-catalog.ts';
import { resolveRegion, type RegionLevel, type RegionRef } from '../../domain/region-index.ts';
import { LEVEL_RANK } from '../../domain/region-catalog.ts';
import { isYear, YEAR_MAX, YEAR_MIN } from '../../domain/rules.ts';
import { AppError } from '../../errors.ts';

/** Resolves a region argument (id, name or alias); BAD_USER_INPUT with suggestions when unknown or ambiguous. */
export function regionArg(catalog: RegionCatalog, value: string, argument: string): RegionRef {
  return resolveRegion(catalog.index, value, argument);
}

/** Characters of an unknown id compared with the known ones and repeated in the message. */
const MAX_COMPARED = 64;

/**
 * Checks that an id is one of the known ones; BAD_USER_INPUT naming the closest ones otherwise. The known lists
 * are the vocabulary's (tens of ids); only the start of the value is compared, one edit distance per known id.
 */
export function knownId(value: string, known: readonly string[], argument: string, what: string): string {
  if (known.includes(value)) return value;
  const start = value.slice(0, MAX_COMPARED);
  const closest = known
    .map((id) => ({ id, d: distance(start, id) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((c) => c.id);
  const shown = value.length > MAX_COMPARED ? `${start}…` : value;
  throw new AppError(
    'BAD_USER_INPUT',
    `Unknown ${what} "${shown}" in ${argument}. Did you mean ${closest.join(', ')}?`,
    {
      argument,
      suggestions: closest,
    },
  );
}

/** Same as knownId for an optional argument. */
export function optionalKnownId(
  value: string | null | undefined,
  known: readonly string[],
  argument: string,
  what: string,
): string | null {
  return value === null || value === undefined ? null : knownId(value, known, argument, what);
}

/** A year for `asOf`: the years a fact may carry (YEAR_MIN to YEAR_MAX), so every stored year can be asked about. */
export function yearArg(value: number | null | undefined, argument = 'asOf'): number | null {
  if (value === null || value === undefined) return null;
  if (!isYear(value)) {
    throw new AppError('BAD_USER_INPUT', `${argument} must be a year from ${YEAR_MIN} to ${YEAR_MAX}, got ${value}`, {
      argument,
    });
  }
  return value;
}

/**
 * The year a question about who serves whom is answered for: the asked one, else the current year. Without a year
 * an answer describes today, so an organisation that stopped (Syntens, 2014) is not offered as a provider now.
 */
export function answerYear(value: number | null | undefined, now: Date = new Date()): number {
  return yearArg(value) ?? now.getUTCFullYear();
}

/** A whole number within bounds. */
export function intArg(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('BAD_USER_INPUT', `${argument} must be a whole number from ${min} to ${max}, got ${value}`, {
      argument,
    });
  }
  return value;
}

/** Checks that rows of `level` can lie inside `within` (a province has no provinces inside it). */
export function checkLevelWithin(level: RegionLevel, within: RegionRef | null): void {
  if (within && LEVEL_RANK[within.level] >= LEVEL_RANK[level]) {
    throw new AppError(
      'BAD_USER_INPUT',
      `No ${level} regions lie within ${within.name} (${within.id}, a ${within.level}); choose a smaller level or a larger region.`,
      { argument: 'within' },
    );
  }
}
