import type { MapState } from '../api/generated.ts';
import { YEAR_MAX, YEAR_MIN, type Compare } from './view-state.ts';

// What the explorer compares (`?vergelijk=`): two years (`2017..2022`), or the live map with the view's scenario
// (`scenario`). The comparing itself is the server's (`comparison`); this only reads and writes the link.

export type { Compare };

const YEARS = /^(\d{4})\.\.(\d{4})$/;
const inRange = (y: number) => y >= YEAR_MIN && y <= YEAR_MAX;

/**
 * Reads the `vergelijk` parameter; anything else is no comparison.
 * @example compareFromWord('2017..2022') // → { kind: 'years', from: 2017, to: 2022 }
 */
export function compareFromWord(word: string | null): Compare | null {
  if (word === 'scenario') return { kind: 'scenario' };
  const m = word === null ? null : YEARS.exec(word);
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return inRange(from) && inRange(to) && from !== to ? { kind: 'years', from, to } : null;
}

/** Writes the `vergelijk` parameter, or null for none. */
export const compareWord = (c: Compare | null): string | null =>
  c === null ? null : c.kind === 'scenario' ? 'scenario' : `${c.from}..${c.to}`;

/**
 * The two states of the map to compare; null when there is nothing to compare (today with a scenario, but no
 * scenario chosen). The view's year, when set, is the year of both sides of a scenario comparison.
 * @example compareStates({ kind: 'scenario' }, 'plan', null) // → { before: {}, after: { scenario: 'plan' } }
 */
export function compareStates(
  c: Compare,
  scenario: string | null,
  year: number | null,
): { before: MapState; after: MapState } | null {
  if (c.kind === 'years') return { before: { asOf: c.from }, after: { asOf: c.to } };
  if (scenario === null) return null;
  const asOf = year === null ? {} : { asOf: year };
  return { before: { ...asOf }, after: { ...asOf, scenario } };
}
