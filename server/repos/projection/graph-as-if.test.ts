import { describe, expect, it } from 'vitest';
import { graphQuery, type GraphQuery, type GraphSliceRow } from '../graph.ts';
import { projectionAsIf } from './as-if.ts';
import { removedCount, sliceAsIf } from './graph-as-if.ts';
import { blankOrganisation, buildProjection, type ProjectedOrganisation } from './projection.ts';
import type { ScenarioChange, StoredScenario } from './scenarios.ts';

// The live map of three organisations in PV21: a refers to b, b refers to c, and a funds c.
const org = (id: string): ProjectedOrganisation =>
  blankOrganisation({ id, name: id.toUpperCase(), type: 'regional-executor', scale: null });
const cover = (organisation: string) => ({
  organisation,
  region: 'PV21',
  partial: false,
  validFrom: null,
  validTo: null,
});
const referral = (from: string, to: string) => ({
  id: `${from}-${to}`,
  from,
  to,
  kind: 'referral',
  status: 'active',
  targetGroups: [],
  validFrom: null,
  validTo: null,
});
const live = buildProjection({
  token: 't',
  organisations: ['a', 'b', 'c'].map(org),
  statements: [],
  covers: ['a', 'b', 'c'].map(cover),
  mappings: [],
  referrals: [referral('a', 'b'), referral('b', 'c')],
  services: [],
  rules: [],
  scenarios: [],
});
const node = (id: string) => ({
  id,
  label: id.toUpperCase(),
  type: 'regional-executor',
  scale: null,
  generic: false,
  lines: [],
  phases: [],
  serves: [],
});
const edge = (id: string, source: string, target: string, type = 'REFERS_TO') =>
  ({ id, source, target, type, kind: null, status: 'active' }) as GraphSliceRow['edges'][number];
/** The live slice as graph/find-graph-slice returns it for `limit`. */
const liveSlice = (limit: number): GraphSliceRow => {
  const nodes = ['a', 'b', 'c'].slice(0, limit).map(node);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = [edge('r1', 'a', 'b'), edge('r2', 'b', 'c'), edge('f1', 'a', 'c', 'FUNDS')];
  return { nodes, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)), total: 3 };
};
const query = (more: Partial<GraphQuery> = {}): GraphQuery => graphQuery({ limit: 500, ...more });

const base = { source: 'test', note: null };
// The scenario: a new desk d in PV21 that a refers to and that serves the starter; b removed; c covers PV22 too.
const changes: ScenarioChange[] = [
  {
    ...base,
    id: 'c1',
    kind: 'ADD_ORGANISATION',
    organisation: 'd',
    name: 'D',
    type: 'ondernemersloket',
    scale: null,
    region: 'PV21',
  },
  { ...base, id: 'c2', kind: 'ADD_REFERRAL', from: 'a', to: 'd', referralKind: 'warm-handover', targetGroups: [] },
  { ...base, id: 'c3', kind: 'SET_SERVES', organisation: 'd', targetGroup: 'starter', role: 'primary', scope: null },
  { ...base, id: 'c4', kind: 'REMOVE_ORGANISATION', organisation: 'b' },
  { ...base, id: 'c5', kind: 'ADD_COVERAGE', organisation: 'c', region: 'PV22', partial: false },
];
const scenario: StoredScenario = {
  id: 's',
  title: 'S',
  description: '',
  owner: 'u',
  createdAt: '',
  updatedAt: '',
  version: 1,
  baseToken: 't',
  changes,
};
const after = projectionAsIf(live, scenario);
const asIf = (q: GraphQuery) => sliceAsIf(liveSlice(q.limit + removedCount(scenario)), q, scenario, live, after);
const marks = (xs: { id: string; scenarioChange: string | null; scenarioChanges: string[] }[]) =>
  xs.map((x) => [x.id, x.scenarioChange, x.scenarioChanges.join(',')]);

describe('sliceAsIf', () => {
  it('adds the new organisation and its referral marked, and leaves the removed one and its referrals out', () => {
    const s = asIf(query());
    expect(marks(s.nodes)).toEqual([
      ['a', null, ''],
      ['c', 'CHANGED', 'c5'],
      ['d', 'ADDED', 'c1,c3'],
    ]);
    expect(s.nodes.find((n) => n.id === 'd')!.serves).toEqual([{ targetGroup: 'starter', role: 'primary' }]);
    expect(marks(s.edges)).toEqual([
      ['f1', null, ''],
      ['s:c2', 'ADDED', 'c2'],
    ]);
    expect(marks(s.removedNodes)).toEqual([['b', 'REMOVED', 'c4']]);
    expect(marks(s.removedEdges)).toEqual([
      ['r1', 'REMOVED', 'c4'],
      ['r2', 'REMOVED', 'c4'],
    ]);
    expect(s.total).toBe(3);
  });

  it('applies the filter to the new organisation as the live query does', () => {
    expect(asIf(query({ types: ['regional-executor'] })).nodes.map((n) => n.id)).toEqual(['a', 'c']);
    expect(asIf(query({ regionIds: ['PV22'] })).nodes.map((n) => n.id)).toEqual(['a', 'c']);
    expect(asIf(query({ targetGroups: ['starter'] })).nodes.map((n) => n.id)).toContain('d');
    expect(asIf(query({ targetGroups: ['scale-up'] })).nodes.map((n) => n.id)).not.toContain('d');
    expect(asIf(query({ phases: ['start'] })).nodes.map((n) => n.id)).not.toContain('d');
  });

  it('shows the added referral only when referrals that are active are asked for', () => {
    expect(asIf(query({ relationTypes: ['FUNDS'] })).edges.map((e) => e.id)).toEqual(['f1']);
    expect(asIf(query({ statuses: ['wished'] })).edges.map((e) => e.id)).not.toContain('s:c2');
  });

  it('fills the slice up to its limit after a removed organisation, and counts the total as if', () => {
    const s = asIf(query({ limit: 2 }));
    expect(s.nodes.map((n) => n.id)).toEqual(['a', 'c']);
    expect(s.total).toBe(3);
  });

  it('asks the filter of a changed organisation as if: one it no longer matches leaves, one it now matches joins', () => {
    // a and b serve the starter on the live map, c does not; the scenario turns that round for a and c.
    const serving = (organisation: string) => ({
      organisation,
      targetGroup: 'starter',
      serving: { key: `${organisation}|starter|sole|all`, role: 'primary' },
      collective: null,
      membership: null,
    });
    const before = buildProjection({ ...live.rows, statements: [serving('a'), serving('b')] });
    const turned: StoredScenario = {
      ...scenario,
      changes: [
        { ...base, id: 'c1', kind: 'REMOVE_SERVES', organisation: 'a', targetGroup: 'starter', scope: null },
        {
          ...base,
          id: 'c2',
          kind: 'SET_SERVES',
          organisation: 'c',
          targetGroup: 'starter',
          role: 'primary',
          scope: null,
        },
      ],
    };
    // The live slice for the starter, as the query reads it: a and b, and a's referral to b.
    const slice: GraphSliceRow = { nodes: [node('a'), node('b')], edges: [edge('a-b', 'a', 'b')], total: 2 };
    const q = query({ targetGroups: ['starter'] });
    const s = sliceAsIf(slice, q, turned, before, projectionAsIf(before, turned));
    expect(marks(s.nodes)).toEqual([
      ['b', null, ''],
      ['c', 'CHANGED', 'c2'],
    ]);
    expect(s.nodes[1]!.serves).toEqual([{ targetGroup: 'starter', role: 'primary' }]);
    expect(marks(s.removedNodes)).toEqual([['a', 'CHANGED', 'c1']]);
    // c comes with its referral from b, which the projection holds.
    expect(marks(s.edges)).toEqual([['b-c', null, '']]);
    expect(s.total).toBe(2);
    // Asked only for funding relations, no referral joins.
    expect(
      sliceAsIf(
        slice,
        query({ targetGroups: ['starter'], relationTypes: ['FUNDS'] }),
        turned,
        before,
        projectionAsIf(before, turned),
      ).edges,
    ).toEqual([]);
  });
});
