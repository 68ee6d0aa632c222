import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentHash } from '../../seed/load.ts';
import { resetToSeed, testDb } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';

// Scenarios on the real Neo4j: a draft of changes answers as if made, while the live answers and the map's content
// hash stay as they are; its impact is computed on a small hand-made draft on the seed; bad changes are refused by
// name, and nobody changes a scenario that is not theirs.

const tokens = inject('tokens');
const SCENARIO = `id title owner version editable changes { id kind organisation targetGroup role region source summary }`;
const CELL = `query($region: ID!, $tg: ID!, $scenario: ID) {
  coverageCell(region: $region, targetGroup: $tg, scenario: $scenario) { status regionalProviders providerIds }
}`;

// Utrecht has had no regional first-line service for businesses since Syntens (gap-02, report §Bijlage 7 Utrecht):
// breed mkb in Utrecht is a GAP. The draft adds a regional executor covering Utrecht that serves the breed mkb, and
// a referral from KVK to it.
const UTRECHT_EXECUTOR = [
  {
    kind: 'ADD_ORGANISATION',
    organisation: 'test-uitvoerder-utrecht',
    name: 'Test-uitvoerder Utrecht',
    organisationType: 'regional-executor',
    region: 'PV26',
    source: 'Test: a regional executor for the breed mkb (§7.3.2)',
  },
  {
    kind: 'SET_SERVES',
    organisation: 'test-uitvoerder-utrecht',
    targetGroup: 'breed-mkb',
    role: 'PRIMARY',
    source: 'Test: §7.3.2 regional executors take the breed mkb',
  },
  { kind: 'ADD_REFERRAL', from: 'kvk', to: 'test-uitvoerder-utrecht', targetGroups: ['breed-mkb'], source: 'Test' },
];

async function create(input: Record<string, unknown>, token = tokens.admin) {
  return gql<{ createScenario: { id: string; version: number; changes: { id: string; summary: string }[] } }>(
    `mutation($input: NewScenarioInput!) { createScenario(input: $input) { ${SCENARIO} } }`,
    { input },
    { token },
  );
}

async function cell(region: string, tg: string, scenario?: string) {
  const res = await gql<{ coverageCell: { status: string; regionalProviders: number; providerIds: string[] } }>(CELL, {
    region,
    tg,
    scenario,
  });
  expect(res.errors).toBeUndefined();
  return res.data!.coverageCell;
}

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['code'];

let hashBefore = '';
beforeAll(async () => {
  hashBefore = await contentHash(testDb());
});
afterAll(resetToSeed);

describe('a scenario', () => {
  it('answers as if its changes were made, and leaves the live answers and the content hash alone', async () => {
    const liveBefore = await cell('PV26', 'breed-mkb');
    expect(liveBefore.status).toBe('GAP');
    const res = await create({
      id: 'utrecht-uitvoerder',
      title: 'Een uitvoerder in Utrecht',
      changes: UTRECHT_EXECUTOR,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createScenario.changes.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(res.data!.createScenario.changes[1]!.summary).toBe('test-uitvoerder-utrecht serves breed-mkb (primary)');

    const asIf = await cell('PV26', 'breed-mkb', 'utrecht-uitvoerder');
    expect(asIf.status).not.toBe('GAP');
    expect(asIf.providerIds).toContain('test-uitvoerder-utrecht');
    // A municipality of Utrecht inherits the provincial executor.
    expect((await cell('GM0344', 'breed-mkb', 'utrecht-uitvoerder')).providerIds).toContain('test-uitvoerder-utrecht');

    expect(await cell('PV26', 'breed-mkb')).toEqual(liveBefore);
    expect(await contentHash(testDb())).toBe(hashBefore);
    const who = await gql<{ whoServes: { organisation: { id: string; name: string } }[] }>(
      `{ whoServes(targetGroup: "breed-mkb", region: "PV26", scenario: "utrecht-uitvoerder") { organisation { id name } } }`,
    );
    expect(who.errors).toBeUndefined();
    expect(who.data!.whoServes).toContainEqual({
      organisation: { id: 'test-uitvoerder-utrecht', name: 'Test-uitvoerder Utrecht' },
    });
    // The referral network of Utrecht as if: KVK's referral to the new executor is counted, and the executor measured.
    const NETWORK = `query($scenario: ID) {
      referralNetwork(region: "PV26", scenario: $scenario) { referrals organisations { organisation { id } inDegree } }
    }`;
    type Network = {
      referralNetwork: { referrals: number; organisations: { organisation: { id: string }; inDegree: number }[] };
    };
    const [live, network] = await Promise.all([
      gql<Network>(NETWORK, {}),
      gql<Network>(NETWORK, { scenario: 'utrecht-uitvoerder' }),
    ]);
    expect(network.errors, JSON.stringify(network.errors)).toBeUndefined();
    expect(network.data!.referralNetwork.referrals).toBe(live.data!.referralNetwork.referrals + 1);
    expect(network.data!.referralNetwork.organisations).toContainEqual({
      organisation: { id: 'test-uitvoerder-utrecht' },
      inDegree: 1,
    });
    expect(live.data!.referralNetwork.organisations.map((o) => o.organisation.id)).not.toContain(
      'test-uitvoerder-utrecht',
    );
  });

  it('shows its impact on Utrecht: the gap closed, with the changes that close it', async () => {
    const res = await gql<{
      scenarioImpact: {
        cells: {
          region: { id: string };
          targetGroup: { id: string };
          before: string;
          after: string;
          providersBefore: number;
          providersAfter: number;
          changes: string[];
        }[];
        gapsClosed: { gap: { kind: string }; changes: string[] }[];
        gapsOpened: { gap: { kind: string; organisation: { id: string }; other: { id: string } }; changes: string[] }[];
      };
    }>(
      `{ scenarioImpact(scenario: "utrecht-uitvoerder", region: "PV26") {
          cells { region { id } targetGroup { id } before after providersBefore providersAfter changes }
          gapsClosed { gap { kind organisation { id } } changes } gapsOpened { gap { kind organisation { id } other { id } } changes } } }`,
    );
    expect(res.errors).toBeUndefined();
    const impact = res.data!.scenarioImpact;
    const own = impact.cells.find((c) => c.region.id === 'PV26' && c.targetGroup.id === 'breed-mkb');
    expect(own).toMatchObject({ before: 'GAP', changes: ['c1', 'c2', 'c3'] });
    expect(own!.after).not.toBe('GAP');
    // Every municipality of Utrecht changes too, and so do the narrower groups the breed mkb speaks for (micro- and
    // groot-mkb…): each cell gains the new provider, through the changes that made it and its statement.
    expect(impact.cells.filter((c) => c.region.id.startsWith('GM')).length).toBeGreaterThan(20);
    for (const c of impact.cells) {
      expect(c.providersAfter).toBe(c.providersBefore + 1);
      expect(c.changes).toEqual(expect.arrayContaining(['c1', 'c2']));
    }
    // KVK now refers to the executor, which does not refer back: the draft opens a one-way pair, through c3.
    expect(impact.gapsOpened).toEqual([
      {
        gap: { kind: 'ONE_WAY', organisation: { id: 'kvk' }, other: { id: 'test-uitvoerder-utrecht' } },
        changes: ['c1', 'c2', 'c3'],
      },
    ]);
  });

  it('is discarded without a trace on the live map', async () => {
    const found = await gql<{ scenario: { version: number } }>(`{ scenario(id: "utrecht-uitvoerder") { version } }`);
    const version = found.data!.scenario.version;
    const stale = await gql(
      `mutation { discardScenario(id: "utrecht-uitvoerder", expectedVersion: ${version + 5}) }`,
      {},
      { token: tokens.admin },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const res = await gql(
      `mutation { discardScenario(id: "utrecht-uitvoerder", expectedVersion: ${version}) }`,
      {},
      { token: tokens.admin },
    );
    expect(res.errors).toBeUndefined();
    expect(
      (await gql<{ scenario: unknown }>(`{ scenario(id: "utrecht-uitvoerder") { id } }`)).data!.scenario,
    ).toBeNull();
    expect(codeOf(await gql(CELL, { region: 'PV26', tg: 'breed-mkb', scenario: 'utrecht-uitvoerder' }))).toBe(
      'NOT_FOUND',
    );
    expect(await contentHash(testDb())).toBe(hashBefore);
  });
});

describe('a scenario change', () => {
  it.each([
    [
      { kind: 'SET_SERVES', organisation: 'nobody', targetGroup: 'breed-mkb', role: 'PRIMARY', source: 's' },
      'input.changes[0].organisation',
    ],
    [
      { kind: 'SET_SERVES', organisation: 'kvk', targetGroup: 'nogroup', role: 'PRIMARY', source: 's' },
      'input.changes[0].targetGroup',
    ],
    [{ kind: 'SET_SERVES', organisation: 'kvk', targetGroup: 'starter', source: 's' }, 'input.changes[0].role'],
    [
      { kind: 'REMOVE_SERVES', organisation: 'ynbusiness', targetGroup: 'grootzakelijk', source: 's' },
      'input.changes[0].targetGroup',
    ],
    [{ kind: 'ADD_COVERAGE', organisation: 'ynbusiness', region: 'PV21', source: 's' }, 'input.changes[0].region'],
    [{ kind: 'REMOVE_REFERRAL', from: 'ynbusiness', to: 'rvo', source: 's' }, 'input.changes[0].to'],
    [
      { kind: 'ADD_ORGANISATION', name: 'X', organisationType: 'nope', source: 's' },
      'input.changes[0].organisationType',
    ],
    [{ kind: 'ADD_COVERAGE', organisation: 'kvk', source: 's' }, 'input.changes[0].region'],
  ])('is refused by name when it does not hold (%o)', async (change, field) => {
    const res = await create({ title: 'Fout', changes: [change] });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!['field'] ?? res.errors![0]!.message).toContain(field);
  });

  it('is checked against the changes before it', async () => {
    const res = await create({
      title: 'Twee keer',
      changes: [
        { kind: 'REMOVE_ORGANISATION', organisation: 'ynbusiness', source: 's' },
        { kind: 'SET_SERVES', organisation: 'ynbusiness', targetGroup: 'starter', role: 'PRIMARY', source: 's' },
      ],
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('input.changes[1].organisation');
  });

  it('stays inside a limited editor’s provinces, and only the owner or an admin changes a scenario', async () => {
    const outside = await create(
      {
        title: 'Buiten Overijssel',
        changes: [
          { kind: 'SET_SERVES', organisation: 'ynbusiness', targetGroup: 'starter', role: 'PRIMARY', source: 's' },
        ],
      },
      tokens.editorOverijssel,
    );
    expect(codeOf(outside)).toBe('FORBIDDEN');
    const mine = await create({ id: 'van-overijssel', title: 'Van Overijssel' }, tokens.editorOverijssel);
    expect(mine.errors).toBeUndefined();
    const add = `mutation($changes: [ScenarioChangeInput!]!) { addScenarioChanges(id: "van-overijssel", expectedVersion: 1, changes: $changes) { version } }`;
    const change = [
      { kind: 'SET_SERVES', organisation: 'novel-t', targetGroup: 'starter', role: 'PRIMARY', source: 's' },
    ];
    expect(codeOf(await gql(add, { changes: change }, { token: tokens.editorBrabant }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(add, { changes: change }))).toBe('UNAUTHENTICATED');
    const ok = await gql<{ addScenarioChanges: { version: number } }>(
      add,
      { changes: change },
      { token: tokens.editorOverijssel },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.addScenarioChanges.version).toBe(2);
    // The version moved on: the same request again is stale.
    expect(codeOf(await gql(add, { changes: change }, { token: tokens.editorOverijssel }))).toBe('CONFLICT');
    expect(codeOf(await create({ title: 'Lezer' }, tokens.reader))).toBe('FORBIDDEN');
  });
});
