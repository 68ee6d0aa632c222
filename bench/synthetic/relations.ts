import { compact, type Props } from '../../seed/row-props.ts';
import type { SeedRows } from '../../seed/rows.ts';
import {
  ANCHOR_KINDS,
  ANCHOR_SHARE,
  CATEGORY_TYPES,
  ISOLATED_SHARE,
  LOCALITY_WEIGHTS,
  RELATION_MIX,
  RELATION_SUBJECTS,
  STATUS_WEIGHTS,
  type Category,
} from './mix.ts';
import type { Rng } from './prng.ts';
import type { WorldIndex } from './world-index.ts';
import type { WorldMunicipality } from './world.ts';

// Relations between organisations (REFERS_TO, COLLABORATES_WITH, MEMBER_OF, FUNDS, …): mostly within a
// province, some across, a few with national organisations and with the real organisations of the seed.
// A few organisations get none, as in a real map.

/** What the relation generator knows of a synthetic organisation. */
export interface OrgInfo {
  readonly id: string;
  readonly type: string;
  /** Scale as a number, local 0 … national 4: larger organisations attract more relations. */
  readonly rank: number;
  readonly national: boolean;
  readonly home: WorldMunicipality;
}

type Level = 'corop' | 'province' | 'kvkRegion' | 'country' | 'national';
type Pools = ReadonlyMap<string, readonly OrgInfo[]>;
interface Pair {
  kind: string;
  from: string;
  to: string;
}

const LEVELS: readonly Level[] = ['corop', 'province', 'kvkRegion', 'country'];
/** Where to look when the wanted place has no candidate: ever wider. */
const FALLBACK: Readonly<Record<Level, readonly Level[]>> = {
  corop: ['corop', 'province', 'kvkRegion', 'country'],
  province: ['province', 'kvkRegion', 'country'],
  kvkRegion: ['kvkRegion', 'country'],
  country: ['country'],
  national: ['national', 'country'],
};
const KIND_WEIGHTS = Object.fromEntries(Object.entries(RELATION_MIX).map(([k, v]) => [k, v.weight]));

function poolKey(w: WorldIndex, level: Level, o: OrgInfo, category: Category): string {
  const place =
    level === 'corop'
      ? o.home.corop
      : level === 'province'
        ? o.home.province
        : level === 'kvkRegion'
          ? (w.kvkOfProvince.get(o.home.province) ?? '')
          : '';
  return `${level}|${place}|${category}`;
}

function buildPools(w: WorldIndex, orgs: readonly OrgInfo[]): Pools {
  const pools = new Map<string, OrgInfo[]>();
  const add = (key: string, o: OrgInfo) => {
    const list = pools.get(key);
    if (list) list.push(o);
    else pools.set(key, [o]);
  };
  const categories = Object.entries(CATEGORY_TYPES) as [Category, readonly string[]][];
  for (const o of orgs) {
    const mine: Category[] = ['any', ...categories.filter(([, types]) => types.includes(o.type)).map(([c]) => c)];
    for (const c of mine) {
      for (const level of LEVELS) add(poolKey(w, level, o, c), o);
      if (o.national) add(poolKey(w, 'national', o, c), o);
    }
  }
  return pools;
}

function pickTarget(rng: Rng, w: WorldIndex, pools: Pools, source: OrgInfo, category: Category): OrgInfo | undefined {
  for (const level of FALLBACK[rng.weighted(LOCALITY_WEIGHTS)]) {
    const pool = pools.get(poolKey(w, level, source, category));
    if (!pool || pool.length === 0 || (pool.length === 1 && pool[0] === source)) continue;
    let target = rng.pick(pool);
    // Half a tournament: a second draw replaces the first when it is larger, so hubs emerge.
    if (rng.chance(0.4)) {
      const other = rng.pick(pool);
      if (other.rank > target.rank) target = other;
    }
    return target === source ? undefined : target;
  }
  return undefined;
}

function syntheticPair(rng: Rng, w: WorldIndex, pools: Pools, orgs: readonly OrgInfo[]): Pair | undefined {
  const kind = rng.weighted(KIND_WEIGHTS);
  const spec = RELATION_MIX[kind]!;
  const sources = spec.from === 'any' ? orgs : pools.get(`country||${spec.from}`);
  if (!sources || sources.length === 0) return undefined;
  const from = rng.pick(sources);
  const to = pickTarget(rng, w, pools, from, spec.to);
  return to ? { kind, from: from.id, to: to.id } : undefined;
}

function anchorPair(rng: Rng, w: WorldIndex, orgs: readonly OrgInfo[]): Pair | undefined {
  const s = rng.pick(orgs);
  const local = w.anchorsByProvince.get(s.home.province) ?? [];
  const pool = local.length > 0 && rng.chance(0.6) ? local : w.nationalAnchors;
  if (pool.length === 0) return undefined;
  const anchor = rng.pick(pool);
  const spec = ANCHOR_KINDS[anchor.type] ?? { kind: 'collaboration', in: false };
  return spec.in ? { kind: spec.kind, from: anchor.id, to: s.id } : { kind: spec.kind, from: s.id, to: anchor.id };
}

function periodOf(rng: Rng, status: string): { validFrom?: number; validTo?: number } {
  if (status === 'past') {
    const validTo = rng.int(2010, 2022);
    return rng.chance(0.6) ? { validFrom: validTo - rng.int(0, 6), validTo } : { validTo };
  }
  if (status === 'active' && rng.chance(0.25)) return { validFrom: rng.int(2008, 2024) };
  if (status === 'pilot' && rng.chance(0.6)) return { validFrom: rng.int(2021, 2024) };
  return {};
}

/**
 * Draws `count` distinct relations (no two of the same type between the same pair; COLLABORATES_WITH
 * counts both directions as one), with ids `syn-rel-000001`…, in the row shape of seed/merge-relations.
 */
export function generateRelations(
  rng: Rng,
  w: WorldIndex,
  orgs: readonly OrgInfo[],
  count: number,
  prov: Props,
): SeedRows['relations'] {
  const connected = orgs.filter(() => !rng.chance(ISOLATED_SHARE));
  const pools = buildPools(w, connected);
  const seen = new Set<string>();
  const rows: SeedRows['relations'] = [];
  const width = Math.max(6, String(count).length);
  // A bounded number of draws: a tiny graph may not hold `count` distinct relations.
  for (let attempt = 0; rows.length < count && attempt < count * 5; attempt++) {
    const pair = rng.chance(ANCHOR_SHARE) ? anchorPair(rng, w, connected) : syntheticPair(rng, w, pools, connected);
    if (!pair || pair.from === pair.to) continue;
    const type = w.world.relationTypes[pair.kind]!;
    const ends = type === 'COLLABORATES_WITH' ? [pair.from, pair.to].sort() : [pair.from, pair.to];
    const key = `${ends[0]}>${type}>${ends[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const relId = `syn-rel-${String(rows.length + 1).padStart(width, '0')}`;
    const status = rng.weighted(STATUS_WEIGHTS);
    rows.push({
      relId,
      from: pair.from,
      to: pair.to,
      type,
      props: compact({
        relId,
        kind: pair.kind === 'warm_handover' ? 'warm-handover' : pair.kind,
        status,
        subject: rng.chance(0.5) ? RELATION_SUBJECTS[pair.kind] : undefined,
        ...periodOf(rng, status),
        ...prov,
      }),
    });
  }
  return rows;
}
