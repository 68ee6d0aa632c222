import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT_DIR } from '../../server/config.ts';
import { gql } from '../helpers/graphql.ts';

// The oracles of the fact base (test/fixtures/oracles.yaml) answered through the GraphQL API over HTTP, the way a
// client would ask them: whoServes for "who serves X in Y", coverage for the matrix, organisation(id) for facts
// about one organisation, region(id) for geography, conformance for the recommended role split, referralPaths for
// referrals. seed-oracles.int.test.ts answers the same oracles with Cypher; this file checks that the API does.
// Ambiguous oracles assert that every reading is there with its provenance marker. Oracles the API cannot express
// are listed in NOT_IN_API with the reason, and a test keeps answered + NOT_IN_API equal to all oracle ids.

interface Oracle {
  id: string;
  kind: 'lookup' | 'list' | 'numeric' | 'negative' | 'ambiguous';
  question: string;
  expected: Record<string, unknown>;
  sources: string[];
}
type Expected = Record<string, unknown>;

const oracles = (
  parse(readFileSync(path.join(ROOT_DIR, 'test/fixtures/oracles.yaml'), 'utf8')) as { oracles: Oracle[] }
).oracles;

/** Oracles the current API cannot answer, with the reason; keep this list as short as the API allows. */
const NOT_IN_API: Readonly<Record<string, string>> = {};

/** Oracles about the report's figures, answered in report-figures.int.test.ts. */
const IN_REPORT_FIGURES_TEST = ['q-16', 'q-26', 'q-27', 'q-28', 'q-29', 'q-30', 'q-31', 'q-32', 'q-33', 'q-34'];

// ---------------------------------------------------------------------------------------------------------------
// Talking to the API

/** Posts a query and returns its data, failing the test on any GraphQL error. */
async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.status).toBe(200);
  return result.data!;
}

type Role = 'PRIMARY' | 'SECONDARY' | 'DEVELOPING' | 'UNSPECIFIED' | 'NOT_SERVED';
interface Marker {
  kind: string;
  note: string | null;
  ambiguity: string | null;
  reading: string | null;
  sources: { citation: string; section: string | null; lineFrom: number | null; lineTo: number | null }[];
}
const MARKER = 'provenance { kind note ambiguity reading sources { citation section lineFrom lineTo } }';

interface Match {
  organisation: { id: string; type: string; scale: string | null };
  role: Role;
  lines: string[];
  specificity: string;
  partial: boolean;
  coveredVia: { id: string };
  explanation: string;
  provenance: Marker;
}

/** whoServes(targetGroup, region): every provider covering the region, national ones included. */
async function whoServes(targetGroup: string, region: string): Promise<Match[]> {
  const data = await ask<{ whoServes: Match[] }>(
    `query($targetGroup: ID!, $region: ID!) {
      whoServes(targetGroup: $targetGroup, region: $region) {
        organisation { id type scale } role lines specificity partial coveredVia { id } explanation ${MARKER}
      }
    }`,
    { targetGroup, region },
  );
  return data.whoServes;
}

interface Relation {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  status: string | null;
  subject: string | null;
  provenance: Marker;
}
interface Serving {
  targetGroup: { id: string };
  role: Role;
  lines: string[];
  mode: string | null;
  provenance: Marker;
}
interface Organisation {
  id: string;
  name: string;
  type: string;
  scale: string | null;
  aliases: string[];
  lines: string[];
  description: string | null;
  coverage: { region: { id: string; level: string }; partial: boolean; provenance: Marker }[];
  serves: Serving[];
  referralsOut: { id: string; to: { id: string }; kind: string; status: string; subject: string | null }[];
  relations: Relation[];
  provenance: Marker;
}
const ORGANISATION_FIELDS = `
  id name type scale aliases lines description
  coverage { region { id level } partial ${MARKER} }
  serves { targetGroup { id } role lines mode ${MARKER} }
  referralsOut { id to { id } kind status subject }
  relations { id type fromId toId status subject ${MARKER} }
  ${MARKER}`;

/** organisation(id) with everything but its services; fails when the organisation is unknown. */
async function organisation(id: string): Promise<Organisation> {
  const data = await ask<{ organisation: Organisation | null }>(
    `query($id: ID!) { organisation(id: $id) { ${ORGANISATION_FIELDS} } }`,
    { id },
  );
  expect(data.organisation, `organisation ${id}`).not.toBeNull();
  return data.organisation!;
}

interface Service {
  id: string;
  name: string;
  kind: string | null;
  statutoryTasks: string[];
  kpis: string[];
  targetGroups: string[];
  validFrom: number | null;
  validTo: number | null;
  status: string | null;
  renamedTo: { id: string; name: string; year: number | null } | null;
  provenance: Marker;
}

/** organisation(id) { services(asOf) }: the services it runs, those of one year when asOf is given. */
async function services(id: string, asOf: number | null = null): Promise<Service[]> {
  const data = await ask<{ organisation: { services: Service[] } | null }>(
    `query($id: ID!, $asOf: Int) {
      organisation(id: $id) {
        services(asOf: $asOf) {
          id name kind statutoryTasks kpis targetGroups validFrom validTo status renamedTo { id name year } ${MARKER}
        }
      }
    }`,
    { id, asOf },
  );
  expect(data.organisation, `organisation ${id}`).not.toBeNull();
  return data.organisation!.services;
}

/** Every organisation matching a filter, through all pages, with the given fields. */
async function allOrganisations<T extends { id: string }>(
  fields: string,
  filter: Record<string, unknown> = {},
): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { organisations: { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
      await ask(
        `query($filter: OrganisationFilter, $after: String) {
          organisations(filter: $filter, first: 100, after: $after) {
            edges { node { id ${fields} } } pageInfo { hasNextPage endCursor }
          }
        }`,
        { filter, after },
      );
    out.push(...data.organisations.edges.map((e) => e.node));
    if (!data.organisations.pageInfo.hasNextPage) return out;
    after = data.organisations.pageInfo.endCursor;
  }
}

interface Cell {
  region: string;
  targetGroup: string;
  status: string;
  providerIds: string[];
}

/** The coverage cell of one province and target group. */
async function provinceCell(province: string, targetGroup: string): Promise<Cell> {
  const data = await ask<{ coverage: { cells: Cell[] } }>(
    `query($targetGroups: [ID!]) {
      coverage(level: PROVINCE, targetGroups: $targetGroups) { cells { region targetGroup status providerIds } }
    }`,
    { targetGroups: [targetGroup] },
  );
  const cell = data.coverage.cells.find((c) => c.region === province && c.targetGroup === targetGroup);
  expect(cell, `${province} × ${targetGroup}`).toBeDefined();
  return cell!;
}

interface RegionInfo {
  id: string;
  name: string;
  level: string;
  aliases: string[];
  ancestors: { id: string; level: string; aliases: string[]; children: { id: string; level: string }[] }[];
  children: { id: string; level: string }[];
}

/** region(id) with its aliases, ancestors (and their children) and children. */
async function region(id: string): Promise<RegionInfo> {
  const data = await ask<{ region: RegionInfo | null }>(
    `query($id: ID!) {
      region(id: $id) {
        id name level aliases ancestors { id level aliases children { id level } } children { id level }
      }
    }`,
    { id },
  );
  expect(data.region, `region ${id}`).not.toBeNull();
  return data.region!;
}

/** The province a facts slug (`fryslan`, `utrecht`) names: the one province the region search finds. */
async function provinceId(slug: string): Promise<string> {
  const data = await ask<{ regions: { id: string }[] }>(
    'query($search: String) { regions(level: PROVINCE, search: $search) { id } }',
    { search: slug },
  );
  expect(data.regions, `province ${slug}`).toHaveLength(1);
  return data.regions[0]!.id;
}

interface Deviation {
  organisation: { id: string; type: string };
  rule: string;
  expected: string;
  actual: string;
  severity: string;
}
async function conformance(): Promise<Deviation[]> {
  const data = await ask<{ conformance: Deviation[] }>(
    '{ conformance { organisation { id type } rule expected actual severity } }',
  );
  return data.conformance;
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

const strings = (v: unknown): string[] => v as string[];
const sorted = (v: unknown): string[] => [...strings(v)].sort();
const unique = (xs: readonly string[]): string[] => [...new Set(xs)].sort();
const orgIds = (ms: readonly Match[]): string[] => unique(ms.map((m) => m.organisation.id));
const national = (m: Match) => m.specificity === 'COUNTRY';
const served = (m: { role: Role }) => m.role === 'PRIMARY' || m.role === 'SECONDARY';
const citedIn = (p: Marker, section: string, from: number, to: number) =>
  p.sources.some(
    (s) => s.section === section && s.lineFrom !== null && s.lineTo !== null && s.lineFrom <= to && s.lineTo >= from,
  );
const sectionCited = (p: Marker, section: string) => p.sources.some((s) => s.section?.startsWith(section) === true);
/** Organisations that `from` has a relation of `type` to. */
const relatedTo = (o: Organisation, type: string, where: (r: Relation) => boolean = () => true) =>
  unique(o.relations.filter((r) => r.type === type && r.fromId === o.id && where(r)).map((r) => r.toId));
const servingOf = (o: Organisation, targetGroup: string) => o.serves.filter((s) => s.targetGroup.id === targetGroup);
/** The last year something stopped on `date` (YYYY-MM-DD) ran: the API has years, and a stop on 1 January ends the year before. */
const lastYear = (date: string) => Number(date.slice(0, 4)) - (date.endsWith('-01-01') ? 1 : 0);
const byName = (ss: readonly Service[], name: string) => {
  const found = ss.filter((s) => s.name.toLowerCase().includes(name.toLowerCase()));
  expect(
    found.map((s) => s.id),
    name,
  ).toHaveLength(1);
  return found[0]!;
};

// ---------------------------------------------------------------------------------------------------------------
// The oracles

const answered: string[] = [];
const oracleOf = (id: string): Oracle => {
  const oracle = oracles.find((o) => o.id === id);
  if (!oracle) throw new Error(`no oracle ${id} in oracles.yaml`);
  return oracle;
};
/** Registers the GraphQL answer to one oracle as a test. */
function answers(id: string, claim: string, check: (e: Expected, oracle: Oracle) => Promise<void>): void {
  answered.push(id);
  it(`answers ${id}: ${claim}`, () => check(oracleOf(id).expected, oracleOf(id)));
}

describe('the oracles of the fact base, through the GraphQL API', () => {
  it('answers every oracle through the API or names it in NOT_IN_API with a reason', () => {
    expect(oracles).toHaveLength(50);
    expect([...answered, ...Object.keys(NOT_IN_API), ...IN_REPORT_FIGURES_TEST].sort()).toEqual(
      oracles.map((o) => o.id).sort(),
    );
    for (const [id, reason] of Object.entries(NOT_IN_API)) expect(reason.length, id).toBeGreaterThan(20);
  });

  describe('who serves whom, where', () => {
    answers(
      'q-01',
      'YnBusiness and FOM serve breed mkb in Fryslân; KVK only informs, NOM is not among them',
      async (e) => {
        const fryslan = await provinceId('fryslan');
        const matches = await whoServes('breed-mkb', fryslan);
        const regional = matches.filter((m) => !national(m));
        expect(orgIds(regional.filter(served))).toEqual(sorted(e.orgs));
        // YnBusiness: first line, breed mkb its main target group.
        expect(regional.find((m) => m.organisation.id === 'ynbusiness')).toMatchObject({
          role: 'PRIMARY',
          lines: expect.arrayContaining(['eerstelijns']),
        });
        // KVK is listed, but only through its national coverage, and what it does for breed mkb is information.
        expect(matches.filter((m) => m.organisation.id === 'kvk').map((m) => m.specificity)).toEqual(['COUNTRY']);
        expect(servingOf(await organisation('kvk'), 'breed-mkb').map((s) => s.mode)).toEqual([
          expect.stringMatching(/^voorlichting only/),
        ]);
        // NOM is second line for the innovative mkb, not a provider for breed mkb.
        expect(orgIds(matches)).not.toContain('nom');
        const nom = (await whoServes('innovatief-mkb', fryslan)).find((m) => m.organisation.id === 'nom');
        expect(nom).toMatchObject({ role: 'PRIMARY', lines: ['tweedelijns'], specificity: 'PROVINCE' });
      },
    );

    answers(
      'q-02',
      'no recognised first line for breed mkb in Noord-Brabant; 4 sub-regional ROMs develop it, BOM coordinates',
      async (e) => {
        const brabant = await provinceId('noord-brabant');
        const regional = (await whoServes('breed-mkb', brabant)).filter((m) => !national(m));
        expect(regional.filter(served)).toEqual([]);
        const developing = orgIds(regional.filter((m) => m.role === 'DEVELOPING'));
        expect(developing.filter((id) => id !== e.coordinator)).toEqual(sorted(e.developing));
        const coordinator = await organisation(e.coordinator as string);
        expect(relatedTo(coordinator, 'COORDINATES')).toEqual(sorted(e.developing));
        expect((await provinceCell(brabant, 'breed-mkb')).status).toBe('DEVELOPING');
      },
    );

    answers(
      'q-04',
      'Utrecht has no regional first-line service for businesses since Syntens merged into KVK',
      async (e) => {
        const utrecht = await provinceId('utrecht');
        const active = await allOrganisations<{
          id: string;
          scale: string | null;
          lines: string[];
          serves: { lines: string[] }[];
        }>('scale lines serves { lines }', { region: utrecht, generic: false });
        const firstLine = active.filter(
          (o) =>
            o.scale !== 'national' &&
            [o.lines, ...o.serves.map((s) => s.lines)].some((ls) => ls.includes('eerstelijns')),
        );
        expect(firstLine.length > 0).toBe(e.answer);
        expect((await provinceCell(utrecht, 'breed-mkb')).status).toBe('GAP');
        const syntens = await organisation('syntens');
        expect(
          syntens.relations.filter((r) => r.type === 'MERGED_INTO' && r.toId === 'kvk').map((r) => r.status),
        ).toEqual(['past']);
        // Syntens served the regions until its function disappeared in 2014 (L1551); from 2015 it is gone.
        expect(syntens.coverage.map((c) => c.region.id)).toEqual(['NL']);
        const serving = async (asOf: number) =>
          (
            await ask<{ whoServes: { organisation: { id: string } }[] }>(
              'query($region: ID!, $asOf: Int) { whoServes(targetGroup: "breed-mkb", region: $region, asOf: $asOf) { organisation { id } } }',
              { region: utrecht, asOf },
            )
          ).whoServes.map((m) => m.organisation.id);
        expect(await serving(2014)).toContain('syntens');
        expect(await serving(2015)).not.toContain('syntens');
        expect((await organisation('provincie-utrecht')).description).toMatch(
          /geen regionale eerstelijnsdienstverlening/,
        );
      },
    );

    answers(
      'q-05',
      'ROM Utrecht Region serves start-ups and innovative mkb in Utrecht and was set up in 2020',
      async (e) => {
        const utrecht = await provinceId('utrecht');
        for (const targetGroup of ['startup', 'innovatief-mkb']) {
          const roms = (await whoServes(targetGroup, utrecht)).filter(
            (m) => m.organisation.type === 'rom' && m.role === 'PRIMARY' && !national(m),
          );
          expect(orgIds(roms), targetGroup).toEqual(sorted(e.orgs));
        }
        // The founding year is not a field of its own; the description says it.
        expect((await organisation(strings(e.orgs)[0]!)).description).toContain(`In ${String(e.founded)} opgezet`);
      },
    );

    answers('q-39', 'Braventure is the Noord-Brabant party that serves only start-ups', async (e) => {
      const brabant = await provinceId('noord-brabant');
      const parties = await allOrganisations<{
        id: string;
        scale: string | null;
        serves: { targetGroup: { id: string }; role: Role; provenance: Marker }[];
      }>(`scale serves { targetGroup { id } role ${MARKER} }`, { region: brabant, generic: false });
      const onlyStartups = parties.filter((o) => {
        const groups = unique(o.serves.filter((s) => s.role !== 'NOT_SERVED').map((s) => s.targetGroup.id));
        return o.scale !== 'national' && groups.length === 1 && groups[0] === 'startup';
      });
      expect(onlyStartups.map((o) => o.id)).toEqual(sorted(e.orgs));
      // …as the Noord-Brabant canvas says.
      expect(sectionCited(onlyStartups[0]!.serves[0]!.provenance, 'Bijlage 7 – Factsheet Noord-Brabant')).toBe(true);
    });

    answers('q-45', 'both readings of who serves breed mkb in Overijssel are there, each marked', async (e) => {
      const matches = await whoServes('breed-mkb', await provinceId('overijssel'));
      const regional = matches.filter((m) => !national(m));
      const reading = (name: string) =>
        orgIds(regional.filter((m) => m.provenance.ambiguity === 'overijssel-canvas' && m.provenance.reading === name));
      expect(reading('canvas-literal')).toEqual(sorted(e.canvas_literal));
      expect(reading('prose')).toEqual(sorted(e.prose));
      // No regional provider of breed mkb in Overijssel outside the two readings.
      expect(regional.filter((m) => m.provenance.ambiguity !== 'overijssel-canvas')).toEqual([]);
      // The middenstructuur as a whole gives first- and second-line services, with three members.
      const structure = await organisation(e.structure as string);
      expect(structure.lines).toEqual(['eerstelijns', 'tweedelijns']);
      expect(structure.relations.filter((r) => r.type === 'MEMBER_OF' && r.toId === structure.id)).toHaveLength(3);
    });

    answers('q-46', 'nobody regional serves breed mkb in Zuid-Holland; KVK gives information only', async (e) => {
      const zuidHolland = await provinceId('zuid-holland');
      const matches = await whoServes('breed-mkb', zuidHolland);
      expect(orgIds(matches.filter((m) => !national(m) && served(m)))).toEqual(sorted(e.orgs_regional));
      expect(matches.filter((m) => m.organisation.id === 'kvk').map((m) => m.specificity)).toEqual(['COUNTRY']);
      expect(servingOf(await organisation('kvk'), 'breed-mkb').map((s) => s.mode)).toEqual([
        expect.stringMatching(/^voorlichting only \(information, no tailored advice\)/),
      ]);
      expect(['COVERED', 'OVERLAP']).not.toContain((await provinceCell(zuidHolland, 'breed-mkb')).status);
    });

    answers(
      'q-47',
      'KVK does not serve start-ups, scale-ups and the larger mkb, with both readings for the larger mkb',
      async (e) => {
        const kvk = await organisation('kvk');
        expect(unique(kvk.serves.filter((s) => s.role === 'NOT_SERVED').map((s) => s.targetGroup.id))).toEqual(
          sorted(e.target_groups),
        );
        // KVK's 2018 plan said the larger mkb profits too: both readings are kept, each marked.
        expect(
          servingOf(kvk, 'groot-mkb')
            .map((s) => [s.provenance.ambiguity, s.provenance.reading, s.role])
            .sort(),
        ).toEqual([
          ['kvk-groot-mkb', 'kvk-plan-2018', 'SECONDARY'],
          ['kvk-groot-mkb', 'stakeholders', 'NOT_SERVED'],
        ]);
        // whoServes never lists KVK for start-ups or scale-ups.
        for (const targetGroup of ['startup', 'scaleup'])
          expect(orgIds(await whoServes(targetGroup, 'NL')), targetGroup).not.toContain('kvk');
      },
    );
  });

  describe('organisations and their relations', () => {
    answers(
      'q-03',
      'Kennispoort Regio Zwolle, Novel-T and Oost NL form the Overijssel middenstructuur, KVK does not',
      async (e) => {
        const structure = await organisation('middenstructuur-overijssel');
        const members = unique(
          structure.relations.filter((r) => r.type === 'MEMBER_OF' && r.toId === structure.id).map((r) => r.fromId),
        );
        expect(members).toEqual(sorted(e.orgs));
        expect(members.includes('kvk')).toBe(e.kvk_member);
        expect(structure.description).toMatch(/KVK maakt er geen onderdeel van uit/);
      },
    );

    answers('q-06', 'YnBusiness refers to NOM for second-line support and capital', async (e) => {
      const ynbusiness = await organisation('ynbusiness');
      expect(ynbusiness.referralsOut.map((r) => [r.id, r.to.id, r.status])).toEqual([
        [e.relation, strings(e.orgs)[0], 'active'],
      ]);
      expect(ynbusiness.referralsOut[0]!.subject).toMatch(/tweedelijns\/kapitaalverstrekker/);
      const paths = await ask<{ referralPaths: { to: { id: string }; length: number; operational: boolean }[] }>(
        `{ referralPaths(from: "ynbusiness", targetGroup: "innovatief-mkb", region: "fryslan") {
            to { id } length operational } }`,
      );
      expect(paths.referralPaths).toEqual([{ to: { id: strings(e.orgs)[0] }, length: 1, operational: true }]);
    });

    answers(
      'q-07',
      'the ROMs, and no longer KVK, run the Enterprise Europe Network since 1 January 2022',
      async (e) => {
        const een = byName(await services('kvk'), 'Enterprise Europe Network').id;
        const runners = await allOrganisations<{ id: string; services: { id: string }[] }>(
          'services(asOf: 2022) { id }',
        );
        expect(unique(runners.filter((o) => o.services.some((s) => s.id === een)).map((o) => o.id))).toEqual(
          sorted(e.orgs),
        );
        const roms = await organisation(strings(e.orgs)[0]!);
        expect(roms.relations.filter((r) => r.type === 'RUNS' && r.toId === een).map((r) => r.status)).toEqual([
          'active',
        ]);
        // KVK stopped on 1 January 2022: 2021 is its last year.
        const last = lastYear(String(e.kvk_stopped));
        expect((await services('kvk', last)).map((s) => s.id)).toContain(een);
        expect((await services('kvk', last + 1)).map((s) => s.id)).not.toContain(een);
      },
    );

    answers(
      'q-17',
      'KVK organised the regional Innovatie Top 100 in Noord-Brabant with the province, BOM and Rewin',
      async (e) => {
        const partners = relatedTo(
          await organisation('kvk'),
          'COLLABORATES_WITH',
          (r) =>
            /Innovatie Top 100/.test(r.subject ?? '') &&
            sectionCited(r.provenance, 'Bijlage 7 – Factsheet Noord-Brabant'),
        );
        expect(partners).toEqual(sorted(e.orgs));
      },
    );

    answers('q-18', 'KVK organised a regional Business Challenge with the municipality of Breda', async (e) => {
      const municipalities = (await allOrganisations('type', { types: ['municipality'] })).map((o) => o.id);
      const partners = relatedTo(
        await organisation('kvk'),
        'COLLABORATES_WITH',
        (r) => /Business Challenge/.test(r.subject ?? '') && municipalities.includes(r.toId),
      );
      expect(partners).toEqual(sorted(e.orgs));
    });

    answers('q-19', 'KVK is setting up cooperation with Breda, Eindhoven and Tilburg in Noord-Brabant', async (e) => {
      const brabant = await provinceId('noord-brabant');
      const municipalities = (await allOrganisations('type', { types: ['municipality'], region: brabant })).map(
        (o) => o.id,
      );
      const partners = relatedTo(
        await organisation('kvk'),
        'COLLABORATES_WITH',
        (r) => r.status === 'planned' && municipalities.includes(r.toId),
      );
      expect(partners).toEqual(sorted(e.orgs));
    });

    answers(
      'q-24',
      'EZK steers KVK as a ZBO by supervision and beleidsbrief, RVO as its agency, and funds the ROMs',
      async (e) => {
        const ezk = await organisation('ezk');
        const subjectOf = (type: string, to: string) =>
          ezk.relations.filter((r) => r.type === type && r.fromId === 'ezk' && r.toId === to).map((r) => r.subject);
        expect(subjectOf('STEERS', 'kvk')).toEqual([
          expect.stringMatching(/Toezicht.*\(KVK is ZBO\).*jaarlijkse beleidsbrief/),
        ]);
        expect(subjectOf('HAS_AGENCY', 'rvo')).toEqual([expect.stringContaining(`RVO is ${String(e.rvo)}`)]);
        expect(subjectOf('FUNDS', 'group-roms')).toEqual([
          expect.stringContaining("ROM's zijn uitvoeringsorganisaties van Rijk en provincies"),
        ]);
        expect((await organisation('kvk')).description).toMatch(/ZBO/);
        expect((await organisation('rvo')).description).toMatch(/agentschap van EZK/);
      },
    );

    answers(
      'q-25',
      "EZK's Directie Ondernemingsklimaat coordinates KVK, with all three names the report uses, marked",
      async (e) => {
        const kvk = await organisation('kvk');
        const principals = unique(
          kvk.relations
            .filter((r) => r.type === 'STEERS' && r.toId === 'kvk' && /coördinerend/.test(r.subject ?? ''))
            .map((r) => r.fromId),
        );
        expect(principals).toEqual(sorted(e.orgs));
        const unit = await organisation(principals[0]!);
        expect(unit.provenance.ambiguity).toBe('ezk-directorate-name');
        expect(unit.name).toMatch(/Ondernemingsklimaat/);
        expect(unit.aliases.join(' | ')).toMatch(/Ondernemerschap/);
        expect(unit.aliases.join(' | ')).toMatch(/Ondernemersklimaat/);
      },
    );

    answers('q-35', 'about €2.4 million of subsidy was requested after 2,000 digiscans', async (e) => {
      const nl = (n: number) => n.toLocaleString('nl-NL');
      const subjects = (await organisation('kvk')).relations
        .map((r) => r.subject ?? '')
        .filter((s) => /\d digiscans/.test(s));
      expect(subjects).toEqual([
        expect.stringContaining(
          `EUR ${nl((e.subsidy_eur as number) / 1e6)} mln na ${nl(e.digiscans as number)} digiscans`,
        ),
      ]);
    });

    answers('q-37', 'Ondernemend Twente is the umbrella in Twente for about 20 organisations', async (e) => {
      const twente = (await region('twente')).id;
      const umbrellas = await allOrganisations<{
        id: string;
        description: string | null;
        coverage: { region: { id: string } }[];
      }>('description coverage { region { id } }', { types: ['umbrella'], region: twente });
      const inTwente = umbrellas.filter((o) => o.coverage.some((c) => c.region.id === twente));
      expect(inTwente.map((o) => o.id)).toEqual(sorted(e.orgs));
      expect(inTwente[0]!.description).toContain(`ongeveer ${String(e.count_approx)} organisaties`);
    });

    answers(
      'q-38',
      'Rewin, Midpoint, AgriFood Capital and Brainport each cover one part of Noord-Brabant',
      async (e) => {
        const brabant = await region('noord-brabant');
        const roms = await allOrganisations<{ id: string; coverage: { region: { id: string } }[] }>(
          'coverage { region { id } }',
          { types: ['rom-subregional'] },
        );
        expect(roms).toHaveLength(Object.keys(e).length);
        for (const [part, rom] of Object.entries(e)) {
          const partId = (await region(part)).id;
          expect(
            brabant.children.map((c) => c.id),
            part,
          ).toContain(partId);
          expect(
            roms.filter((r) => r.coverage.some((c) => c.region.id === partId)).map((r) => r.id),
            part,
          ).toEqual([rom]);
        }
      },
    );

    answers('q-40', 'Economic Boards have partly taken over the role of the KVK regioraden', async (e) => {
      const regioraden = byName(await services('kvk'), 'regioraden').id;
      const all = await allOrganisations<{ id: string; relations: { type: string; fromId: string; toId: string }[] }>(
        'relations { type fromId toId }',
      );
      const tookOver = all.filter((o) =>
        o.relations.some((r) => r.type === 'TOOK_OVER' && r.fromId === o.id && r.toId === regioraden),
      );
      expect(tookOver.map((o) => o.id)).toEqual(sorted(e.orgs));
    });

    answers('q-41', 'KVK organises a quarterly regional meeting with the province of Utrecht', async (e) => {
      const provinces = (await allOrganisations('type', { types: ['province'] })).map((o) => o.id);
      const partners = relatedTo(
        await organisation('kvk'),
        'COLLABORATES_WITH',
        (r) => provinces.includes(r.toId) && /per kwartaal/i.test(r.subject ?? ''),
      );
      expect(partners).toEqual(sorted(e.orgs));
    });

    answers(
      'q-42',
      'work to improve the referral function via regional cooperation started in Utrecht and Zwolle',
      async (e) => {
        const pilots = relatedTo(
          await organisation('kvk'),
          'COLLABORATES_WITH',
          (r) => r.status === 'pilot' && sectionCited(r.provenance, '§6.4.1'),
        );
        expect(pilots).toEqual(sorted(e.orgs));
      },
    );

    answers('q-43', 'KVK consults Qredits and St. OKB when stopping or starting activities', async (e) => {
      expect(relatedTo(await organisation('kvk'), 'CONSULTS')).toEqual(sorted(e.orgs));
    });

    answers('q-44', 'the report has Oost NL cover Overijssel and Gelderland', async (e) => {
      const covered = (await organisation('oost-nl')).coverage
        .filter((c) => c.region.level === 'PROVINCE' && c.provenance.kind === 'REPORT')
        .map((c) => c.region.id);
      const expected = await Promise.all(strings(e.provinces).map(provinceId));
      expect(unique(covered)).toEqual(unique(expected));
    });
  });

  describe('geography', () => {
    answers(
      'q-08',
      'KVK region West holds Utrecht, Noord-Holland and Flevoland and is also called Regio Midden',
      async (e) => {
        const west = await region('kvk-west');
        expect(west.level).toBe('KVK_REGION');
        const provinces = await Promise.all(strings(e.provinces).map(provinceId));
        expect(unique(west.children.filter((c) => c.level === 'PROVINCE').map((c) => c.id))).toEqual(unique(provinces));
        expect(west.aliases).toContain(e.alias);
        expect((await region(e.alias as string)).id).toBe(west.id);
      },
    );

    answers('q-09', 'Noord-Brabant lies in KVK region Zuid, with Limburg', async (e) => {
      const brabant = await region('noord-brabant');
      const kvkRegions = brabant.ancestors.filter((a) => a.level === 'KVK_REGION');
      expect(kvkRegions).toHaveLength(1);
      expect(kvkRegions[0]!.aliases).toContain(e.kvk_region);
      const others = kvkRegions[0]!.children.filter((c) => c.level === 'PROVINCE' && c.id !== brabant.id);
      expect(others.map((c) => c.id)).toEqual(await Promise.all(strings(e.other_provinces).map(provinceId)));
    });
  });

  describe('KVK activities and their lifecycle', () => {
    for (const [id, name, claim] of [
      ['q-10', 'AddVentured', 'AddVentured became the KVK Business Challenge in 2018'],
      ['q-11', 'Dag van de Innovatie', "'Dag van de Innovatie' became the Innovatie Top 100 in 2017"],
      ['q-12', 'Bruisende Binnensteden', "'Bruisende Binnensteden' became the KVK Regiodatatool in 2019"],
    ] as const) {
      answers(id, claim, async (e) => {
        const renamed = byName(await services('kvk'), name);
        expect(renamed.renamedTo).toMatchObject({ id: e.activity, year: e.year });
      });
    }

    answers('q-13', 'EEN stopped on 1 January 2022, NL Groeit and InmanCAP on 1 July 2022', async (e) => {
      const running = async (year: number) => new Set((await services('kvk', year)).map((s) => s.id));
      const [in2021, in2022, in2023] = await Promise.all([running(2021), running(2022), running(2023)]);
      const inYear: Record<number, Set<string>> = { 2021: in2021, 2022: in2022, 2023: in2023 };
      // Whatever else KVK stops then (running in 2021 or 2022, not in 2023) is marked as the map's assumption.
      const all = await services('kvk');
      const stoppedThen = all.filter((s) => (in2021.has(s.id) || in2022.has(s.id)) && !in2023.has(s.id));
      const extra = stoppedThen.filter((s) => !Object.keys(e.activities as object).includes(s.id));
      for (const s of extra)
        expect(s.provenance.kind === 'INFERRED' || /assum/i.test(s.provenance.note ?? ''), s.id).toBe(true);
      for (const [activity, date] of Object.entries(e.activities as Record<string, string>)) {
        const last = lastYear(date);
        expect(inYear[last]?.has(activity), `${activity} runs in ${last}`).toBe(true);
        expect(inYear[last + 1]?.has(activity), `${activity} has stopped after ${last}`).toBe(false);
      }
    });

    answers(
      'q-14',
      'Krachtmeting, Bedrijventeller, Locatiescan, NL Groeit and StartupBox started in 2018',
      async (e) => {
        const all = await services('kvk');
        // A service that begins in 2018 because an older one was renamed to it did not start then; nor did one
        // whose first year is that of the activity it follows up (the note says where its years come from).
        const renamings = new Set(all.flatMap((s) => (s.renamedTo ? [s.renamedTo.id] : [])));
        const inherited = (s: Service) => /Years from .* \(act-[a-z0-9-]+\)/.test(s.provenance.note ?? '');
        const started = all
          .filter((s) => s.validFrom === 2018 && !renamings.has(s.id) && !inherited(s))
          .map((s) => s.id);
        expect(unique(started)).toEqual(sorted(e.activities));
      },
    );

    answers('q-15', 'Start2Import, Global Bizz App and the MKB Ondernemerscongres stopped in 2017', async (e) => {
      const stopped = (await services('kvk')).filter((s) => s.status === 'stopped' && s.validTo === 2017);
      expect(unique(stopped.map((s) => s.id))).toEqual(sorted(e.activities));
    });

    answers('q-48', 'AddVentured was an innovatiestimulering activity for the larger mkb in 2017', async (e) => {
      const addventured = byName(await services('kvk', 2017), 'AddVentured');
      expect(addventured.statutoryTasks).toEqual([`${String(e.task)}stimulering`]);
      expect([...addventured.targetGroups].sort()).toEqual(sorted(e.target_groups));
    });

    answers(
      'q-49',
      'the Utrecht factsheet lists cooperation with municipalities, the regional Top 100 and the Speakersacademie',
      async (e, oracle) => {
        const [, section, from, to] = /^(.*) \[L(\d+)-(\d+)\]$/.exec(oracle.sources[0]!)!;
        const all = await services('kvk');
        const listed = all.filter((s) => citedIn(s.provenance, section!, Number(from), Number(to)));
        // The factsheet lists Utrecht instances of national activities; the API has no link from an instance to its
        // activity, so the instance id (`<activity>--<region>`) stands for it.
        const activities = listed.map((s) => (s.kind === 'regional-instance' ? s.id.split('--')[0]! : s.id));
        for (const a of activities) expect(all.map((s) => s.id)).toContain(a);
        expect(unique(activities)).toEqual(sorted(e.activities));
      },
    );

    answers(
      'q-50',
      'KVK planned Digitalisering mkb, Business Challenge, Innovatie Top 100, NL Groeit and EEN for 2019-2021',
      async (e, oracle) => {
        const [, section, line] = /^(.*) \[L(\d+)\]$/.exec(oracle.sources[0]!)!;
        const planned = (await services('kvk')).filter((s) =>
          citedIn(s.provenance, section!, Number(line), Number(line)),
        );
        expect(unique(planned.map((s) => s.id))).toEqual(sorted(e.activities));
      },
    );
  });

  describe('the recommended role split', () => {
    answers('q-20', 'the role split has KVK serve starters and micro-mkb (rule im-01)', async (e) => {
      const rules = (await conformance()).filter((d) => d.organisation.id === 'kvk' && d.rule === e.rule);
      const groups = unique(rules.flatMap((d) => /^main target groups (.+)$/.exec(d.expected)?.[1]?.split(', ') ?? []));
      expect(groups).toEqual(sorted(e.target_groups));
      // The rule's function (voorlichting) is not exposed: conformance shows rules only through deviations.
    });

    answers(
      'q-21',
      'the role split has regional executing organisations serve the broad mkb (rule im-03)',
      async (e) => {
        const deviations = (await conformance()).filter((d) => d.expected === 'main target groups breed-mkb');
        expect(unique(deviations.map((d) => d.rule))).toEqual([e.rule]);
        expect(unique(deviations.map((d) => d.organisation.type))).toEqual([e.org_type]);
      },
    );

    answers('q-22', 'the role split has the ROMs serve start-ups, scale-ups and innovation (rule im-02)', async (e) => {
      const deviations = (await conformance()).filter((d) =>
        /^serves startup, scaleup, innovatief-mkb$/.test(d.expected),
      );
      expect(unique(deviations.map((d) => d.rule))).toEqual([e.rule]);
      const types = unique(deviations.map((d) => d.organisation.type));
      expect(types).toContain(e.org_type);
      // Sub-regional ROMs are ROMs in the report's words.
      expect(types.filter((t) => t !== e.org_type)).toEqual(['rom-subregional']);
    });

    answers(
      'q-23',
      'the role split gives municipalities practical questions such as vestiging (rule im-04)',
      async (e) => {
        const data = await ask<{
          roleRules: { id: string; actorType: string; themes: string[]; function: string | null }[];
        }>('{ roleRules { id actorType themes function } }');
        const rule = data.roleRules.find((r) => r.id === e.rule);
        expect(rule?.actorType).toBe(e.org_type);
        expect(rule?.themes).toEqual(e.themes);
        expect(rule?.function).toMatch(/vestiging/);
      },
    );
  });

  describe('target groups', () => {
    answers('q-36', 'there were about 320,000 micro-mkb companies in the Netherlands in 2018', async (e) => {
      const data = await ask<{ targetGroups: { id: string; description: string | null }[] }>(
        '{ targetGroups { id description } }',
      );
      const micro = data.targetGroups.find((t) => t.id === 'micro-mkb');
      expect(e.approx).toBe(true);
      expect(micro?.description).toContain(`ca. ${(e.value as number).toLocaleString('nl-NL')} in Nederland in 2018`);
    });
  });
});
