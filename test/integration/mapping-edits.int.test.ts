import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { contentHash } from '../../seed/load.ts';
import { resetToSeed, testDb } from '../helpers/db.ts';
import { gql, type GraphQLResult } from '../helpers/graphql.ts';

// Where a source looked, edited through the API: recording a mapping turns an unknown cell into a gap with that
// source, removing it turns it back; versions, scope, bad input and revert behave as for every other fact.

const tokens = inject('tokens');
const db = testDb();
const CHANGE = { source: 'Regioscan Groningen 2024 (test)' };
const codeOf = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;

const SET = `mutation($region: ID!, $targetGroup: ID!, $expectedVersion: Int, $input: MappingInput!, $change: ChangeInput!) {
  setMapping(region: $region, targetGroup: $targetGroup, expectedVersion: $expectedVersion, input: $input, change: $change) {
    change { id action entities { kind key before after } } organisation { id } } }`;
const REMOVE = `mutation($region: ID!, $targetGroup: ID!, $expectedVersion: Int!, $change: ChangeInput!) {
  removeMapping(region: $region, targetGroup: $targetGroup, expectedVersion: $expectedVersion, change: $change) {
    change { id action } } }`;
const REVERT = `mutation($id: ID!) { revertChange(id: $id) { change { id action } } }`;
const CELL = `query($region: ID!, $targetGroup: ID!) { coverageCell(region: $region, targetGroup: $targetGroup) {
  status regionalProviders mappings { region { id } targetGroup year version provenance { kind sources { citation } } } } }`;

interface Cell {
  status: string;
  regionalProviders: number;
  mappings: {
    region: { id: string };
    targetGroup: string;
    year: number | null;
    version: number;
    provenance: { kind: string; sources: { citation: string }[] };
  }[];
}
const cell = async (region: string, targetGroup: string): Promise<Cell> => {
  const res = await gql<{ coverageCell: Cell }>(CELL, { region, targetGroup });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.coverageCell;
};

afterAll(() => resetToSeed());

describe('recording where a source looked', () => {
  it('turns an unknown cell into a gap with the source, and back when removed', async () => {
    // Groningen: the report never studied it; the breed mkb there has no regional provider in the seed.
    const before = await cell('PV20', 'breed-mkb');
    expect(before).toMatchObject({ status: 'UNMAPPED', regionalProviders: 0, mappings: [] });

    const set = await gql(
      SET,
      { region: 'PV20', targetGroup: 'breed-mkb', input: { year: 2024, note: 'Regioscan' }, change: CHANGE },
      { token: tokens.admin },
    );
    expect(set.errors, JSON.stringify(set.errors)).toBeUndefined();
    const gap = await cell('PV20', 'breed-mkb');
    expect(gap.status).toBe('GAP');
    expect(gap.mappings).toMatchObject([
      {
        region: { id: 'PV20' },
        targetGroup: 'breed-mkb',
        year: 2024,
        version: 1,
        provenance: { kind: 'USER', sources: [{ citation: CHANGE.source }] },
      },
    ]);
    // The mapping speaks for the municipalities of the province and for the peloton within the breed mkb.
    expect((await cell('GM0014', 'peloton')).status).toBe('GAP');

    const removed = await gql(
      REMOVE,
      { region: 'PV20', targetGroup: 'breed-mkb', expectedVersion: 1, change: CHANGE },
      { token: tokens.admin },
    );
    expect(removed.errors, JSON.stringify(removed.errors)).toBeUndefined();
    expect((await cell('PV20', 'breed-mkb')).status).toBe('UNMAPPED');
  });

  it('refuses a second record of the same pair and a stale version, writing nothing', async () => {
    const vars = { region: 'PV27', targetGroup: 'starter', input: { year: 2024 }, change: CHANGE };
    expect((await gql(SET, vars, { token: tokens.admin })).errors).toBeUndefined();
    const hash = await contentHash(db);
    expect(codeOf(await gql(SET, vars, { token: tokens.admin }))).toBe('CONFLICT');
    expect(codeOf(await gql(SET, { ...vars, expectedVersion: 7 }, { token: tokens.admin }))).toBe('CONFLICT');
    expect(codeOf(await gql(REMOVE, { ...vars, input: undefined, expectedVersion: 3 }, { token: tokens.admin }))).toBe(
      'CONFLICT',
    );
    expect(await contentHash(db)).toBe(hash);
  });

  it('names what was wrong in bad input', async () => {
    const bad = async (vars: Record<string, unknown>) => {
      const res = await gql(
        SET,
        { region: 'PV20', targetGroup: 'starter', input: {}, change: CHANGE, ...vars },
        { token: tokens.admin },
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      return res.errors![0]!.message;
    };
    expect(await bad({ targetGroup: 'ondernemers' })).toMatch(/targetGroup/);
    expect(await bad({ region: 'Atlantis' })).toMatch(/region/);
    expect(await bad({ input: { year: 1492 } })).toMatch(/input\.year/);
  });

  it('lets an editor limited to Overijssel record it only inside Overijssel', async () => {
    const inside = await gql(
      SET,
      { region: 'Zwolle', targetGroup: 'zzp', input: {}, change: CHANGE },
      { token: tokens.editorOverijssel },
    );
    expect(inside.errors, JSON.stringify(inside.errors)).toBeUndefined();
    const hash = await contentHash(db);
    const outside = await gql(
      SET,
      { region: 'PV20', targetGroup: 'zzp', input: {}, change: CHANGE },
      { token: tokens.editorOverijssel },
    );
    expect(codeOf(outside)).toBe('FORBIDDEN');
    expect(outside.errors![0]!.message).toContain('PV20');
    expect(codeOf(await gql(SET, { region: 'PV20', targetGroup: 'zzp', input: {}, change: CHANGE }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await contentHash(db)).toBe(hash);
  });

  it('is reverted like any other change', async () => {
    const set = await gql<{
      setMapping: { change: { id: string; action: string; entities: { kind: string; key: string }[] } };
    }>(
      SET,
      { region: 'PV31', targetGroup: 'breed-mkb', input: { year: 2024 }, change: CHANGE },
      { token: tokens.admin },
    );
    expect(set.data!.setMapping.change).toMatchObject({
      action: 'SET_MAPPING',
      entities: [{ kind: 'mapping', key: 'PV31|breed-mkb' }],
    });
    expect((await cell('PV31', 'breed-mkb')).status).toBe('GAP');
    const revert = await gql(REVERT, { id: set.data!.setMapping.change.id }, { token: tokens.admin });
    expect(revert.errors, JSON.stringify(revert.errors)).toBeUndefined();
    expect((await cell('PV31', 'breed-mkb')).status).toBe('UNMAPPED');
  });
});
