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

/** Folded keys and their trigrams, so a suggestion search touches a few keys instead of all of them. */
export interface RegionKeyIndex {
  /** Every folded id, name and alias, once. */
  readonly keys: readonly string[];
  /** The regions behind each key (same positions as `keys`). */
  readonly regions: readonly (readonly RegionRef[])[];
  /** Trigram → positions in `keys` of the keys that contain it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Number of distinct trigrams of each key. */
  readonly trigramCounts: readonly number[];
}

export interface RegionIndex {
  /** Every region, by id. */
  readonly byId: ReadonlyMap<string, RegionRef>;
  /** Regions reachable under each folded name or alias (more than one means ambiguous). */
  readonly byKey: ReadonlyMap<string, readonly RegionRef[]>;
  /** The keys of `byKey`, indexed by trigram for suggestions. */
  readonly search: RegionKeyIndex;
}

const MAX_SUGGESTIONS = 5;
/** Characters of the input looked at: far longer than any region name, short enough to keep the work small. */
export const MAX_SUGGESTION_INPUT = 64;
/** Keys compared by edit distance per search, whatever the input and however many regions there are. */
export const MAX_CANDIDATES = 40;
/** Characters of an unknown input repeated in a message. */
const MAX_ECHO = 80;

/** Distinct trigrams of a key, padded so that the first letters and the end count too ("  o", " ov", …). */
function trigramsOf(key: string): Set<string> {
  const padded = `  ${key} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

function buildKeyIndex(byKey: ReadonlyMap<string, readonly RegionRef[]>): RegionKeyIndex {
  const keys = [...byKey.keys()];
  const postings = new Map<string, number[]>();
  const trigramCounts = keys.map((key, i) => {
    const grams = trigramsOf(key);
    for (const g of grams) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
    return grams.size;
  });
  return { keys, regions: keys.map((k) => byKey.get(k)!), postings, trigramCounts };
}

/** Indexes regions by id, by folded name and aliases, and those keys by trigram. */
export function buildRegionIndex(regions: readonly RegionRef[]): RegionIndex {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const byKey = new Map<string, RegionRef[]>();
  for (const r of regions) {
    for (const key of new Set([r.id, r.name, ...r.aliases].map(looseKey))) {
      if (key === '') continue;
      const list = byKey.get(key) ?? [];
      list.push(r);
      byKey.set(key, list);
    }
  }
  return { byId, byKey, search: buildKeyIndex(byKey) };
}

const label = (r: RegionRef) => `${r.name} (${r.id}, ${r.level})`;

/** Counts the work of a search, for tests that check it stays bounded. */
export interface SearchMeter {
  /** Edit distances computed. */
  distances: number;
}

/**
 * Positions of the keys most like the query by their trigrams (at most MAX_CANDIDATES), most alike first. A key
 * that starts with or contains the query shares all of the query's inner trigrams, so it ranks high here too.
 */
function candidates(search: RegionKeyIndex, query: string): number[] {
  const grams = trigramsOf(query);
  const shared = new Map<number, number>();
  for (const g of grams) {
    for (const i of search.postings.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  }
  // Jaccard similarity of the trigram sets: a long key sharing a few trigrams by chance ranks low.
  const jaccard = (i: number, n: number) => n / (grams.size + search.trigramCounts[i]! - n);
  return [...shared.entries()]
    .sort((a, b) => jaccard(b[0], b[1]) - jaccard(a[0], a[1]) || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([i]) => i);
}

/**
 * The closest names to an unknown input, best first, for the error message. Names and aliases compete
 * together, each region taking its best key. Bounded whatever the input: only its first MAX_SUGGESTION_INPUT
 * characters count, candidates come from the trigram index, and at most MAX_CANDIDATES edit distances follow.
 * @example suggestRegions(index, 'Frieslnd')[0].id // 'PV21'
 */
export function suggestRegions(index: RegionIndex, input: string, meter?: SearchMeter): RegionRef[] {
  // Folding can grow a string (NFD splits letters from accents), so cut before and after.
  const key = looseKey(input.slice(0, MAX_SUGGESTION_INPUT * 2)).slice(0, MAX_SUGGESTION_INPUT);
  if (key === '') return [];
  const { keys, regions } = index.search;
  const scored = candidates(index.search, key).map((i) => {
    const k = keys[i]!;
    if (meter) meter.distances += 1;
    // A prefix or substring hit ranks before an edit distance, so "noord" suggests the Noord-* regions.
    const contains = k.startsWith(key) ? 0 : k.includes(key) ? 1 : 2;
    return { regions: regions[i]!, contains, d: distance(key, k) / Math.max(key.length, k.length, 1) };
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

/** The input as a message repeats it: cut to MAX_ECHO characters. */
function echo(input: string): string {
  return input.length > MAX_ECHO ? `${input.slice(0, MAX_ECHO)}…` : input;
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
  throw new AppError('BAD_USER_INPUT', `Unknown region "${echo(input)}".${hint}`, {
    argument,
    suggestions: suggestions.map((r) => r.id),
  });
}
