import type { Translator } from '../i18n/index.ts';

/** A cell's numbers: regional providers (the status's number), and national and local ones, counted apart. */
export interface ProviderCounts {
  readonly regional: number;
  readonly national: number;
  readonly local: number;
}

/**
 * Counts the organisations of an answer the way a coverage cell does: each organisation once (an ambiguous fact
 * can list it twice, once per reading), regional when any of its matches is regional (`ServiceMatch.regional`),
 * else local when the API says so (`ServiceMatch.local`), else national.
 * @example
 * answerCounts([{ organisation: { id: 'a' }, regional: true, local: false },
 *   { organisation: { id: 'kvk' }, regional: false, local: false }]);
 * // { regional: 1, national: 1, local: 0 }
 */
export function answerCounts(
  matches: readonly {
    readonly organisation: { readonly id: string };
    readonly regional: boolean;
    readonly local: boolean;
  }[],
): ProviderCounts {
  const regional = new Set<string>();
  const local = new Set<string>();
  const all = new Set<string>();
  for (const m of matches) {
    all.add(m.organisation.id);
    if (m.regional) regional.add(m.organisation.id);
    else if (m.local) local.add(m.organisation.id);
  }
  for (const id of regional) local.delete(id);
  return { regional: regional.size, national: all.size - regional.size - local.size, local: local.size };
}

/**
 * The parts shown after a regional number, with their leading space: " + 1 landelijk + 26 lokaal"; empty when none.
 * @example nationalSuffix(translator('nl'), 1) === ' + 1 landelijk'
 */
export function nationalSuffix(t: Translator, national: number, local = 0): string {
  return (
    (national > 0 ? ` ${t.t('count.national', { count: national })}` : '') +
    (local > 0 ? ` ${t.t('count.local', { count: local })}` : '')
  );
}

/**
 * A cell's number in words: the regional count, then the national ones apart.
 * @example countText(translator('en'), { regional: 0, national: 1 }) === '0 + 1 national'
 */
export function countText(t: Translator, counts: ProviderCounts): string {
  return `${counts.regional}${nationalSuffix(t, counts.national, counts.local)}`;
}

/** The counts of a coverage cell; a missing cell has none. */
export function cellCounts(
  cell: { regionalProviders: number; nationalProviders: number; localProviders: number } | undefined,
): ProviderCounts {
  return {
    regional: cell?.regionalProviders ?? 0,
    national: cell?.nationalProviders ?? 0,
    local: cell?.localProviders ?? 0,
  };
}
