import { LANGUAGES, type Language } from '../state/view-state.ts';

/** The regiobeeld's link: `/regiobeeld?regio=PV21&sinds=2017&taal=en` (docs/regiobeeld.md). */
export const REGIOBEELD_PATH = '/regiobeeld';

/** The year the comparison starts from when the link names none: the report's first list of activities (2017). */
export const DEFAULT_SINCE = 2017;

export interface RegiobeeldParams {
  /** Region id, name or alias as written in the link; null when the link names none. */
  region: string | null;
  /** The earlier year the "what changed" section compares with. */
  since: number;
  /** Whether `sinds` was given but is no year (the page says so and uses the default). */
  sinceInvalid: boolean;
  lang: Language;
}

/**
 * Reads the regiobeeld's link parameters; a missing or unreadable value takes its default.
 * @example parseParams('?regio=PV21&taal=en') // { region: 'PV21', since: 2017, sinceInvalid: false, lang: 'en' }
 */
export function parseParams(search: string): RegiobeeldParams {
  const q = new URLSearchParams(search);
  const region = q.get('regio')?.trim() || null;
  const rawSince = q.get('sinds');
  const year = rawSince !== null && /^\d{4}$/.test(rawSince.trim()) ? Number(rawSince) : null;
  const lang = LANGUAGES.find((l) => l === q.get('taal')) ?? 'nl';
  return { region, since: year ?? DEFAULT_SINCE, sinceInvalid: rawSince !== null && year === null, lang };
}

/**
 * The link of a region's regiobeeld (Dutch, the default, leaves `taal` out).
 * @example regiobeeldLink('PV21', 'en') === '/regiobeeld?regio=PV21&taal=en'
 */
export function regiobeeldLink(region: string, lang: Language, since?: number): string {
  const q = new URLSearchParams({ regio: region });
  if (since !== undefined) q.set('sinds', String(since));
  if (lang !== 'nl') q.set('taal', lang);
  return `${REGIOBEELD_PATH}?${q.toString()}`;
}

/** The levels a regiobeeld is made for. */
export const REGIOBEELD_LEVELS: readonly string[] = ['PROVINCE', 'COROP'];
