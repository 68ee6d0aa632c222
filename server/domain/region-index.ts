import { distance } from 'fastest-levenshtein';
import { AppError } from '../errors.ts';
import { looseKey } from './search-key.ts';

export type RegionLevel = 'COUNTRY' | 'KVK_REGION' | 'PROVINCE' | 'COROP' | 'AREA' | 'MUNICIPALITY';

export interface RegionRef {
  readonly id: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly aliases: readonly string[];
}

export interface RegionIndex {
  /** Every region, by id. */
  readonly byId: ReadonlyMap<string, RegionRef>;
  /** Regions reachable under each folded name or alias (more than one means ambiguous). */
  readonly byKey: ReadonlyMap<string, readonly RegionRef[]>;
}

const MAX_SUGGESTIONS = 5;

/** Indexes regions by id and by folded name and aliases. */
export function buildRegionIndex(regions: readonly RegionRef[]): RegionIndex {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const byKey = new Map<string, RegionRef[]>();
  for (const r of regions) {
    for (const key of new Set([r.id, r.name, ...r.aliases].map(looseKey))) {
      const list = byKey.get(key) ?? [];
      list.push(r);
      byKey.set(key, list);
    }
  }
  return { byId, byKey };
}

const label = (r: RegionRef) => `${r.name} (${r.id}, ${r.level})`;

/** The closest names to an unknown input, best first, for the error message. */
export function suggestRegions(index: RegionIndex, input: string): RegionRef[] {
  const key = looseKey(input);
  const scored = [...index.byKey.entries()].map(([k, regions]) => {
    // A prefix or substring hit ranks before an edit distance, so "noord" suggests the Noord-* regions.
    const contains = k.startsWith(key) ? 0 : k.includes(key) ? 1 : 2;
    return { regions, contains, d: distance(key, k) / Math.max(key.length, k.length, 1) };
  });
  scored.sort((a, b) => a.contains - b.contains || a.d - b.d);
  const seen = new Set<string>();
  const out: RegionRef[] = [];
  for (const s of scored) {
    if (s.contains === 2 && s.d > 0.5) break;
    for (const r of s.regions) {
      if (!seen.has(r.id)) {
        seen.add(r.id);
        out.push(r);
      }
    }
    if (out.length >= MAX_SUGGESTIONS) break;
  }
  return out.slice(0, MAX_SUGGESTIONS);
}

/**
 * Resolves a region argument given as id, name or alias (case- and diacritics-insensitive).
 * Throws BAD_USER_INPUT naming the input and the closest matches when it is unknown or ambiguous.
 * @example resolveRegion(index, 'fryslan', 'region').id // 'PV21'
 */
export function resolveRegion(index: RegionIndex, input: string, argument: string): RegionRef {
  const exact = index.byId.get(input) ?? index.byId.get(input.toUpperCase());
  if (exact) return exact;
  const matches = index.byKey.get(looseKey(input)) ?? [];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new AppError(
      'BAD_USER_INPUT',
      `Region "${input}" is ambiguous: it can mean ${matches.map(label).join(', ')}. Use an id.`,
      {
        argument,
        candidates: matches.map((r) => r.id),
      },
    );
  }
  const suggestions = suggestRegions(index, input);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map(label).join(', ')}?` : '';
  throw new AppError('BAD_USER_INPUT', `Unknown region "${input}".${hint}`, {
    argument,
    suggestions: suggestions.map((r) => r.id),
  });
}
