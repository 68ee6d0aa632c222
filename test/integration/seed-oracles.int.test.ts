import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT_DIR } from '../../server/config.ts';
import { testDb } from '../helpers/db.ts';

// Every oracle of the fact base (test/fixtures/oracles.yaml) answered by Cypher over the seeded graph.
// Ambiguous oracles are not skipped: their check asserts that every reading is present and marked.
// The Cypher here is test-only and parameterised; the API issue turns these questions into GraphQL.

interface Oracle {
  id: string;
  kind: 'lookup' | 'list' | 'numeric' | 'negative' | 'ambiguous';
  question: string;
  expected: Record<string, unknown>;
}
const oracles = (
  parse(readFileSync(path.join(ROOT_DIR, 'test/fixtures/oracles.yaml'), 'utf8')) as { oracles: Oracle[] }
).oracles;
const db = testDb();

type Row = Record<string, unknown>;
const q = <T extends Row>(cypher: string, params: Row = {}) => db.readRaw<T>('oracle test', cypher, params);
const ids = (rows: Row[], key = 'id') => rows.map((r) => r[key] as string).sort();
const sorted = (xs: unknown) => [...(xs as string[])].sort();

/** The PVnn region of a province slug from the facts (fryslan → PV21), through its aliases. */
async function province(slug: string): Promise<string> {
  const rows = await q<{ id: string }>(
    `MATCH (r:Region {level: 'PROVINCE'}) WHERE r.searchKey CONTAINS '|' + $slug + '|' RETURN r.id AS id`,
    { slug },
  );
  expect(rows, `province ${slug}`).toHaveLength(1);
  return rows[0]!.id;
}

// Organisations serving a target group with a regional presence in a province: they cover a region
// inside it, or a region (an AREA) that has municipalities inside it. National coverage does not count.
const WHO_SERVES_IN_PROVINCE = `
  MATCH (p:Region {id: $province})
  MATCH (o:Organisation)-[s:SERVES]->(:TargetGroup {id: $targetGroup})
  WHERE NOT o.generic AND EXISTS {
    MATCH (o)-[:COVERS]->(r:Region) WHERE r.level <> 'COUNTRY'
      AND (EXISTS { (r)-[:PART_OF*0..]->(p) }
           OR EXISTS { MATCH (m:Region {level: 'MUNICIPALITY'})-[:PART_OF*]->(r) WHERE EXISTS { (m)-[:PART_OF*]->(p) } })
  }
  RETURN o.id AS id, s.role AS role, s.reading AS reading, s.ambiguity AS ambiguity, s.lines AS lines`;
const whoServes = (provinceId: string, targetGroup: string) =>
  q<{ id: string; role: string; reading: string | null; ambiguity: string | null; lines: string[] }>(
    WHO_SERVES_IN_PROVINCE,
    { province: provinceId, targetGroup },
  );

async function serve(org: string, targetGroup: string) {
  return q<{ role: string; mode: string | null; reading: string | null; ambiguity: string | null }>(
    `MATCH (:Organisation {id: $org})-[s:SERVES]->(:TargetGroup {id: $targetGroup})
     RETURN s.role AS role, s.mode AS mode, s.reading AS reading, s.ambiguity AS ambiguity`,
    { org, targetGroup },
  );
}

async function figure(where: string, params: Row) {
  return q<{
    id: string;
    value: number;
    year: number | null;
    period: string | null;
    kind: string | null;
    target: number | null;
    qualifier: string | null;
    approx: boolean | null;
  }>(
    `MATCH (f:Figure) WHERE ${where}
     RETURN f.id AS id, f.value AS value, f.year AS year, f.period AS period, f.kind AS kind, f.target AS target,
            f.qualifier AS qualifier, f.approx AS approx ORDER BY coalesce(f.year, toInteger(left(f.period, 4))), f.period`,
    params,
  );
}

async function budget(task: string, year: number, kind: string): Promise<number | null> {
  const rows = await q<{ total: number | null }>(
    `MATCH (b:BudgetRow {task: $task, year: $year, kind: $kind}) RETURN b.total AS total`,
    { task, year, kind },
  );
  expect(rows).toHaveLength(1);
  return rows[0]!.total;
}

const checks: Record<string, (e: Record<string, unknown>) => Promise<void>> = {
  async 'q-01'(e) {
    const rows = await whoServes(await province('fryslan'), 'breed-mkb');
    expect(ids(rows.filter((r) => ['primary', 'secondary'].includes(r.role)))).toEqual(sorted(e.orgs));
    // KVK only informs (nationally); NOM is second line for the innovative mkb.
    expect((await serve('kvk', 'breed-mkb'))[0]?.mode).toMatch(/voorlichting/);
    expect(rows.map((r) => r.id)).not.toContain('nom');
  },
  async 'q-02'(e) {
    const rows = await whoServes(await province('noord-brabant'), 'breed-mkb');
    expect(rows.filter((r) => ['primary', 'secondary'].includes(r.role))).toEqual([]);
    const developing = ids(rows.filter((r) => r.role === 'developing'));
    const coordinators = await q<{ id: string }>(
      `MATCH (c:Organisation)-[:COORDINATES]->(d:Organisation) WHERE d.id IN $developing
       WITH c, count(DISTINCT d) AS n WHERE n >= 4 RETURN c.id AS id`,
      { developing },
    );
    expect(ids(coordinators)).toEqual([e.coordinator]);
    expect(developing.filter((id) => id !== e.coordinator)).toEqual(sorted(e.developing));
  },
  async 'q-03'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (o:Organisation)-[:MEMBER_OF]->(:Organisation {id: 'middenstructuur-overijssel'}) RETURN o.id AS id`,
    );
    expect(ids(rows)).toEqual(sorted(e.orgs));
    const [kvk] = await q<{ member: boolean; excluded: boolean }>(
      `MATCH (m:Organisation {id: 'middenstructuur-overijssel'}), (k:Organisation {id: 'kvk'})
       RETURN EXISTS { (k)-[:MEMBER_OF]->(m) } AS member, 'kvk' IN m.notMembers AS excluded`,
    );
    expect(kvk).toEqual({ member: e.kvk_member, excluded: true });
  },
  async 'q-04'(e) {
    const utrecht = await province('utrecht');
    const firstLine = await q<{ id: string }>(
      `MATCH (p:Region {id: $province})
       MATCH (o:Organisation)-[:COVERS]->(r:Region)-[:PART_OF*0..]->(p)
       WHERE NOT o.generic AND ('eerstelijns' IN coalesce(o.lines, []) OR EXISTS { (o)-[s:SERVES]->() WHERE 'eerstelijns' IN s.lines })
       RETURN DISTINCT o.id AS id`,
      { province: utrecht },
    );
    expect(firstLine.length > 0).toBe(e.answer);
    const gap = await q<{ id: string }>(
      `MATCH (g:ReportedGap {kind: 'gap'})-[:CONCERNS]->(:Region {id: $province}) MATCH (g)-[:CONCERNS]->(:Organisation {id: 'syntens'}) RETURN g.id AS id`,
      { province: utrecht },
    );
    expect(ids(gap)).toEqual(['gap-02']);
  },
  async 'q-05'(e) {
    const rows = await q<{ id: string; founded: number }>(
      `MATCH (o:Organisation {type: 'rom'})-[:COVERS]->(:Region {id: $province})
       WHERE EXISTS { (o)-[:SERVES {role: 'primary'}]->(:TargetGroup {id: 'startup'}) }
         AND EXISTS { (o)-[:SERVES {role: 'primary'}]->(:TargetGroup {id: 'innovatief-mkb'}) }
       RETURN o.id AS id, o.founded AS founded`,
      { province: await province('utrecht') },
    );
    expect(ids(rows)).toEqual(sorted(e.orgs));
    expect(rows[0]!.founded).toBe(e.founded);
  },
  async 'q-06'(e) {
    const rows = await q<{ id: string; relId: string }>(
      `MATCH (:Organisation {id: 'ynbusiness'})-[r:REFERS_TO]->(o) RETURN o.id AS id, r.relId AS relId`,
    );
    expect(rows).toEqual([{ id: (e.orgs as string[])[0], relId: e.relation }]);
  },
  async 'q-07'(e) {
    const runners = await q<{ id: string }>(
      `MATCH (o:Organisation)-[r:RUNS]->(:Activity {id: 'act-een'})
       WHERE coalesce(r.validFrom, 0) <= $year AND coalesce(r.validTo, 9999) >= $year RETURN o.id AS id`,
      { year: 2022 },
    );
    expect(ids(runners)).toEqual(sorted(e.orgs));
    const [kvk] = await q<{ stopped: string; validTo: number }>(
      `MATCH (:Organisation {id: 'kvk'})-[r:RUNS {owner: true}]->(a:Activity {id: 'act-een'}) RETURN a.stopped AS stopped, r.validTo AS validTo`,
    );
    expect(kvk).toEqual({ stopped: e.kvk_stopped, validTo: 2021 });
  },
  async 'q-08'(e) {
    const rows = await q<{ key: string; aliases: string[] }>(
      `MATCH (k:Region {level: 'KVK_REGION'}) WHERE k.searchKey CONTAINS '|kvk-west|'
       MATCH (p:Region {level: 'PROVINCE'})-[:PART_OF]->(k)
       RETURN p.searchKey AS key, k.aliases AS aliases`,
    );
    const expected = e.provinces as string[];
    expect(rows).toHaveLength(expected.length);
    for (const slug of expected)
      expect(
        rows.some((r) => r.key.includes(`|${slug}|`)),
        slug,
      ).toBe(true);
    expect(rows[0]!.aliases).toContain(e.alias);
  },
  async 'q-09'(e) {
    const rows = await q<{ kvk: string[]; other: string }>(
      `MATCH (p:Region {id: $province})-[:PART_OF]->(k:Region {level: 'KVK_REGION'})<-[:PART_OF]-(o:Region {level: 'PROVINCE'})
       WHERE o <> p RETURN k.aliases AS kvk, o.id AS other`,
      { province: await province('noord-brabant') },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.kvk).toContain(e.kvk_region);
    expect(rows[0]!.other).toBe(await province((e.other_provinces as string[])[0]!));
  },
  ...Object.fromEntries(
    (
      [
        ['q-10', 'AddVentured'],
        ['q-11', 'Dag van de Innovatie'],
        ['q-12', 'Bruisende Binnensteden'],
      ] as const
    ).map(([id, name]) => [
      id,
      async (e: Record<string, unknown>) => {
        const rows = await q<{ to: string; year: number }>(
          `MATCH (a:Activity)-[r:RENAMED_TO]->(b:Activity) WHERE a.searchKey CONTAINS $name RETURN b.id AS to, r.year AS year`,
          { name: name.toLowerCase() },
        );
        expect(rows).toEqual([{ to: e.activity, year: e.year }]);
      },
    ]),
  ),
  async 'q-13'(e) {
    const rows = await q<{ id: string; stopped: string }>(
      `MATCH (a:Activity) WHERE a.stoppedYear = $year AND NOT 'stopped' IN a.inferredFields RETURN a.id AS id, a.stopped AS stopped`,
      { year: 2022 },
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.stopped]))).toEqual(e.activities);
  },
  async 'q-14'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (:Organisation {id: 'kvk'})-[:RUNS]->(a:Activity {startedYear: $year}) RETURN a.id AS id`,
      { year: 2018 },
    );
    expect(ids(rows)).toEqual(sorted(e.activities));
  },
  async 'q-15'(e) {
    const rows = await q<{ id: string }>(`MATCH (a:Activity {stoppedYear: $year}) RETURN a.id AS id`, { year: 2017 });
    expect(ids(rows)).toEqual(sorted(e.activities));
  },
  async 'q-16'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (:Organisation {id: 'kvk'})-[:RUNS]->(a:Activity {kind: 'activity', kpiStatus: 'none'}) RETURN a.id AS id`,
    );
    expect(ids(rows)).toEqual(sorted(e.activities));
  },
  async 'q-17'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (i:Activity)-[:PART_OF_ACTIVITY]->(:Activity {id: 'act-regionale-opvolging-innovatie-top-100'})
       MATCH (i)-[:OCCURS_IN]->(:Region {id: $province})
       MATCH (o:Organisation)-[:PARTNER_IN]->(i) RETURN o.id AS id`,
      { province: await province('noord-brabant') },
    );
    expect(ids(rows)).toEqual(sorted(e.orgs));
  },
  async 'q-18'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (o:Organisation {type: 'municipality'})-[:PARTNER_IN]->(:Activity)-[:PART_OF_ACTIVITY*0..1]->(:Activity {id: 'act-regionale-business-challenge'})
       RETURN DISTINCT o.id AS id`,
    );
    expect(ids(rows)).toEqual(sorted(e.orgs));
    const rel = await q<{ id: string }>(
      `MATCH (:Organisation {id: 'kvk'})-[:COLLABORATES_WITH {activityId: 'act-regionale-business-challenge'}]->(o:Organisation {type: 'municipality'}) RETURN o.id AS id`,
    );
    expect(ids(rel)).toEqual(sorted(e.orgs));
  },
  async 'q-19'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (:Organisation {id: 'kvk'})-[:COLLABORATES_WITH {status: 'planned'}]->(o:Organisation {type: 'municipality'})
       WHERE EXISTS { (o)-[:COVERS]->(:Region)-[:PART_OF*]->(:Region {id: $province}) }
       RETURN DISTINCT o.id AS id`,
      { province: await province('noord-brabant') },
    );
    expect(ids(rows)).toEqual(sorted(e.orgs));
  },
  async 'q-20'(e) {
    const rows = await q<{ id: string; groups: string[]; fn: string }>(
      `MATCH (r:RoleRule {kind: 'role-rule'})-[:APPLIES_TO]->(:Organisation {id: 'kvk'})
       MATCH (r)-[:FOR]->(t:TargetGroup) RETURN r.id AS id, collect(t.id) AS groups, r.function AS fn`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(e.rule);
    expect(sorted(rows[0]!.groups)).toEqual(sorted(e.target_groups));
    expect(rows[0]!.fn).toMatch(new RegExp(`^${e.function as string}`));
  },
  async 'q-21'(e) {
    const rows = await q<{ id: string; actorType: string }>(
      `MATCH (r:RoleRule)-[:FOR]->(:TargetGroup {id: 'breed-mkb'}) RETURN r.id AS id, r.actorType AS actorType`,
    );
    expect(rows).toEqual([{ id: e.rule, actorType: e.org_type }]);
  },
  async 'q-22'(e) {
    const rows = await q<{ id: string; actorType: string }>(
      `MATCH (r:RoleRule) WHERE EXISTS { (r)-[:FOR]->(:TargetGroup {id: 'startup'}) } AND EXISTS { (r)-[:FOR]->(:TargetGroup {id: 'scaleup'}) }
       RETURN r.id AS id, r.actorType AS actorType`,
    );
    expect(rows).toEqual([{ id: e.rule, actorType: e.org_type }]);
  },
  async 'q-23'(e) {
    const rows = await q<{ id: string; themes: string[] }>(
      `MATCH (r:RoleRule {actorType: $type}) RETURN r.id AS id, r.themes AS themes`,
      { type: e.org_type },
    );
    expect(rows).toEqual([{ id: e.rule, themes: e.themes }]);
  },
  async 'q-24'() {
    const [row] = await q<{ steers: boolean; agency: boolean; funds: boolean; kvk: string; rvo: string; roms: string }>(
      `MATCH (ezk:Organisation {id: 'ezk'}), (kvk:Organisation {id: 'kvk'}), (rvo:Organisation {id: 'rvo'}), (roms:Organisation {id: 'group-roms'})
       RETURN EXISTS { (ezk)-[:STEERS]->(kvk) } AS steers, EXISTS { (ezk)-[:HAS_AGENCY]->(rvo) } AS agency,
              EXISTS { (ezk)-[:FUNDS]->(roms) } AS funds, kvk.legalStatus AS kvk, rvo.legalStatus AS rvo, roms.description AS roms`,
    );
    expect(row).toMatchObject({ steers: true, agency: true, funds: true });
    expect(row!.kvk).toMatch(/ZBO/);
    expect(row!.rvo).toMatch(/agentschap/);
    expect(row!.roms).toMatch(/Uitvoeringsorganisaties van Rijk en provincies/);
  },
  async 'q-25'(e) {
    // Ambiguous: one unit under three names. All names must be there, and the node marked with the ambiguity.
    const rows = await q<{ id: string; aliases: string[]; ambiguity: string }>(
      `MATCH (u:Organisation {type: 'ministry-unit'})-[r:STEERS]->(:Organisation {id: 'kvk'})
       WHERE r.subject CONTAINS 'coördinerend' RETURN u.id AS id, u.aliases AS aliases, u.ambiguity AS ambiguity`,
    );
    expect(ids(rows)).toEqual(sorted(e.orgs));
    expect(rows[0]!.ambiguity).toBe('ezk-directorate-name');
    expect(rows[0]!.aliases.join(' ')).toMatch(/Ondernemerschap/);
    expect(rows[0]!.aliases.join(' ')).toMatch(/Ondernemersklimaat/);
  },
  async 'q-26'(e) {
    expect(await budget('regiostimulering', 2017, 'begroting')).toBe(e['2017']);
    expect(await budget('regiostimulering', 2021, 'begroting')).toBe(e['2021']);
  },
  async 'q-27'(e) {
    expect(await budget('innovatiestimulering', 2021, 'werkelijk')).toBe(e.werkelijk);
    expect(await budget('innovatiestimulering', 2021, 'begroting')).toBe(e.begroting);
  },
  async 'q-28'(e) {
    const rows = await q<{ year: number; werkelijk: number; begroting: number }>(
      `MATCH (w:BudgetRow {task: 'regiostimulering', kind: 'werkelijk'}), (b:BudgetRow {task: 'regiostimulering', kind: 'begroting'})
       WHERE w.year = b.year AND w.total > b.total RETURN w.year AS year, w.total AS werkelijk, b.total AS begroting`,
    );
    expect(rows).toEqual([{ year: e.year, werkelijk: e.werkelijk, begroting: e.begroting }]);
  },
  async 'q-29'(e) {
    const rows = await figure(`f.unit = 'visitors'`, {});
    expect(rows.map((r) => [r.year, r.value, r.qualifier])).toEqual([
      [2017, e['2017'], null],
      [2022, Number(String(e['2022']).replace('>', '')), 'meer dan'],
    ]);
  },
  async 'q-30'(e) {
    const rows = await figure(`f.unit = 'NPS'`, {});
    expect(rows.map((r) => [r.year, r.value])).toEqual([
      [2018, e['2018']],
      [2022, e['2022']],
    ]);
  },
  async 'q-31'(e) {
    const rows = await figure(`f.unit = 'users' AND f.year = $year`, { year: 2021 });
    expect(Object.fromEntries(rows.map((r) => [r.kind, r.value]))).toEqual({ actual: e.actual, target: e.planned });
  },
  async 'q-32'(e) {
    const rows = await figure(`f.unit = 'sessions' AND f.label CONTAINS 'Regiodatatool'`, {});
    expect(Object.fromEntries(rows.map((r) => [r.period, r.value]))).toEqual({
      '2022-01..2022-05': e['2022_jan_may'],
      '2023-01..2023-05': e['2023_jan_may'],
    });
  },
  async 'q-33'(e) {
    const rows = await figure(`f.unit = 'civil servants'`, {});
    expect(rows.map((r) => r.value)).toEqual([e['2021'], e['2022'], e['2023_to_may']]);
    expect(rows[2]!.period).toBe('2023-01..2023-05');
  },
  async 'q-34'(e) {
    const rows = await figure(`f.unit = 'stakeholders' AND f.year = $year`, { year: 2021 });
    expect(rows.map((r) => [r.value, r.target])).toEqual([[e.actual, e.planned]]);
  },
  async 'q-35'(e) {
    const scans = await figure(`f.unit = 'digiscans'`, {});
    const subsidy = await figure(`f.unit = 'EUR' AND f.label CONTAINS 'digiscans'`, {});
    expect([scans.map((r) => r.value), subsidy.map((r) => r.value)]).toEqual([[e.digiscans], [e.subsidy_eur]]);
  },
  async 'q-36'(e) {
    const rows = await figure(`f.unit = 'companies' AND f.year = $year`, { year: 2018 });
    expect(rows.map((r) => [r.value, r.approx])).toEqual([[e.value, e.approx]]);
  },
  async 'q-37'(e) {
    const rows = await q<{ id: string; count: number }>(
      `MATCH (o:Organisation {type: 'umbrella'})-[:COVERS]->(r:Region) WHERE r.searchKey CONTAINS '|twente|'
       RETURN o.id AS id, o.umbrellaCountApprox AS count`,
    );
    expect(rows).toEqual([{ id: (e.orgs as string[])[0], count: e.count_approx }]);
  },
  async 'q-38'(e) {
    const rows = await q<{ id: string; key: string }>(
      `MATCH (o:Organisation {type: 'rom-subregional'})-[:COVERS]->(r:Region) RETURN o.id AS id, r.searchKey AS key`,
    );
    expect(rows).toHaveLength(Object.keys(e).length);
    for (const [sub, org] of Object.entries(e)) expect(rows.find((r) => r.key.includes(`|${sub}|`))?.id, sub).toBe(org);
  },
  async 'q-39'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (f:Factsheet)-[:ABOUT]->(:Region {id: $province}) MATCH (f)-[:LISTS_PARTY]->(o:Organisation)
       WHERE o.canvasLiteral = ['startup'] RETURN o.id AS id`,
      { province: await province('noord-brabant') },
    );
    expect(ids(rows)).toEqual(sorted(e.orgs));
  },
  async 'q-40'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (o:Organisation)-[:TOOK_OVER]->(a:Activity) WHERE a.searchKey CONTAINS '|regioraden|' RETURN o.id AS id`,
    );
    expect(ids(rows)).toEqual(sorted(e.orgs));
  },
  async 'q-41'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (:Organisation {id: 'kvk'})-[r:COLLABORATES_WITH]->(o:Organisation {type: 'province'})
       WHERE toLower(r.subject) CONTAINS 'per kwartaal' RETURN o.id AS id`,
    );
    expect(ids(rows)).toEqual(sorted(e.orgs));
  },
  async 'q-42'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (:Organisation {id: 'kvk'})-[r:COLLABORATES_WITH {status: 'pilot'}]->(o:Organisation)
       WHERE any(s IN r.sources WHERE s STARTS WITH $section) RETURN o.id AS id`,
      { section: '§6.4.1' },
    );
    expect(ids(rows)).toEqual(sorted(e.orgs));
  },
  async 'q-43'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (:Organisation {id: 'kvk'})-[:CONSULTS]->(o:Organisation) RETURN o.id AS id`,
    );
    expect(ids(rows)).toEqual(sorted(e.orgs));
  },
  async 'q-44'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (:Organisation {id: 'oost-nl'})-[c:COVERS {provenance: 'report'}]->(r:Region {level: 'PROVINCE'}) RETURN r.id AS id`,
    );
    expect(ids(rows)).toEqual((await Promise.all((e.provinces as string[]).map(province))).sort());
  },
  async 'q-45'(e) {
    // Ambiguous: both readings of the Overijssel canvas must be present, each marked with its reading.
    const rows = await whoServes(await province('overijssel'), 'breed-mkb');
    const reading = (name: string) =>
      ids(rows.filter((r) => r.ambiguity === 'overijssel-canvas' && r.reading === name));
    expect(reading('canvas-literal')).toEqual(sorted(e.canvas_literal));
    expect(reading('prose')).toEqual(sorted(e.prose));
    expect(rows.filter((r) => r.ambiguity !== 'overijssel-canvas')).toEqual([]);
    const [structure] = await q<{ lines: string[]; members: number }>(
      `MATCH (m:Organisation {id: $id}) RETURN m.lines AS lines, COUNT { (:Organisation)-[:MEMBER_OF]->(m) } AS members`,
      { id: e.structure },
    );
    expect(structure).toEqual({ lines: ['eerstelijns', 'tweedelijns'], members: 3 });
  },
  async 'q-46'(e) {
    const rows = await whoServes(await province('zuid-holland'), 'breed-mkb');
    expect(rows.filter((r) => ['primary', 'secondary'].includes(r.role)).map((r) => r.id)).toEqual(e.orgs_regional);
    expect((await serve('kvk', 'breed-mkb'))[0]?.mode).toMatch(/voorlichting only/);
  },
  async 'q-47'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (:Organisation {id: 'kvk'})-[:SERVES {role: 'not-served'}]->(t:TargetGroup) RETURN t.id AS id`,
    );
    expect(ids(rows)).toEqual(sorted(e.target_groups));
    // For the larger mkb the KVK plan said otherwise: both readings are kept.
    const grootMkb = await serve('kvk', 'groot-mkb');
    expect(grootMkb.map((s) => [s.reading, s.role]).sort()).toEqual([
      ['kvk-plan-2018', 'secondary'],
      ['stakeholders', 'not-served'],
    ]);
  },
  async 'q-48'(e) {
    const rows = await q<{ task: string; groups: string[] }>(
      `MATCH (a:Activity {id: 'act-addventured'})-[f:FOR {year: 2017}]->(t:TargetGroup) RETURN a.task2017 AS task, collect(t.id) AS groups`,
    );
    expect(rows).toEqual([{ task: `${e.task as string}stimulering`, groups: e.target_groups }]);
  },
  async 'q-49'(e) {
    const rows = await q<{ id: string }>(
      `MATCH (f:Factsheet)-[:ABOUT]->(:Region {id: $province}) MATCH (f)-[:LISTS_ACTIVITY {section: 'kvk-activities'}]->(a:Activity) RETURN a.id AS id`,
      { province: await province('utrecht') },
    );
    expect(ids(rows)).toEqual(sorted(e.activities));
  },
  async 'q-50'(e) {
    const rows = await q<{ id: string }>(`MATCH (a:Activity {programme20192021: true}) RETURN a.id AS id`);
    expect(ids(rows)).toEqual(sorted(e.activities));
  },
};

describe('the oracles of the fact base', () => {
  it('has a Cypher check for every oracle, the ambiguous ones included', () => {
    expect(oracles).toHaveLength(50);
    expect(Object.keys(checks).sort()).toEqual(oracles.map((o) => o.id).sort());
  });

  it.each(oracles.map((o) => [o.id, o.kind, o.question, o] as const))(
    'answers %s (%s): %s',
    async (id, _kind, _question, oracle) => {
      await checks[id]!(oracle.expected);
    },
  );
});
