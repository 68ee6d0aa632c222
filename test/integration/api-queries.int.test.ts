import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.ts';
import { seedCounts } from '../helpers/seed-counts.ts';

interface Match {
  organisation: { id: string };
  role: string;
  specificity: string;
  partial: boolean;
  coveredVia: { id: string };
  explanation: string;
  provenance: { ambiguity: string | null; reading: string | null; sources: { citation: string }[] };
}

const WHO_SERVES = `query($tg: ID!, $region: ID!, $asOf: Int, $theme: ID, $phase: ID) {
  whoServes(targetGroup: $tg, region: $region, asOf: $asOf, theme: $theme, phase: $phase) {
    organisation { id } role specificity partial coveredVia { id } explanation
    provenance { ambiguity reading sources { citation } }
  }
}`;

async function whoServes(tg: string, region: string, extra: Record<string, unknown> = {}): Promise<Match[]> {
  const res = await gql<{ whoServes: Match[] }>(WHO_SERVES, { tg, region, ...extra });
  expect(res.errors).toBeUndefined();
  return res.data!.whoServes;
}

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe('whoServes', () => {
  it('lists YnBusiness and FOM as primary providers of breed mkb in Fryslân, with sources', async () => {
    const matches = await whoServes('breed-mkb', 'PV21');
    const yn = matches.find((m) => m.organisation.id === 'ynbusiness');
    expect(yn).toMatchObject({ role: 'PRIMARY', specificity: 'PROVINCE', partial: false, coveredVia: { id: 'PV21' } });
    expect(yn?.provenance.sources.length).toBeGreaterThan(0);
    expect(matches.map((m) => m.organisation.id)).toContain('fom');
  });

  it('inherits provincial and national providers down to a municipality (Leeuwarden)', async () => {
    const matches = await whoServes('breed-mkb', 'GM0080');
    const yn = matches.find((m) => m.organisation.id === 'ynbusiness');
    expect(yn?.coveredVia.id).toBe('PV21');
    expect(yn?.explanation).toContain('Leeuwarden');
    expect(matches.find((m) => m.organisation.id === 'kvk')?.specificity).toBe('COUNTRY');
  });

  it('sorts the most specific coverage first, national providers last', async () => {
    const matches = await whoServes('breed-mkb', 'GM0080');
    const ranks = ['MUNICIPALITY', 'COROP', 'AREA', 'PROVINCE', 'KVK_REGION', 'COUNTRY'];
    const order = matches.map((m) => ranks.indexOf(m.specificity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('finds a provider covering only part of a larger region, and says so', async () => {
    const matches = await whoServes('startup', 'PV23');
    const novelT = matches.find((m) => m.organisation.id === 'novel-t');
    expect(novelT?.partial).toBe(true);
    expect(novelT?.explanation).toMatch(/Twente \(CR12\), part of Overijssel/);
  });

  it('accepts names and aliases without regard to case and diacritics', async () => {
    for (const name of ['Friesland', 'fryslan', 'FRYSLÂN', 'pv21']) {
      const matches = await whoServes('breed-mkb', name);
      expect(matches.some((m) => m.organisation.id === 'ynbusiness')).toBe(true);
    }
  });

  it('shows both readings of the ambiguous Overijssel canvas for breed mkb', async () => {
    const matches = await whoServes('breed-mkb', 'Overijssel');
    const readings = matches
      .filter((m) => m.provenance.ambiguity === 'overijssel-canvas')
      .map((m) => `${m.organisation.id}:${m.provenance.reading}`)
      .sort();
    expect(readings).toEqual(['kennispoort-regio-zwolle:prose', 'novel-t:canvas-literal']);
  });

  it('marks developing providers of breed mkb in Noord-Brabant as such', async () => {
    const matches = await whoServes('breed-mkb', 'Noord-Brabant');
    const roles = Object.fromEntries(matches.map((m) => [m.organisation.id, m.role]));
    for (const id of ['bom', 'brainport', 'midpoint', 'rewin', 'agrifood-capital'])
      expect(roles[id]).toBe('DEVELOPING');
  });

  it('filters by phase', async () => {
    const all = await whoServes('breed-mkb', 'PV21');
    const kunnen = await whoServes('breed-mkb', 'PV21', { phase: 'kunnen' });
    expect(kunnen.length).toBeLessThan(all.length);
    expect(kunnen.map((m) => m.organisation.id)).not.toContain('kvk');
  });

  it('refuses an unknown region with BAD_USER_INPUT and suggestions', async () => {
    const res = await gql<unknown>(WHO_SERVES, { tg: 'breed-mkb', region: 'Frieslnd' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('Frieslnd');
    expect((res.errors?.[0]?.extensions as { suggestions: string[] }).suggestions).toContain('PV21');
  });

  it('refuses an ambiguous region name (Utrecht, province and municipality) with BAD_USER_INPUT', async () => {
    const res = await gql<unknown>(WHO_SERVES, { tg: 'breed-mkb', region: 'Utrecht' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect((res.errors?.[0]?.extensions as { candidates: string[] }).candidates).toEqual(
      expect.arrayContaining(['PV26', 'GM0344']),
    );
  });

  it('refuses an unknown target group, theme or phase with BAD_USER_INPUT', async () => {
    expect(codeOf(await gql(WHO_SERVES, { tg: 'breed-mbk', region: 'PV21' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(WHO_SERVES, { tg: 'breed-mkb', region: 'PV21', theme: 'nope' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(WHO_SERVES, { tg: 'breed-mkb', region: 'PV21', phase: 'doen' }))).toBe('BAD_USER_INPUT');
  });

  it('refuses a year out of range', async () => {
    expect(codeOf(await gql(WHO_SERVES, { tg: 'breed-mkb', region: 'PV21', asOf: -5 }))).toBe('BAD_USER_INPUT');
  });
});

describe('organisation services as of a year', () => {
  const QUERY = `query($asOf: Int) { organisation(id: "kvk") { services(asOf: $asOf) { id renamedTo { id year } } } }`;
  const ids = async (asOf: number | null) =>
    (
      (await gql<{ organisation: { services: { id: string }[] } }>(QUERY, { asOf })).data?.organisation.services ?? []
    ).map((s) => s.id);

  it('shows AddVentured in 2017 and the KVK Business Challenge from 2018', async () => {
    const y2017 = await ids(2017);
    const y2019 = await ids(2019);
    expect(y2017).toContain('act-addventured');
    expect(y2017).not.toContain('act-kvk-business-challenge');
    expect(y2019).toContain('act-kvk-business-challenge');
    expect(y2019).not.toContain('act-addventured');
  });

  it('returns null for an unknown organisation', async () => {
    expect((await gql<{ organisation: null }>('{ organisation(id: "nobody") { id } }')).data?.organisation).toBeNull();
  });
});

describe('regions', () => {
  it('places every municipality under a COROP region, a province, a KVK region and NL', async () => {
    const res = await gql<{ regions: { id: string; ancestors: { level: string }[] }[] }>(
      '{ regions(level: MUNICIPALITY) { id ancestors { level } } }',
    );
    const municipalities = res.data!.regions;
    expect(municipalities).toHaveLength((await seedCounts()).municipalities);
    for (const m of municipalities) {
      const levels = m.ancestors.map((a) => a.level);
      for (const level of ['COROP', 'PROVINCE', 'KVK_REGION', 'COUNTRY']) {
        expect(levels.filter((l) => l === level)).toHaveLength(1);
      }
    }
  });

  it('finds KVK region West by the name the report also uses, Regio Midden', async () => {
    const res = await gql<{ region: { id: string; children: { id: string }[] } }>(
      '{ region(id: "Regio Midden") { id children { id } } }',
    );
    expect(res.data?.region.id).toBe('KVK-WEST');
    expect(res.data?.region.children.map((c) => c.id).sort()).toEqual(['PV24', 'PV26', 'PV27']);
  });

  it('searches regions by part of a name or alias', async () => {
    const res = await gql<{ regions: { id: string }[] }>('{ regions(search: "twente") { id } }');
    expect(res.data?.regions.map((r) => r.id)).toContain('CR12');
  });
});

describe('coverage', () => {
  interface Cell {
    region: string;
    targetGroup: string;
    status: string;
    providers: number;
    regionalProviders: number;
  }
  const QUERY = `query($level: RegionLevel!, $within: ID, $tgs: [ID!], $asOf: Int) {
    coverage(level: $level, within: $within, targetGroups: $tgs, asOf: $asOf) {
      rows { id } columns { id } cells { region targetGroup status providers regionalProviders }
    }
  }`;

  it('covers every municipality × all target groups of entrepreneurs', async () => {
    const res = await gql<{ coverage: { rows: unknown[]; columns: unknown[]; cells: Cell[] } }>(QUERY, {
      level: 'MUNICIPALITY',
    });
    const { rows, columns, cells } = res.data!.coverage;
    const { municipalities } = await seedCounts();
    expect(rows).toHaveLength(municipalities);
    expect(cells).toHaveLength(municipalities * columns.length);
  });

  it('marks breed mkb in Noord-Brabant as developing and in Fryslân as served', async () => {
    const res = await gql<{ coverage: { cells: Cell[] } }>(QUERY, { level: 'PROVINCE', tgs: ['breed-mkb'] });
    const status = Object.fromEntries(res.data!.coverage.cells.map((c) => [c.region, c.status]));
    expect(status['PV30']).toBe('DEVELOPING');
    // Not OVERLAP: its two primary providers give different kinds of help (FOM finances, YnBusiness advises).
    expect(status['PV21']).toBe('COVERED');
    expect(status['PV26']).toBe('GAP');
  });

  it('restricts rows to the municipalities of one province', async () => {
    const res = await gql<{ coverage: { rows: { id: string }[] } }>(QUERY, {
      level: 'MUNICIPALITY',
      within: 'Fryslân',
      tgs: ['starter'],
    });
    expect(res.data?.coverage.rows.length).toBeGreaterThan(10);
    expect(res.data?.coverage.rows.some((r) => r.id === 'GM0080')).toBe(true);
  });

  it('refuses rows of a level that cannot lie within the region', async () => {
    expect(codeOf(await gql(QUERY, { level: 'PROVINCE', within: 'GM0080' }))).toBe('BAD_USER_INPUT');
  });
});

describe('overlaps', () => {
  // YnBusiness and FOM on breed mkb in Fryslân were paired here until overlaps required the same kind of help;
  // they complement each other (test/integration/overlap-help.int.test.ts). Novel-T and Oost NL both advise
  // start-ups in Enschede.
  it('pairs Novel-T and Oost NL on start-ups in Enschede with a score and the help they share', async () => {
    const res = await gql<{
      overlaps: { organisations: { id: string }[]; sharedHelp: string[]; score: number; explanation: string }[];
    }>('{ overlaps(region: "GM0153", targetGroup: "startup") { organisations { id } sharedHelp score explanation } }');
    const pair = res.data!.overlaps.find(
      (o) =>
        o.organisations
          .map((x) => x.id)
          .sort()
          .join() === 'novel-t,oost-nl',
    );
    expect(pair?.sharedHelp).toEqual(['advies-begeleiding']);
    expect(pair?.score).toBeGreaterThanOrEqual(0.4);
    expect(pair?.score).toBeLessThanOrEqual(1);
    expect(pair?.explanation).toContain('advies-begeleiding to startup');
  });
});

describe('referral gaps and paths', () => {
  const GAPS = `query($region: ID!, $tg: ID) { referralGaps(region: $region, targetGroup: $tg) {
    region { id }
    unreferredProviders { kind organisation { id } targetGroup { id } explanation }
    deadEnds { kind organisation { id } explanation }
    oneWay { kind organisation { id } other { id } explanation }
    isolated { kind organisation { id } explanation }
    unreachableGroups { kind targetGroup { id } explanation }
  } }`;
  type Gap = { kind: string; organisation?: { id: string }; other?: { id: string }; targetGroup?: { id: string } };
  type Report = Record<'unreferredProviders' | 'deadEnds' | 'oneWay' | 'isolated' | 'unreachableGroups', Gap[]>;

  it('finds each kind of gap in Fryslân, each with an explanation', async () => {
    const res = await gql<{ referralGaps: Report }>(GAPS, { region: 'PV21', tg: 'breed-mkb' });
    const r = res.data!.referralGaps;
    expect(r.unreferredProviders.map((g) => g.organisation?.id)).toContain('fom');
    expect(r.deadEnds.map((g) => g.organisation?.id)).toContain('ynbusiness');
    expect(r.oneWay.map((g) => `${g.organisation?.id}>${g.other?.id}`)).toContain('kvk>ynbusiness');
    expect(r.isolated.map((g) => g.organisation?.id)).toContain('fom');
    const lists = [r.unreferredProviders, r.deadEnds, r.oneWay, r.isolated, r.unreachableGroups];
    for (const g of lists.flat()) expect((g as { explanation?: string }).explanation).toMatch(/\w/);
  });

  it('reports a target group with no referral path from the first line', async () => {
    const res = await gql<{ referralGaps: Report }>(GAPS, { region: 'PV30' });
    const groups = res.data!.referralGaps.unreachableGroups.map((g) => g.targetGroup?.id);
    expect(groups.length).toBeGreaterThan(0);
    expect(res.data!.referralGaps.unreachableGroups.every((g) => g.kind === 'UNREACHABLE_GROUP')).toBe(true);
  });

  it('follows KVK → YnBusiness → NOM to reach innovatief mkb in Fryslân', async () => {
    const res = await gql<{
      referralPaths: { to: { id: string }; hops: { from: { id: string }; to: { id: string } }[] }[];
    }>(
      '{ referralPaths(from: "kvk", targetGroup: "innovatief-mkb", region: "PV21") { to { id } hops { from { id } to { id } } } }',
    );
    const toNom = res.data!.referralPaths.find((p) => p.to.id === 'nom');
    expect(toNom?.hops.map((h) => h.to.id)).toEqual(['ynbusiness', 'nom']);
  });

  it('answers NOT_FOUND for an unknown start and BAD_USER_INPUT for too many hops', async () => {
    const q =
      'query($from: ID!, $hops: Int) { referralPaths(from: $from, targetGroup: "starter", region: "NL", maxHops: $hops) { length } }';
    expect(codeOf(await gql(q, { from: 'nobody' }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(q, { from: 'kvk', hops: 7 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(q, { from: 'kvk', hops: 0 }))).toBe('BAD_USER_INPUT');
  });
});

describe('conformance', () => {
  it('flags KVK serving the larger mkb against the recommended split, with the rule and its sources', async () => {
    const res = await gql<{
      conformance: {
        organisation: { id: string };
        rule: string;
        severity: string;
        actual: string;
        sources: unknown[];
      }[];
    }>('{ conformance { organisation { id } rule severity actual sources { citation } } }');
    const kvk = res.data!.conformance.filter((d) => d.organisation.id === 'kvk' && d.severity === 'HIGH');
    expect(kvk.some((d) => d.rule === 'im-01' && d.actual.includes('groot-mkb'))).toBe(true);
    expect(kvk[0]?.sources.length).toBeGreaterThan(0);
  });

  it('limits deviations to the organisations of a region', async () => {
    const res = await gql<{ conformance: { organisation: { id: string } }[] }>(
      '{ conformance(region: "Noord-Brabant") { organisation { id } } }',
    );
    const ids = new Set(res.data!.conformance.map((d) => d.organisation.id));
    expect(ids.has('brainport')).toBe(true);
    expect(ids.has('novel-t')).toBe(false);
  });
});

describe('organisations', () => {
  const QUERY = `query($filter: OrganisationFilter, $first: Int, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name type } }
    }
  }`;
  type Page = {
    organisations: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string } }[];
    };
  };

  it('pages through all organisations without repeating one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const page: Page = (await gql<Page>(QUERY, { first: 40, after })).data!;
      total = page.organisations.totalCount;
      seen.push(...page.organisations.edges.map((e) => e.node.id));
      if (!page.organisations.pageInfo.hasNextPage) break;
      after = page.organisations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('filters by region, target group and type', async () => {
    const res = await gql<Page>(QUERY, { filter: { region: 'Overijssel', types: ['rom'] } });
    expect(res.data!.organisations.edges.map((e) => e.node.id)).toContain('oost-nl');
    const serving = await gql<Page>(QUERY, { filter: { targetGroup: 'breed-mkb', search: 'ynbus' } });
    expect(serving.data!.organisations.edges.map((e) => e.node.id)).toEqual(['ynbusiness']);
  });

  it('refuses a negative page size and a forged cursor', async () => {
    expect(codeOf(await gql(QUERY, { first: -1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(QUERY, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });
});

describe('graph', () => {
  it('filters the slice by target group and region and keeps edges inside it', async () => {
    const res = await gql<{
      graph: {
        nodes: { id: string; serves: { targetGroup: string }[] }[];
        edges: { source: string; target: string }[];
      };
    }>(
      '{ graph(filter: { targetGroups: ["breed-mkb"], region: "PV21" }) { nodes { id serves { targetGroup role } } edges { source target } } }',
    );
    const ids = new Set(res.data!.graph.nodes.map((n) => n.id));
    expect(ids.has('ynbusiness')).toBe(true);
    expect(ids.has('novel-t')).toBe(false);
    for (const n of res.data!.graph.nodes) expect(n.serves.some((s) => s.targetGroup === 'breed-mkb')).toBe(true);
    for (const e of res.data!.graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('keeps only referrals when asked for that relation type', async () => {
    const res = await gql<{ graph: { edges: { type: string }[] } }>(
      '{ graph(filter: { relationTypes: ["REFERS_TO"] }) { edges { type } } }',
    );
    expect(res.data!.graph.edges.length).toBeGreaterThan(0);
    expect(new Set(res.data!.graph.edges.map((e) => e.type))).toEqual(new Set(['REFERS_TO']));
  });
});
