// A synthetic graph slice in the shape the API's `graph` query returns, for the client benchmark:
// deterministic (seeded), with the organisation types, scales, phases and relation types of the seed.

import { createRng } from './synthetic/prng.ts';

export interface SyntheticSlice {
  nodes: {
    id: string;
    label: string;
    type: string;
    scale: string;
    generic: boolean;
    lines: string[];
    phases: string[];
    serves: { targetGroup: string; role: string }[];
  }[];
  edges: { id: string; source: string; target: string; type: string; kind: string | null; status: string }[];
  total: number;
  truncated: boolean;
}

const TYPES = [
  'kvk',
  'rom',
  'regional-executor',
  'municipality',
  'business-association',
  'province',
  'financier',
  'programme',
  'partnership',
  'other',
];
const SCALES = ['local', 'regional', 'provincial', 'multi-provincial', 'national'];
const PHASES = ['inspireren', 'weten', 'willen', 'kunnen'];
const RELATIONS = ['REFERS_TO', 'COLLABORATES_WITH', 'FUNDS', 'MEMBER_OF', 'STEERS', 'COORDINATES'];
const STATUSES = ['active', 'active', 'active', 'pilot', 'planned', 'wished', 'past'];
const GROUPS = ['breed-mkb', 'starter', 'zzp', 'innovatief-mkb', 'startup'];
const ROLES = ['PRIMARY', 'SECONDARY', 'DEVELOPING', 'UNSPECIFIED'];

/**
 * Builds `nodes` organisations and `edges` relations; targets are drawn with a preference for
 * well-connected nodes (as the real map has hubs like KVK), without self-loops or duplicate pairs.
 */
export function syntheticSlice(nodes: number, edges: number, seed = 42): SyntheticSlice {
  const rnd = createRng(seed).next;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const slice: SyntheticSlice = { nodes: [], edges: [], total: nodes, truncated: false };
  for (let i = 0; i < nodes; i++) {
    slice.nodes.push({
      id: `org-${i}`,
      label: `Organisatie ${i}`,
      type: pick(TYPES),
      scale: pick(SCALES),
      generic: rnd() < 0.02,
      lines: rnd() < 0.4 ? ['eerstelijns'] : ['tweedelijns'],
      phases: PHASES.filter(() => rnd() < 0.4),
      serves: GROUPS.filter(() => rnd() < 0.3).map((g) => ({ targetGroup: g, role: pick(ROLES) })),
    });
  }
  const endpoints: number[] = [];
  const seen = new Set<string>();
  while (slice.edges.length < edges) {
    const source = Math.floor(rnd() * nodes);
    const target =
      endpoints.length > 0 && rnd() < 0.6
        ? endpoints[Math.floor(rnd() * endpoints.length)]!
        : Math.floor(rnd() * nodes);
    const key = `${source}>${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    endpoints.push(source, target);
    const type = pick(RELATIONS);
    slice.edges.push({
      id: `rel-${slice.edges.length}`,
      source: `org-${source}`,
      target: `org-${target}`,
      type,
      kind: type === 'REFERS_TO' ? 'referral' : null,
      status: pick(STATUSES),
    });
  }
  return slice;
}
