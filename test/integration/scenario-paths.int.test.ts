import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentHash } from '../../seed/load.ts';
import { resetToSeed, testDb } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';

// Referral paths and the graph slice as if a scenario were made, and the paths its impact lists, on the real Neo4j.
// In Fryslân YnBusiness, the first line, refers innovative mkb to the NOM (Bijlage 7 Friesland [L1395]) and KVK refers
// to YnBusiness. The draft below breaks that referral, removes the Innovatiepact and adds a desk for scale-ups that
// YnBusiness refers to: a path lost, a path gained.

const tokens = inject('tokens');
const ID = 'fryslan-paden';
const DRAFT = [
  { kind: 'REMOVE_REFERRAL', from: 'ynbusiness', to: 'nom', source: 'Test: the referral stops' },
  {
    kind: 'ADD_ORGANISATION',
    organisation: 'test-loket-fryslan',
    name: 'Test-loket Fryslân',
    organisationType: 'regional-executor',
    region: 'PV21',
    source: 'Test: a desk for scale-ups',
  },
  { kind: 'SET_SERVES', organisation: 'test-loket-fryslan', targetGroup: 'scaleup', role: 'PRIMARY', source: 'Test' },
  { kind: 'ADD_REFERRAL', from: 'ynbusiness', to: 'test-loket-fryslan', targetGroups: ['scaleup'], source: 'Test' },
  { kind: 'REMOVE_ORGANISATION', organisation: 'innovatiepact-fryslan', source: 'Test: it stops' },
];

const PATHS = `query($from: ID!, $tg: ID!, $scenario: ID) {
  referralPaths(from: $from, targetGroup: $tg, region: "PV21", scenario: $scenario) {
    to { id name } length operational hops { from { id } to { id } kind status }
  }
}`;
const GRAPH = `query($scenario: ID) {
  graph(filter: { region: "PV21", scenario: $scenario }) {
    total truncated
    nodes { id label type serves { targetGroup role } scenarioChange scenarioChanges }
    edges { id source target type kind status scenarioChange scenarioChanges }
    removedNodes { id scenarioChange scenarioChanges }
    removedEdges { id source target scenarioChange scenarioChanges }
  }
}`;

interface Path {
  to: { id: string; name: string };
  length: number;
  operational: boolean;
  hops: { from: { id: string }; to: { id: string }; kind: string; status: string }[];
}
interface PathImpact {
  from: { id: string };
  to: { id: string };
  targetGroup: { id: string };
  path: Path;
  explanation: string;
  changes: string[];
}
interface Marked {
  id: string;
  scenarioChange: string | null;
  scenarioChanges: string[];
}
interface Slice {
  total: number;
  nodes: (Marked & { label: string; serves: { targetGroup: string; role: string }[] })[];
  edges: (Marked & { source: string; target: string; type: string })[];
  removedNodes: Marked[];
  removedEdges: (Marked & { source: string; target: string })[];
}

async function paths(from: string, tg: string, scenario?: string): Promise<Path[]> {
  const res = await gql<{ referralPaths: Path[] }>(PATHS, { from, tg, scenario });
  expect(res.errors).toBeUndefined();
  return res.data!.referralPaths;
}
async function graph(scenario?: string): Promise<Slice> {
  const res = await gql<{ graph: Slice }>(GRAPH, { scenario });
  expect(res.errors).toBeUndefined();
  return res.data!.graph;
}
const route = (p: { hops: { from: { id: string }; to: { id: string } }[] }) =>
  p.hops.map((h) => `${h.from.id}>${h.to.id}`).join(' ');

let hashBefore = '';
let liveGraph: Slice;
let livePaths: Path[];
beforeAll(async () => {
  hashBefore = await contentHash(testDb());
  liveGraph = await graph();
  livePaths = await paths('ynbusiness', 'innovatief-mkb');
  const res = await gql(
    `mutation($input: NewScenarioInput!) { createScenario(input: $input) { id } }`,
    { input: { id: ID, title: 'Paden in Fryslân', changes: DRAFT } },
    { token: tokens.admin },
  );
  expect(res.errors).toBeUndefined();
});
afterAll(resetToSeed);

describe('referralPaths as if', () => {
  it('loses the path through the referral the scenario removes, and leaves the live answer alone', async () => {
    expect(livePaths.map((p) => [p.to.id, route(p), p.operational])).toEqual([['nom', 'ynbusiness>nom', true]]);
    expect(await paths('ynbusiness', 'innovatief-mkb', ID)).toEqual([]);
    expect(await paths('ynbusiness', 'innovatief-mkb')).toEqual(livePaths);
    expect(await contentHash(testDb())).toBe(hashBefore);
  });

  it('gains a path to the organisation the scenario adds, named as the scenario names it', async () => {
    expect(await paths('kvk', 'scaleup')).toEqual([]);
    const asIf = await paths('kvk', 'scaleup', ID);
    expect(asIf.map((p) => [p.to, route(p), p.operational])).toEqual([
      [{ id: 'test-loket-fryslan', name: 'Test-loket Fryslân' }, 'kvk>ynbusiness ynbusiness>test-loket-fryslan', true],
    ]);
    expect(asIf[0]!.hops[1]).toMatchObject({ kind: 'referral', status: 'active' });
  });

  it('answers NOT_FOUND for an unknown scenario, and for a start the scenario removes', async () => {
    const unknown = await gql(PATHS, { from: 'kvk', tg: 'scaleup', scenario: 'nobody' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'scenario' });
    const removed = await gql(PATHS, { from: 'innovatiepact-fryslan', tg: 'scaleup', scenario: ID });
    expect(removed.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'from' });
  });
});

describe('scenarioImpact', () => {
  it('lists the paths lost and gained from the first line of Fryslân, with the changes that concern each', async () => {
    const res = await gql<{
      scenarioImpact: {
        pathsTruncated: boolean;
        pathsLost: PathImpact[];
        pathsGained: PathImpact[];
      };
    }>(`{ scenarioImpact(scenario: "${ID}", region: "PV21") { pathsTruncated
        pathsLost { from { id } to { id } targetGroup { id } path { hops { from { id } to { id } } } explanation changes }
        pathsGained { from { id } to { id } targetGroup { id } path { hops { from { id } to { id } } } explanation changes } } }`);
    expect(res.errors).toBeUndefined();
    const impact = res.data!.scenarioImpact;
    const item = (x: (typeof impact.pathsLost)[number]) => [
      x.from.id,
      x.targetGroup.id,
      x.to.id,
      route(x.path),
      x.changes,
    ];
    expect(impact.pathsTruncated).toBe(false);
    expect(impact.pathsLost.map(item)).toEqual([
      ['kvk', 'innovatief-mkb', 'nom', 'kvk>ynbusiness ynbusiness>nom', ['c1']],
      ['ynbusiness', 'innovatief-mkb', 'nom', 'ynbusiness>nom', ['c1']],
    ]);
    expect(impact.pathsGained.map(item)).toEqual([
      ['kvk', 'scaleup', 'test-loket-fryslan', 'kvk>ynbusiness ynbusiness>test-loket-fryslan', ['c2', 'c3', 'c4']],
      ['ynbusiness', 'scaleup', 'test-loket-fryslan', 'ynbusiness>test-loket-fryslan', ['c2', 'c3', 'c4']],
    ]);
    expect(impact.pathsLost[1]!.explanation).toBe(
      'YnBusiness no longer reaches Noordelijke Ontwikkelingsmaatschappij (NOM) for innovatief-mkb in Fryslân within 4 referrals (was: YnBusiness → Noordelijke Ontwikkelingsmaatschappij (NOM)).',
    );
    expect(impact.pathsGained[1]!.explanation).toBe(
      'YnBusiness now reaches Test-loket Fryslân for scaleup in Fryslân: YnBusiness → Test-loket Fryslân.',
    );
  });
});

describe('graph as if', () => {
  it('shows the added organisation and referral marked, and leaves the removed ones out, listing them apart', async () => {
    const asIf = await graph(ID);
    const desk = asIf.nodes.find((n) => n.id === 'test-loket-fryslan');
    expect(desk).toMatchObject({
      label: 'Test-loket Fryslân',
      scenarioChange: 'ADDED',
      scenarioChanges: ['c2', 'c3'],
      serves: [{ targetGroup: 'scaleup', role: 'PRIMARY' }],
    });
    expect(asIf.edges.filter((e) => e.scenarioChange)).toEqual([
      expect.objectContaining({
        source: 'ynbusiness',
        target: 'test-loket-fryslan',
        type: 'REFERS_TO',
        scenarioChange: 'ADDED',
        scenarioChanges: ['c4'],
      }),
    ]);
    expect(liveGraph.nodes.some((n) => n.id === 'innovatiepact-fryslan')).toBe(true);
    expect(asIf.nodes.some((n) => n.id === 'innovatiepact-fryslan')).toBe(false);
    expect(asIf.removedNodes).toEqual([
      { id: 'innovatiepact-fryslan', scenarioChange: 'REMOVED', scenarioChanges: ['c5'] },
    ]);
    expect(asIf.edges.some((e) => e.source === 'ynbusiness' && e.target === 'nom' && e.type === 'REFERS_TO')).toBe(
      false,
    );
    expect(asIf.removedEdges).toContainEqual(
      expect.objectContaining({
        source: 'ynbusiness',
        target: 'nom',
        scenarioChange: 'REMOVED',
        scenarioChanges: ['c1'],
      }),
    );
    expect(asIf.total).toBe(liveGraph.total);
    expect(liveGraph.nodes.every((n) => n.scenarioChange === null && n.scenarioChanges.length === 0)).toBe(true);
    expect(await graph()).toEqual(liveGraph);
    expect(await contentHash(testDb())).toBe(hashBefore);
  });
});
