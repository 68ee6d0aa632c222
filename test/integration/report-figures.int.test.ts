import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT_DIR } from '../../server/config.ts';
import { gql } from '../helpers/graphql.ts';

// The report's figures through the API: the ten oracles (test/fixtures/oracles.yaml) about KVK's budgets per task and
// year, the KPI status of its activities and its usage figures, answered with Organisation.budgets,
// Organisation.figures and Service.kpiStatus. Each answer also cites a line of the report the oracle cites.
// api-oracles.int.test.ts answers the other forty and lists these ten as answered here.

interface Oracle {
  id: string;
  expected: Record<string, unknown>;
  sources: string[];
}
const oracles = (
  parse(readFileSync(path.join(ROOT_DIR, 'test/fixtures/oracles.yaml'), 'utf8')) as { oracles: Oracle[] }
).oracles;
const oracle = (id: string): Oracle => {
  const found = oracles.find((o) => o.id === id);
  if (!found) throw new Error(`no oracle ${id} in oracles.yaml`);
  return found;
};

interface Source {
  citation: string;
  lineFrom: number | null;
  lineTo: number | null;
}
interface Provenance {
  kind: string;
  note: string | null;
  sources: Source[];
}
interface Figure {
  id: string;
  label: string;
  value: number | null;
  target: number | null;
  kind: 'ACTUAL' | 'TARGET' | null;
  qualifier: string | null;
  unit: string | null;
  year: number | null;
  period: string | null;
  provenance: Provenance;
}
interface BudgetRow {
  task: string;
  year: number;
  kind: 'PLANNED' | 'ACTUAL';
  total: number | null;
  unit: string;
  note: string | null;
  provenance: Provenance;
}
interface Service {
  id: string;
  kpis: string[];
  kpiStatus: 'DEFINED' | 'NONE' | 'UNKNOWN' | null;
  provenance: Provenance;
}
interface Kvk {
  figures: Figure[];
  budgets: BudgetRow[];
  services: Service[];
}

const PROVENANCE = 'provenance { kind note sources { citation lineFrom lineTo } }';
let kvk: Kvk;

beforeAll(async () => {
  const result = await gql<{ organisation: Kvk }>(`{
    organisation(id: "kvk") {
      figures { id label value target kind qualifier unit year period ${PROVENANCE} }
      budgets { task year kind total unit note ${PROVENANCE} }
      services { id kpis kpiStatus ${PROVENANCE} }
    }
  }`);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  kvk = result.data!.organisation;
});

/** The report lines an oracle cites, e.g. `§4.6 [L597, L604]` → 597, 604 (a range `L695-704` → its ends). */
const linesOf = (o: Oracle): number[] =>
  o.sources.flatMap((s) => [...(s.match(/\[([^\]]*)\]/)?.[1] ?? '').matchAll(/L?(\d+)/g)].map((m) => Number(m[1])));

/** Checks that the answer's provenance cites one of the report lines the oracle cites. */
function expectCitesOracle(id: string, provenances: Provenance[]): void {
  const cited = provenances.flatMap((p) => p.sources);
  const lines = linesOf(oracle(id));
  const covers = (s: Source) =>
    s.lineFrom !== null && lines.some((l) => s.lineFrom! <= l && l <= (s.lineTo ?? s.lineFrom!));
  expect(cited.filter(covers), `${id}: ${JSON.stringify(cited)} against lines ${lines.join(', ')}`).not.toEqual([]);
}

const budget = (task: string, year: number, kind: BudgetRow['kind']): BudgetRow => {
  const rows = kvk.budgets.filter((b) => b.task === task && b.year === year && b.kind === kind);
  expect(rows, `${task} ${year} ${kind}`).toHaveLength(1);
  return rows[0]!;
};
const figure = (id: string): Figure => {
  const found = kvk.figures.find((f) => f.id === id);
  expect(found, `${id} among KVK's figures`).toBeDefined();
  return found!;
};

describe("KVK's budgets through the API", () => {
  it('answers q-26: regiostimulering was budgeted at 7.6 million in 2017 and 4.3 million in 2021', () => {
    const e = oracle('q-26').expected;
    const [y2017, y2021] = [budget('regiostimulering', 2017, 'PLANNED'), budget('regiostimulering', 2021, 'PLANNED')];
    expect(y2017.total).toBe(e['2017']);
    expect(y2021.total).toBe(e['2021']);
    expect(y2017.unit).toBe(e['unit']);
    expectCitesOracle('q-26', [y2017.provenance, y2021.provenance]);
  });

  it('answers q-27: innovatiestimulering cost 16.8 million in 2021 against a budget of 20 million', () => {
    const e = oracle('q-27').expected;
    const planned = budget('innovatiestimulering', 2021, 'PLANNED');
    const actual = budget('innovatiestimulering', 2021, 'ACTUAL');
    expect([planned.total, actual.total]).toEqual([e['begroting'], e['werkelijk']]);
    expectCitesOracle('q-27', [planned.provenance, actual.provenance]);
  });

  it('answers q-28: 2019 is the one year whose actual regiostimulering costs exceed the budget', () => {
    const e = oracle('q-28').expected;
    const rows = kvk.budgets.filter((b) => b.task === 'regiostimulering');
    const over = rows.filter(
      (a) =>
        a.kind === 'ACTUAL' &&
        a.total !== null &&
        rows.some((p) => p.kind === 'PLANNED' && p.year === a.year && p.total !== null && a.total! > p.total),
    );
    expect(over.map((a) => a.year)).toEqual([e['year']]);
    expect(budget('regiostimulering', 2019, 'PLANNED').total).toBe(e['begroting']);
    expect(over[0]!.total).toBe(e['werkelijk']);
    expectCitesOracle('q-28', [over[0]!.provenance]);
  });

  it('gives the years without actual costs a row with no total and the remark Onbekend', () => {
    const unknown = budget('innovatiestimulering', 2017, 'ACTUAL');
    expect(unknown.total).toBeNull();
    expect(unknown.note).toBe('Onbekend');
  });
});

describe("the KPI status of KVK's activities through the API", () => {
  it('answers q-16: four KVK activities have no KPI, and they are not confused with those whose KPIs are unknown', () => {
    const none = kvk.services.filter((s) => s.kpiStatus === 'NONE');
    expect(none.map((s) => s.id).sort()).toEqual([...(oracle('q-16').expected['activities'] as string[])].sort());
    expect(none.every((s) => s.kpis.length === 0)).toBe(true);
    const unknown = kvk.services.filter((s) => s.kpiStatus === 'UNKNOWN');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.some((s) => none.includes(s))).toBe(false);
    expectCitesOracle(
      'q-16',
      none.map((s) => s.provenance),
    );
  });
});

describe("KVK's usage figures through the API", () => {
  it('answers q-29: the KVK website had 2 million visitors in 2017 and more than 30 million in 2022', () => {
    const e = oracle('q-29').expected;
    const [y2017, y2022] = [figure('fig-website-visitors-2017'), figure('fig-website-visitors-2022')];
    expect([y2017.year, y2017.value, y2017.qualifier]).toEqual([2017, e['2017'], null]);
    expect(`>${y2022.value}`).toBe(e['2022']);
    expect([y2022.year, y2022.qualifier, y2022.unit]).toEqual([2022, 'meer dan', 'visitors']);
    expect(y2022.provenance.note).toContain('visits or unique visitors');
    expectCitesOracle('q-29', [y2017.provenance, y2022.provenance]);
  });

  it("answers q-30: KVK's overall NPS was -10 in 2018 and 7 in 2022", () => {
    const e = oracle('q-30').expected;
    const nps = kvk.figures.filter((f) => f.unit === 'NPS');
    expect(Object.fromEntries(nps.map((f) => [String(f.year), f.value]))).toEqual(e);
    expectCitesOracle(
      'q-30',
      nps.map((f) => f.provenance),
    );
  });

  it('answers q-31: the Regiodatatool had 11,241 users at the end of 2021 against a plan of 7,000', () => {
    const e = oracle('q-31').expected;
    const users = kvk.figures.filter((f) => f.unit === 'users' && f.year === 2021);
    const actual = users.find((f) => f.kind === 'ACTUAL');
    const planned = users.find((f) => f.kind === 'TARGET');
    expect({ actual: actual?.value, planned: planned?.value }).toEqual(e);
    expectCitesOracle('q-31', [actual!.provenance, planned!.provenance]);
  });

  it('answers q-32: the Regiodatatool had 12,137 sessions in January to May 2023 against 5,897 a year earlier', () => {
    const e = oracle('q-32').expected;
    const sessions = kvk.figures.filter((f) => f.unit === 'sessions' && f.period !== null);
    const byPeriod = Object.fromEntries(sessions.map((f) => [f.period, f.value]));
    expect(byPeriod['2023-01..2023-05']).toBe(e['2023_jan_may']);
    expect(byPeriod['2022-01..2022-05']).toBe(e['2022_jan_may']);
    expectCitesOracle(
      'q-32',
      sessions.map((f) => f.provenance),
    );
  });

  it('answers q-33: 62, 51 and (through May) 53 civil servants took part in data-verkenning workshops', () => {
    const e = oracle('q-33').expected;
    const workshops = kvk.figures.filter((f) => f.unit === 'civil servants');
    const byYear = Object.fromEntries(workshops.map((f) => [f.year !== null ? String(f.year) : f.period, f.value]));
    expect(byYear).toEqual({ '2021': e['2021'], '2022': e['2022'], '2023-01..2023-05': e['2023_to_may'] });
    expectCitesOracle(
      'q-33',
      workshops.map((f) => f.provenance),
    );
  });

  it('answers q-34: 62 regional stakeholders were involved in 2021 against a plan of 40', () => {
    const e = oracle('q-34').expected;
    const stakeholders = kvk.figures.filter((f) => f.unit === 'stakeholders' && f.year === 2021);
    expect(stakeholders.map((f) => ({ actual: f.value, planned: f.target }))).toEqual([e]);
    expectCitesOracle(
      'q-34',
      stakeholders.map((f) => f.provenance),
    );
  });
});

describe('figures and budgets of organisations the report does not measure', () => {
  it('gives a regional development agency no figures and no budget rows, in the same request as KVK', async () => {
    const result = await gql<{ a: { figures: unknown[]; budgets: unknown[] }; b: { figures: unknown[] } }>(`{
      a: organisation(id: "nom") { figures { id } budgets { id } }
      b: organisation(id: "kvk") { figures { id } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.a).toEqual({ figures: [], budgets: [] });
    expect(result.data!.b.figures.length).toBeGreaterThan(0);
  });
});
