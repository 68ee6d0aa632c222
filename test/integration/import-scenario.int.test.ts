import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentHash } from '../../seed/load.ts';
import { resetToSeed, testDb } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';
import { upload, workbook, XLSX } from '../helpers/spreadsheet.ts';

// A spreadsheet imported into a scenario on the real Neo4j: the file is checked as a live import is, its rows become
// the scenario's changes (a dry run only lists them), the map itself and its content hash stay as they are, and a row
// no scenario change can say is an error naming its sheet, row and column.

const tokens = inject('tokens');

// A regional executor for the breed mkb in Utrecht, with KVK referring to it: the gap the report finds there (gap-02).
const UTRECHT = {
  organisaties: [
    ['id', 'name', 'type', 'scale'],
    ['test-import-utrecht', 'Test-import Utrecht', 'regional-executor', 'regional'],
  ],
  dekking: [
    ['organisation', 'region'],
    ['test-import-utrecht', 'PV26'],
  ],
  doelgroepen: [
    ['organisation', 'targetGroup', 'role'],
    ['test-import-utrecht', 'breed-mkb', 'primary'],
  ],
  verwijzingen: [
    ['from', 'to', 'kind', 'status', 'targetGroups'],
    ['kvk', 'test-import-utrecht', 'referral', 'active', 'breed-mkb'],
  ],
};

async function createScenario(id: string) {
  const res = await gql(
    `mutation($input: NewScenarioInput!) { createScenario(input: $input) { id } }`,
    { input: { id, title: `Test ${id}` } },
    { token: tokens.admin },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
}

const scenarioOf = async (id: string) =>
  (
    await gql<{
      scenario: { version: number; changes: { id: string; kind: string; source: string; summary: string }[] };
    }>(`{ scenario(id: "${id}") { version changes { id kind source summary } } }`)
  ).data!.scenario;

const cell = async (scenario?: string) =>
  (
    await gql<{ coverageCell: { status: string } }>(
      `query($s: ID) { coverageCell(region: "PV26", targetGroup: "breed-mkb", scenario: $s) { status } }`,
      { s: scenario },
    )
  ).data!.coverageCell.status;

let seedHash = '';
beforeAll(async () => {
  await resetToSeed();
  seedHash = await contentHash(testDb());
});
afterAll(resetToSeed);

describe('a spreadsheet imported into a scenario', () => {
  it('lists in a dry run the changes it would add, and keeps none', async () => {
    await createScenario('import-utrecht');
    const r = await upload({ mode: 'dry-run', scenario: 'import-utrecht' }, await workbook(UTRECHT), {
      contentType: XLSX,
      token: tokens.admin,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ ok: true, errors: [], scenario: 'import-utrecht' });
    // The new organisation takes its first coverage along, as a scenario's new organisation does.
    expect(r.body.scenarioChanges).toEqual([
      {
        id: 'c1',
        kind: 'ADD_ORGANISATION',
        summary: 'new organisation Test-import Utrecht (test-import-utrecht, regional-executor) covering PV26',
      },
      { id: 'c2', kind: 'SET_SERVES', summary: 'test-import-utrecht serves breed-mkb (primary)' },
      { id: 'c3', kind: 'ADD_REFERRAL', summary: 'kvk refers to test-import-utrecht for breed-mkb' },
    ]);
    expect((await scenarioOf('import-utrecht')).changes).toEqual([]);
  });

  it('adds them on apply, each with the import’s source, and leaves the map itself alone', async () => {
    const r = await upload(
      { mode: 'apply', scenario: 'import-utrecht', source: 'Regioscan Utrecht 2026' },
      await workbook(UTRECHT),
      {
        contentType: XLSX,
        token: tokens.admin,
      },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.changeId).toBeUndefined();
    const scenario = await scenarioOf('import-utrecht');
    expect(scenario.changes.map(({ id, kind, source }) => ({ id, kind, source }))).toEqual([
      { id: 'c1', kind: 'ADD_ORGANISATION', source: 'Regioscan Utrecht 2026' },
      { id: 'c2', kind: 'SET_SERVES', source: 'Regioscan Utrecht 2026' },
      { id: 'c3', kind: 'ADD_REFERRAL', source: 'Regioscan Utrecht 2026' },
    ]);
    expect(await cell('import-utrecht')).not.toBe('GAP');
    expect(await cell()).toBe('GAP');
    expect(await contentHash(testDb())).toBe(seedHash);
  });

  it('names each row no scenario change can say, and adds nothing', async () => {
    await createScenario('import-te-veel');
    const sheets = {
      doelgroepen: [
        ['organisation', 'targetGroup', 'role', 'phases'],
        ['ynbusiness', 'zzp', 'secondary', 'weten'],
      ],
      diensten: [
        ['id', 'organisation', 'name', 'status', 'description'],
        ['act-test-spreekuur', 'ynbusiness', 'Spreekuur', 'active', 'Elke week'],
      ],
    };
    const dry = await upload({ mode: 'dry-run', scenario: 'import-te-veel' }, await workbook(sheets), {
      contentType: XLSX,
      token: tokens.admin,
    });
    expect(dry.status).toBe(200);
    expect(dry.body.ok).toBe(false);
    expect(dry.body.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['doelgroepen', 2, 'phases'],
      ['diensten', 2, 'description'],
    ]);
    expect(dry.body.errors[1]!.message).toContain('import into the map itself');
    const apply = await upload({ mode: 'apply', scenario: 'import-te-veel' }, await workbook(sheets), {
      contentType: XLSX,
      token: tokens.admin,
    });
    expect(apply.status).toBe(400);
    expect((await scenarioOf('import-te-veel')).changes).toEqual([]);
    expect(await contentHash(testDb())).toBe(seedHash);
  });

  it('adds a service the sheet makes, and one it stops, as scenario changes', async () => {
    await createScenario('import-diensten');
    const sheets = {
      diensten: [
        ['id', 'organisation', 'name', 'status', 'targetGroups', 'validFrom', 'validTo'],
        ['act-test-spreekuur', 'ynbusiness', 'Spreekuur', 'active', 'breed-mkb', '2026', ''],
        ['act-kvk-adviesteam', 'kvk', 'KVK Adviesteam', 'stopped', '', '', '2025'],
      ],
    };
    const res = await upload({ mode: 'apply', scenario: 'import-diensten' }, await workbook(sheets), {
      contentType: XLSX,
      token: tokens.admin,
    });
    expect(res.status, JSON.stringify(res.body.errors)).toBe(200);
    const changes = (await scenarioOf('import-diensten')).changes;
    expect(changes.map((c) => c.summary)).toEqual([
      'ynbusiness runs a new service Spreekuur (act-test-spreekuur, active, 2026–…)',
      'service act-kvk-adviesteam of kvk changes: status stopped, validTo 2025',
    ]);
    expect(await contentHash(testDb())).toBe(seedHash);
  });

  it('is for the scenario’s owner or an admin, and names a scenario that does not exist', async () => {
    const other = await upload({ mode: 'dry-run', scenario: 'import-utrecht' }, await workbook(UTRECHT), {
      contentType: XLSX,
      token: tokens.editor,
    });
    expect(other.status).toBe(403);
    const none = await upload({ mode: 'dry-run', scenario: 'bestaat-niet' }, await workbook(UTRECHT), {
      contentType: XLSX,
      token: tokens.admin,
    });
    expect(none.status).toBe(404);
  });
});
