import type { Translator } from '../i18n/index.ts';

/** A cell's two numbers: regional providers (the status's number) and national ones, counted apart. */
export interface ProviderCounts {
  readonly regional: number;
  readonly national: number;
}

/**
 * Counts the organisations of an answer the way a coverage cell does: each organisation once (an ambiguous fact
 * can list it twice, once per reading), regional when any of its matches is regional (`ServiceMatch.regional`).
 * @example
 * answerCounts([{ organisation: { id: 'a' }, regional: true }, { organisation: { id: 'kvk' }, regional: false }]);
 * // { regional: 1, national: 1 }
 */
export function answerCounts(
  matches: readonly { readonly organisation: { readonly id: string }; readonly regional: boolean }[],
): ProviderCounts {
  const regional = new Set<string>();
  const all = new Set<string>();
  for (const m of matches) {
    all.add(m.organisation.id);
    if (m.regional) regional.add(m.organisation.id);
  }
  return { regional: regional.size, national: all.size - regional.size };
}

/**
 * The national part shown after a regional number, with its leading space: " + 1 landelijk"; empty when none.
 * @example nationalSuffix(translator('nl'), 1) === ' + 1 landelijk'
 */
export function nationalSuffix(t: Translator, national: number): string {
  return national > 0 ? ` ${t.t('count.national', { count: national })}` : '';
}

/**
 * A cell's number in words: the regional count, then the national ones apart.
 * @example countText(translator('en'), { regional: 0, national: 1 }) === '0 + 1 national'
 */
export function countText(t: Translator, counts: ProviderCounts): string {
  return `${counts.regional}${nationalSuffix(t, counts.national)}`;
}

/** The counts of a coverage cell; a missing cell has none. */
export function cellCounts(cell: { regionalProviders: number; nationalProviders: number } | undefined): ProviderCounts {
  return { regional: cell?.regionalProviders ?? 0, national: cell?.nationalProviders ?? 0 };
}
