import { describe, expect, it } from 'vitest';
import { gql, type GraphQLResult } from '../helpers/graphql.ts';

// The referral networks of the seeded map checked against what the report (KplusV 2023,
// /work/shared/seeds/000_8656add841a6b5d1.txt, line numbers as L…) says about referrals in each province.

const NETWORK = `query($region: ID!, $tg: ID, $asOf: Int, $status: [ReferralStatus!]) {
  referralNetwork(region: $region, targetGroup: $tg, asOf: $asOf, status: $status) {
    region { id } targetGroup { id } status referrals otherReferrals
    organisations { organisation { id } inDegree outDegree betweenness closeness community firstLine weakPoint }
    withoutReferrals { id }
    communities { id organisations { id } internal outgoing incoming }
    weakPoints { organisation { id } firstLine { id } targetGroup { id } unreachable { id } explanation explanationEn }
    bridges { from { id } to { id } firstLine { id } targetGroup { id } unreachable { id } explanation explanationEn }
  }
}`;

interface Ref {
  id: string;
}
interface Network {
  region: Ref;
  targetGroup: Ref | null;
  status: string[];
  referrals: number;
  otherReferrals: number;
  organisations: {
    organisation: Ref;
    inDegree: number;
    outDegree: number;
    betweenness: number;
    closeness: number;
    community: number;
    firstLine: boolean;
    weakPoint: boolean;
  }[];
  withoutReferrals: Ref[];
  communities: { id: number; organisations: Ref[]; internal: number; outgoing: number; incoming: number }[];
  weakPoints: {
    organisation: Ref;
    firstLine: Ref;
    targetGroup: Ref;
    unreachable: Ref[];
    explanation: string;
    explanationEn: string;
  }[];
  bridges: { from: Ref; to: Ref; firstLine: Ref; targetGroup: Ref; unreachable: Ref[]; explanation: string }[];
}

const ALL_STATUSES = ['ACTIVE', 'PILOT', 'PLANNED', 'WISHED', 'RECOMMENDED', 'PAST', 'POSSIBLE'];

async function network(region: string, extra: Record<string, unknown> = {}): Promise<Network> {
  const res = await gql<{ referralNetwork: Network }>(NETWORK, { region, ...extra });
  expect(res.errors).toBeUndefined();
  return res.data!.referralNetwork;
}

const ids = (refs: Ref[]) => refs.map((r) => r.id);
const badInput = (res: GraphQLResult) => ({
  code: res.errors?.[0]?.extensions?.code,
  argument: res.errors?.[0]?.extensions?.['argument'],
});

describe('referralNetwork in Overijssel', () => {
  // The report records no referral structure in Overijssel: parties barely know KVK's role (L1694), KVK adds
  // marginal value with its capacity (L1695), and a better referral function is only being explored with Regio
  // Zwolle and Kennispoort (L1519, L1696-L1698) — pilot collaborations in the map, not referrals.
  it('has no referral among its organisations, in any status, so no measure and no weak point', async () => {
    for (const status of [undefined, ALL_STATUSES]) {
      const n = await network('Overijssel', { status });
      expect(n.region.id).toBe('PV23');
      expect(n).toMatchObject({ referrals: 0, otherReferrals: 0, organisations: [], communities: [] });
      expect(n.weakPoints).toEqual([]);
      expect(n.bridges).toEqual([]);
    }
  });

  it('lists KVK, Oost NL, Novel-T and Kennispoort as without referrals: unknown, not weak', async () => {
    const n = await network('PV23', { tg: 'startup' });
    expect(ids(n.withoutReferrals)).toEqual(
      expect.arrayContaining(['kvk', 'oost-nl', 'novel-t', 'kennispoort-regio-zwolle', 'regio-zwolle']),
    );
    expect(n.targetGroup?.id).toBe('startup');
  });
});

describe('referralNetwork in Noord-Brabant', () => {
  // Stakeholders recognise no first- or second-line role for KVK (L1481) and no active advisory role (L1440); KVK
  // only wishes to be a wegwijzer that knows whom to hand entrepreneurs over to (L1677-L1678). The map holds that
  // wish as a wished referral to the regional executors as a collective, which names no organisation of the province.
  it('has no referral among its organisations, even counting wished ones', async () => {
    for (const status of [undefined, ALL_STATUSES]) {
      const n = await network('Brabant', { status });
      expect(n.region.id).toBe('PV30');
      expect(n).toMatchObject({ referrals: 0, organisations: [], weakPoints: [], bridges: [] });
    }
  });

  it('lists KVK, the BOM and the four sub-regional development agencies as without referrals', async () => {
    const n = await network('Noord-Brabant');
    expect(ids(n.withoutReferrals)).toEqual(
      expect.arrayContaining(['kvk', 'bom', 'brainport', 'midpoint', 'rewin', 'agrifood-capital']),
    );
  });
});

describe('referralNetwork in Fryslân', () => {
  // The one province with a referral structure in the report: YnBusiness, first line, refers to the NOM (L1395) and
  // KVK is a referrer to other providers (L1416), in the map KVK → YnBusiness → NOM.
  it('measures the chain KVK → YnBusiness → NOM', async () => {
    const n = await network('PV21');
    const m = Object.fromEntries(n.organisations.map((o) => [o.organisation.id, o]));
    expect(Object.keys(m)).toEqual(['kvk', 'nom', 'ynbusiness']);
    expect([m['kvk']!.inDegree, m['kvk']!.outDegree, m['ynbusiness']!.inDegree, m['ynbusiness']!.outDegree]).toEqual([
      0, 1, 1, 1,
    ]);
    // YnBusiness lies on the one path between others (KVK → NOM): 1 / ((3−1)(3−2)).
    expect(m['ynbusiness']!.betweenness).toBe(0.5);
    // NOM is reached by YnBusiness at 1 and KVK at 2: (2/3)·(2/2).
    expect(m['nom']!.closeness).toBeCloseTo(2 / 3, 12);
    expect(m['kvk']!.closeness).toBe(0);
    expect(n.communities.map((c) => ids(c.organisations))).toEqual([['nom', 'ynbusiness'], ['kvk']]);
  });

  it('finds YnBusiness as the weak point between KVK and the NOM for innovatief mkb, in words', async () => {
    const n = await network('Friesland', { tg: 'innovatief-mkb' });
    const yn = n.weakPoints.find((w) => w.organisation.id === 'ynbusiness');
    expect(yn).toMatchObject({
      firstLine: { id: 'kvk' },
      targetGroup: { id: 'innovatief-mkb' },
      unreachable: [{ id: 'nom' }],
    });
    expect(yn?.explanation).toBe(
      'Zonder YnBusiness kan Kamer van Koophandel (KVK) in Fryslân ondernemers uit de doelgroep ‘Innovatief mkb’ niet meer doorverwijzen naar Noordelijke Ontwikkelingsmaatschappij (NOM).',
    );
    expect(yn?.explanationEn).toMatch(
      /^Without YnBusiness, Kamer van Koophandel \(KVK\) in Fryslân can no longer refer/,
    );
    expect(n.organisations.find((o) => o.organisation.id === 'ynbusiness')?.weakPoint).toBe(true);
    expect(n.bridges.map((b) => `${b.from.id}>${b.to.id} ${b.firstLine.id}`)).toEqual([
      'kvk>ynbusiness kvk',
      'ynbusiness>nom kvk',
      'ynbusiness>nom ynbusiness',
    ]);
  });

  it('counts the same referrals as referralGaps: what it reports one-way is a link here', async () => {
    const res = await gql<{ referralGaps: { oneWay: { organisation: Ref; other: Ref }[] } }>(
      '{ referralGaps(region: "PV21") { oneWay { organisation { id } other { id } } } }',
    );
    const oneWay = res.data!.referralGaps.oneWay.map((g) => `${g.organisation.id}>${g.other.id}`).sort();
    const n = await network('PV21');
    const links = n.organisations.flatMap((o) => Array(o.outDegree).fill(o.organisation.id) as string[]);
    expect(links.length).toBe(oneWay.length);
    expect(oneWay).toEqual(['kvk>ynbusiness', 'ynbusiness>nom']);
  });
});

describe('referralNetwork arguments', () => {
  it('answers BAD_USER_INPUT naming the argument for an unknown region, group, a year out of range or no status', async () => {
    expect(badInput(await gql(NETWORK, { region: 'Atlantis' }))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'region',
    });
    expect(badInput(await gql(NETWORK, { region: 'PV23', tg: 'startups-x' }))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'targetGroup',
    });
    expect(badInput(await gql(NETWORK, { region: 'PV23', asOf: 1700 }))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'asOf',
    });
    expect(badInput(await gql(NETWORK, { region: 'PV23', status: [] }))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'status',
    });
  });

  it('echoes the statuses counted, active and pilot by default', async () => {
    expect((await network('PV21')).status).toEqual(['ACTIVE', 'PILOT']);
    expect((await network('PV21', { status: ['WISHED', 'ACTIVE'] })).status).toEqual(['ACTIVE', 'WISHED']);
  });
});
