import { afterAll, describe, expect, inject, it } from 'vitest';
import { resetToSeed } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';

// Two states of the map side by side, on the seed: two years (the ROM of Utrecht was set up in 2020, report
// Bijlage 7 Utrecht), and today beside a scenario.

const tokens = inject('tokens');
const COMPARISON = `query($before: MapState!, $after: MapState!, $within: ID, $level: RegionLevel!) {
  comparison(before: $before, after: $after, level: $level, within: $within) {
    rows { id } columns { id }
    cells { region targetGroup before after providersBefore providersAfter changed explanation }
    started { kind organisation { id name } other { id } targetGroup { id } region { id } explanation }
    stopped { kind organisation { id } explanation }
  }
}`;

interface Cell {
  region: string;
  targetGroup: string;
  before: string;
  after: string;
  providersBefore: number;
  providersAfter: number;
  changed: boolean;
  explanation: string;
}
interface Item {
  kind: string;
  organisation: { id: string; name?: string };
  other?: { id: string } | null;
  targetGroup?: { id: string } | null;
  region?: { id: string } | null;
  explanation: string;
}
interface Result {
  comparison: { rows: { id: string }[]; columns: { id: string }[]; cells: Cell[]; started: Item[]; stopped: Item[] };
}

async function compare(vars: Record<string, unknown>) {
  const res = await gql<Result>(COMPARISON, { level: 'PROVINCE', ...vars });
  expect(res.errors).toBeUndefined();
  return res.data!.comparison;
}

afterAll(resetToSeed);

describe('comparison', () => {
  it('shows what started in Utrecht between 2017 and 2022: the ROM, set up in 2020, and its statements', async () => {
    const c = await compare({ before: { asOf: 2017 }, after: { asOf: 2022 }, within: 'PV26', level: 'MUNICIPALITY' });
    expect(c.rows.length).toBeGreaterThan(20);
    expect(c.cells).toHaveLength(c.rows.length * c.columns.length);
    const rom = c.started.filter((i) => i.organisation.id === 'rom-utrecht-region');
    expect(rom.map((i) => i.kind)).toEqual(expect.arrayContaining(['ORGANISATION', 'COVERAGE', 'SERVES']));
    expect(c.stopped.some((i) => i.organisation.id === 'rom-utrecht-region')).toBe(false);
    // Its start-up statement changes the municipalities' start-up cells, and each changed cell says how.
    const startup = c.cells.filter((x) => x.targetGroup === 'startup' && x.changed);
    expect(startup.length).toBeGreaterThan(0);
    for (const x of startup) {
      expect(x.explanation).toBe(
        `${x.before} → ${x.after} (${x.providersBefore} → ${x.providersAfter} regional providers)`,
      );
    }
    expect(c.cells.filter((x) => !x.changed).every((x) => x.before === x.after)).toBe(true);
  });

  it('shows nothing started or stopped between a year and itself', async () => {
    const c = await compare({ before: { asOf: 2022 }, after: { asOf: 2022 } });
    expect(c.started).toEqual([]);
    expect(c.stopped).toEqual([]);
    expect(c.cells.some((x) => x.changed)).toBe(false);
  });

  it('compares today with a scenario: the removed organisation stopped, its cells changed', async () => {
    const made = await gql(
      `mutation { createScenario(input: { id: "zonder-ynbusiness", title: "Zonder YnBusiness", changes: [
        { kind: REMOVE_ORGANISATION, organisation: "ynbusiness", source: "Test" }] }) { id } }`,
      {},
      { token: tokens.admin },
    );
    expect(made.errors).toBeUndefined();
    const c = await compare({
      before: {},
      after: { scenario: 'zonder-ynbusiness' },
      within: 'PV21',
      level: 'MUNICIPALITY',
    });
    expect(c.started).toEqual([]);
    const gone = c.stopped.filter((i) => i.organisation.id === 'ynbusiness').map((i) => i.kind);
    expect(gone).toEqual(expect.arrayContaining(['ORGANISATION', 'COVERAGE', 'SERVES', 'REFERRAL']));
    // Leeuwarden loses the provincial executor it inherits from Fryslân.
    const leeuwarden = c.cells.find((x) => x.region === 'GM0080' && x.targetGroup === 'breed-mkb')!;
    expect(leeuwarden.changed).toBe(true);
    expect(leeuwarden.providersAfter).toBe(leeuwarden.providersBefore - 1);
  });

  it('refuses a year out of range or an unknown scenario, naming the argument', async () => {
    const year = await gql(COMPARISON, { level: 'PROVINCE', before: { asOf: 1500 }, after: {} });
    expect(year.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(year.errors?.[0]?.message).toMatch(/^before\.asOf/);
    const scenario = await gql(COMPARISON, { level: 'PROVINCE', before: {}, after: { scenario: 'nope' } });
    expect(scenario.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(scenario.errors?.[0]?.extensions?.['argument']).toBe('scenario');
  });
});
