import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentHash } from '../../seed/load.ts';
import { auditEntries, resetToSeed, testDb } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';

// Adopting a scenario on the real Neo4j: the live map then answers as the scenario did, through one change of the
// audit trail that a revert undoes (the live answers are those of before again); a scenario the live map changed underneath is
// refused with the conflicting facts, and an editor adopts only within their provinces. Nothing refused is written.

const tokens = inject('tokens');
const ADOPT = `mutation($id: ID!, $v: Int!, $change: ChangeInput!) {
  adoptScenario(id: $id, expectedVersion: $v, change: $change) {
    change { id action user summary organisations entities { kind key before after } } organisation { id }
  }
}`;
const REVERT = `mutation($id: ID!) { revertChange(id: $id) { change { id action } } }`;
const CHANGE = { source: 'Test: adoption' };

// What the map answers about Utrecht, asked live or of a scenario: the municipalities' coverage, the referral gaps,
// and the deviations from the recommended split.
const ANSWERS = `query($scenario: ID) {
  coverage(level: MUNICIPALITY, within: "PV26", scenario: $scenario) {
    cells { region targetGroup status providers regionalProviders }
  }
  referralGaps(region: "PV26", scenario: $scenario) {
    deadEnds { ...gap } oneWay { ...gap } isolated { ...gap } unreachableGroups { ...gap } unreferredProviders { ...gap }
  }
  conformance(region: "PV26", scenario: $scenario) { organisation { id } rule expected actual }
}
fragment gap on ReferralGap { kind organisation { id } other { id } targetGroup { id } }`;

// A draft for Utrecht of every kind that adds, changes and removes: a new regional executor for the breed mkb with a
// referral from KVK, KVK's breed-mkb role changed, the ROM's coverage of one municipality dropped, and an organisation
// both added and removed (which leaves nothing).
const UTRECHT = [
  {
    kind: 'ADD_ORGANISATION',
    organisation: 'test-adoptie-utrecht',
    name: 'Test-adoptie Utrecht',
    organisationType: 'regional-executor',
    region: 'PV26',
    source: 'Test: §7.3.2 a regional executor',
  },
  {
    kind: 'SET_SERVES',
    organisation: 'test-adoptie-utrecht',
    targetGroup: 'breed-mkb',
    role: 'PRIMARY',
    source: 'Test: §7.3.2',
  },
  { kind: 'ADD_REFERRAL', from: 'kvk', to: 'test-adoptie-utrecht', targetGroups: ['breed-mkb'], source: 'Test' },
  { kind: 'SET_SERVES', organisation: 'kvk', targetGroup: 'breed-mkb', role: 'SECONDARY', source: 'Test: L1112' },
  {
    kind: 'ADD_ORGANISATION',
    organisation: 'test-adoptie-tijdelijk',
    name: 'Tijdelijk',
    organisationType: 'regional-executor',
    region: 'PV26',
    source: 'Test',
  },
  { kind: 'SET_SERVES', organisation: 'test-adoptie-tijdelijk', targetGroup: 'starter', role: 'PRIMARY', source: 'T' },
  { kind: 'REMOVE_ORGANISATION', organisation: 'test-adoptie-tijdelijk', source: 'Test' },
];

interface Adopted {
  adoptScenario: {
    change: {
      id: string;
      action: string;
      user: string;
      summary: string;
      organisations: string[];
      entities: { kind: string; key: string; before: unknown; after: unknown }[];
    };
  };
}

async function create(id: string, changes: unknown[], token = tokens.admin) {
  const res = await gql<{ createScenario: { version: number } }>(
    `mutation($input: NewScenarioInput!) { createScenario(input: $input) { version } }`,
    { input: { id, title: `Test ${id}`, changes } },
    { token },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.createScenario.version;
}

const adopt = (id: string, v: number, token = tokens.admin) =>
  gql<Adopted>(ADOPT, { id, v, change: CHANGE }, { token });

async function answers(scenario?: string) {
  const res = await gql<Record<string, unknown>>(ANSWERS, { scenario });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['code'];
const scenarioOf = async (id: string) =>
  (await gql<{ scenario: { version: number } | null }>(`{ scenario(id: "${id}") { version } }`)).data!.scenario;

let seedHash = '';
let seedAnswers: Record<string, unknown> = {};
beforeAll(async () => {
  await resetToSeed();
  seedHash = await contentHash(testDb());
  seedAnswers = await answers();
});
afterAll(resetToSeed);

describe('adopting a scenario', () => {
  it('makes the live map answer as the scenario did, as one audited change, and leaves the drafts', async () => {
    const v = await create('adoptie-utrecht', UTRECHT);
    const asIf = await answers('adoptie-utrecht');
    const live = await answers();
    expect(asIf).not.toEqual(live);
    const entries = await auditEntries();

    const res = await adopt('adoptie-utrecht', v);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const change = res.data!.adoptScenario.change;
    expect(change).toMatchObject({ action: 'ADOPT_SCENARIO', user: 'test-admin' });
    expect(change.summary).toContain('adoptie-utrecht');
    expect(change.organisations).toEqual(expect.arrayContaining(['kvk', 'test-adoptie-utrecht']));
    // One entry in the audit trail, whatever the number of edits it took.
    expect(await auditEntries()).toBe(entries + 1);
    // Each fact once: the organisation added and removed again left nothing.
    const keys = change.entities.map((e) => `${e.kind}:${e.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.some((k) => k.includes('test-adoptie-tijdelijk'))).toBe(false);
    expect(keys).toContain('organisation:test-adoptie-utrecht');
    expect(keys).toContain('serves:kvk|breed-mkb|sole|all');

    expect(await answers()).toEqual(asIf);
    expect(await scenarioOf('adoptie-utrecht')).toBeNull();
    expect(await contentHash(testDb())).not.toBe(seedHash);
  });

  it('is undone as a whole by a revert: the live answers are those of before again, the new organisation gone', async () => {
    const list = await gql<{ changes: { id: string; action: string }[] }>(`{ changes(limit: 5) { id action } }`);
    const adoption = list.data!.changes.find((c) => c.action === 'ADOPT_SCENARIO')!;
    const res = await gql<{ revertChange: { change: { action: string } } }>(
      REVERT,
      { id: adoption.id },
      { token: tokens.admin },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.revertChange.change.action).toBe('REVERT');
    expect(await answers()).toEqual(seedAnswers);
    const org = await gql<{ organisation: unknown }>(`{ organisation(id: "test-adoptie-utrecht") { id } }`);
    expect(org.data!.organisation).toBeNull();
  });

  it('is refused when the live map changed a fact a change is about since it was added, listing the conflicts', async () => {
    const v = await create('adoptie-verouderd', [
      { kind: 'SET_SERVES', organisation: 'ynbusiness', targetGroup: 'starter', role: 'SECONDARY', source: 'T' },
      { kind: 'ADD_COVERAGE', organisation: 'ynbusiness', region: 'PV26', source: 'T' },
    ]);
    // A live edit about another group of the same organisation does not concern the scenario; one about starters does.
    const other = await gql(
      `mutation($c: ChangeInput!) { addServes(organisation: "ynbusiness", input: { targetGroup: "grootzakelijk", role: DEVELOPING }, change: $c) { change { id } } }`,
      { c: CHANGE },
      { token: tokens.admin },
    );
    expect(other.errors, JSON.stringify(other.errors)).toBeUndefined();
    const live = await gql<{ addServes: { change: { id: string } } }>(
      `mutation($c: ChangeInput!) { addServes(organisation: "ynbusiness", input: { targetGroup: "starter", role: PRIMARY, scope: "PV21" }, change: $c) { change { id } } }`,
      { c: CHANGE },
      { token: tokens.admin },
    );
    expect(live.errors, JSON.stringify(live.errors)).toBeUndefined();
    const hash = await contentHash(testDb());
    const entries = await auditEntries();

    const res = await adopt('adoptie-verouderd', v);
    expect(codeOf(res)).toBe('CONFLICT');
    const conflicts = res.errors![0]!.extensions!['conflicts'] as { change: string; liveChange: string }[];
    expect(conflicts).toEqual([
      expect.objectContaining({ change: 'c1', liveChange: live.data!.addServes.change.id, user: 'test-admin' }),
    ]);
    expect(res.errors![0]!.message).toContain('c1');
    expect(await contentHash(testDb())).toBe(hash);
    expect(await auditEntries()).toBe(entries);
    expect(await scenarioOf('adoptie-verouderd')).toEqual({ version: v });

    // Made anew after the live change, the change is adopted.
    const removed = await gql<{ removeScenarioChange: { version: number } }>(
      `mutation { removeScenarioChange(id: "adoptie-verouderd", expectedVersion: ${v}, change: "c1") { version } }`,
      {},
      { token: tokens.admin },
    );
    const readded = await gql<{ addScenarioChanges: { version: number } }>(
      `mutation($c: [ScenarioChangeInput!]!) { addScenarioChanges(id: "adoptie-verouderd", expectedVersion: ${removed.data!.removeScenarioChange.version}, changes: $c) { version } }`,
      {
        c: [{ kind: 'SET_SERVES', organisation: 'ynbusiness', targetGroup: 'starter', role: 'SECONDARY', source: 'T' }],
      },
      { token: tokens.admin },
    );
    expect(readded.errors, JSON.stringify(readded.errors)).toBeUndefined();
    const ok = await adopt('adoptie-verouderd', readded.data!.addScenarioChanges.version);
    expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
  });

  it('is refused at a stale version, and when a change no longer holds on the live map, writing nothing', async () => {
    const v = await create('adoptie-houdt-niet', [
      { kind: 'REMOVE_COVERAGE', organisation: 'ynbusiness', region: 'PV21', source: 'T' },
    ]);
    const hash = await contentHash(testDb());
    expect(codeOf(await adopt('adoptie-houdt-niet', v + 1))).toBe('CONFLICT');
    expect(codeOf(await adopt('nergens', 1))).toBe('NOT_FOUND');

    const facts = await gql<{ organisation: { coverage: { region: { id: string }; version: number }[] } }>(
      `{ organisation(id: "ynbusiness") { coverage { region { id } version } } }`,
    );
    const version = facts.data!.organisation.coverage.find((c) => c.region.id === 'PV21')!.version;
    const gone = await gql(
      `mutation($c: ChangeInput!) { removeCoverage(organisation: "ynbusiness", region: "PV21", expectedVersion: ${version}, change: $c) { change { id } } }`,
      { c: CHANGE },
      { token: tokens.admin },
    );
    expect(gone.errors, JSON.stringify(gone.errors)).toBeUndefined();
    const after = await contentHash(testDb());
    expect(after).not.toBe(hash);
    const res = await adopt('adoptie-houdt-niet', v);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions!['change']).toBe('c1');
    expect(await contentHash(testDb())).toBe(after);
  });

  it('is for editors only within their provinces', async () => {
    await resetToSeed();
    const entries = await auditEntries();
    // An Overijssel draft made by the Overijssel editor: the Brabant editor may not adopt it, its maker may.
    const v = await create(
      'adoptie-overijssel',
      [
        {
          kind: 'ADD_ORGANISATION',
          organisation: 'test-adoptie-zwolle',
          name: 'Test-loket Zwolle',
          organisationType: 'regional-executor',
          region: 'GM0193',
          source: 'T',
        },
        { kind: 'SET_SERVES', organisation: 'test-adoptie-zwolle', targetGroup: 'zzp', role: 'PRIMARY', source: 'T' },
      ],
      tokens.editorOverijssel,
    );
    const refused = await adopt('adoptie-overijssel', v, tokens.editorBrabant);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(codeOf(await adopt('adoptie-overijssel', v, tokens.reader))).toBe('FORBIDDEN');
    expect(await auditEntries()).toBe(entries);
    expect(await contentHash(testDb())).toBe(seedHash);
    const res = await adopt('adoptie-overijssel', v, tokens.editorOverijssel);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.adoptScenario.change.user).toBe('test-editor-overijssel');
  });

  it("adopts the ready recommended split on the seed, and a revert restores the seed's answers", async () => {
    await resetToSeed();
    const found = await gql<{ scenario: { version: number; changes: { id: string }[] } }>(
      `{ scenario(id: "aanbevolen-rolverdeling-2023") { version changes { id } } }`,
    );
    const asIf = await answers('aanbevolen-rolverdeling-2023');
    const res = await adopt('aanbevolen-rolverdeling-2023', found.data!.scenario.version);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(await answers()).toEqual(asIf);
    const reverted = await gql(REVERT, { id: res.data!.adoptScenario.change.id }, { token: tokens.admin });
    expect(reverted.errors, JSON.stringify(reverted.errors)).toBeUndefined();
    expect(await answers()).toEqual(seedAnswers);
  });
});
