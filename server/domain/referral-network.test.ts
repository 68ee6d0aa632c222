import { describe, expect, it } from 'vitest';
import { buildRegionCatalog } from './region-catalog.ts';
import { networkOrganisation, networkReferral } from './referral-test-fixtures.ts';
import { OPERATIONAL_STATUSES, type NetworkOrganisation, type NetworkReferral } from './referral-gaps.ts';
import { measureReferralNetwork, type NetworkQuestion, type ReferralNetwork } from './referral-network.ts';

const catalog = buildRegionCatalog([
  { id: 'NL', name: 'Nederland', level: 'COUNTRY', aliases: [], parents: [] },
  { id: 'PV23', name: 'Overijssel', level: 'PROVINCE', aliases: [], parents: ['NL'] },
]);
const org = (id: string, lines: string[] = [], serves: string[] = []) => networkOrganisation('PV23', id, lines, serves);
const ref = networkReferral;
/** Both directions. */
const both = (a: string, b: string) => [ref(a, b), ref(b, a)];

function measure(
  organisations: NetworkOrganisation[],
  referrals: NetworkReferral[],
  extra: Partial<NetworkQuestion> = {},
): ReferralNetwork {
  return measureReferralNetwork({
    catalog,
    regionId: 'PV23',
    organisations,
    referrals,
    targetGroup: null,
    groups: ['startup'],
    statuses: OPERATIONAL_STATUSES,
    groupNames: new Map([['startup', { nl: 'Start-up', en: '(Innovative) start-up' }]]),
    ...extra,
  });
}
const metric = (n: ReferralNetwork, key: 'inDegree' | 'outDegree' | 'betweenness' | 'closeness') =>
  Object.fromEntries(n.nodes.map((m) => [m.organisation.id, m[key]]));

describe('measureReferralNetwork on a star', () => {
  // KVK (first line) refers to a hub, the hub to three providers of startups.
  const star = measure(
    [
      org('kvk', ['eerstelijns']),
      org('hub'),
      org('p1', [], ['startup']),
      org('p2', [], ['startup']),
      org('p3', [], ['startup']),
    ],
    [ref('kvk', 'hub'), ref('hub', 'p1'), ref('hub', 'p2'), ref('hub', 'p3')],
  );

  it('counts distinct partners in and out', () => {
    expect(metric(star, 'inDegree')).toEqual({ kvk: 0, hub: 1, p1: 1, p2: 1, p3: 1 });
    expect(metric(star, 'outDegree')).toEqual({ kvk: 1, hub: 3, p1: 0, p2: 0, p3: 0 });
  });

  it('gives the hub the three shortest paths kvk → p1, p2, p3, normalised by (5−1)(5−2) = 12', () => {
    expect(metric(star, 'betweenness')).toEqual({ kvk: 0, hub: 3 / 12, p1: 0, p2: 0, p3: 0 });
  });

  it('measures closeness towards each organisation, Wasserman–Faust normalised', () => {
    // hub: reached by kvk at 1 → (1/1)·(1/4); a provider: by hub at 1 and kvk at 2 → (2/3)·(2/4); kvk: by nobody.
    const c = metric(star, 'closeness');
    expect(c['kvk']).toBe(0);
    expect(c['hub']).toBeCloseTo(1 / 4, 12);
    for (const p of ['p1', 'p2', 'p3']) expect(c[p]).toBeCloseTo(1 / 3, 12);
  });

  it('finds the hub as the one weak point and kvk → hub as the one bridge', () => {
    expect(star.weakPoints.map((w) => `${w.organisation.id} ${w.firstLine.id} ${w.targetGroup}`)).toEqual([
      'hub kvk startup',
    ]);
    expect(star.weakPoints[0]!.unreachable.map((o) => o.id)).toEqual(['p1', 'p2', 'p3']);
    expect(star.weakPoints[0]!.explanation).toEqual({
      nl: 'Zonder HUB kan KVK in Overijssel ondernemers uit de doelgroep ‘Start-up’ niet meer doorverwijzen naar P1, P2 en P3.',
      en: 'Without HUB, KVK in Overijssel can no longer refer entrepreneurs of the target group ‘(Innovative) start-up’ to P1, P2 and P3.',
    });
    expect(star.bridges.map((b) => `${b.from.id}>${b.to.id}`)).toEqual(['kvk>hub']);
    expect(star.bridges[0]!.explanation.nl).toBe(
      'Zonder de doorverwijzing van KVK naar HUB kan KVK in Overijssel ondernemers uit de doelgroep ‘Start-up’ niet meer doorverwijzen naar P1, P2 en P3.',
    );
  });
});

describe('measureReferralNetwork on a chain', () => {
  // kvk → a → b → p, p the only provider.
  const chain = measure(
    [org('kvk', ['eerstelijns']), org('a'), org('b'), org('p', [], ['startup'])],
    [ref('kvk', 'a'), ref('a', 'b'), ref('b', 'p')],
  );

  it('counts one partner in and out along the chain', () => {
    expect(metric(chain, 'inDegree')).toEqual({ kvk: 0, a: 1, b: 1, p: 1 });
    expect(metric(chain, 'outDegree')).toEqual({ kvk: 1, a: 1, b: 1, p: 0 });
  });

  it('puts each inner link on two shortest paths, normalised by (4−1)(4−2) = 6', () => {
    // a lies on kvk→b and kvk→p, b on kvk→p and a→p.
    expect(metric(chain, 'betweenness')).toEqual({ kvk: 0, a: 2 / 6, b: 2 / 6, p: 0 });
  });

  it('grows closeness towards the end of the chain', () => {
    // a: kvk at 1 → 1·(1/3); b: a at 1, kvk at 2 → (2/3)·(2/3); p: b 1, a 2, kvk 3 → (3/6)·(3/3).
    const c = metric(chain, 'closeness');
    expect(c['kvk']).toBe(0);
    expect(c['a']).toBeCloseTo(1 / 3, 12);
    expect(c['b']).toBeCloseTo(4 / 9, 12);
    expect(c['p']).toBeCloseTo(1 / 2, 12);
  });

  it('makes every link and every organisation after kvk a weak point, the provider itself included', () => {
    expect(chain.weakPoints.map((w) => w.organisation.id)).toEqual(['a', 'b', 'p']);
    expect(chain.bridges.map((b) => `${b.from.id}>${b.to.id}`)).toEqual(['a>b', 'b>p', 'kvk>a']);
    expect(chain.weakPoints.find((w) => w.organisation.id === 'p')!.explanation).toEqual({
      nl: 'KVK in Overijssel bereikt voor ondernemers uit de doelgroep ‘Start-up’ alleen P: zonder P kan KVK hen naar geen enkele aanbieder meer doorverwijzen.',
      en: 'KVK in Overijssel reaches only P for entrepreneurs of the target group ‘(Innovative) start-up’: without P, KVK can refer them to no provider at all.',
    });
  });
});

describe('measureReferralNetwork on two clusters joined by a bridge', () => {
  // {kvk, a1, a2} refer to each other both ways, as do {b1, b2, p}; one referral a1 → b1 joins them.
  const organisations = [
    org('kvk', ['eerstelijns']),
    org('a1'),
    org('a2'),
    org('b1'),
    org('b2'),
    org('p', [], ['startup']),
  ];
  const referrals = [
    ...both('kvk', 'a1'),
    ...both('kvk', 'a2'),
    ...both('a1', 'a2'),
    ...both('b1', 'b2'),
    ...both('b1', 'p'),
    ...both('b2', 'p'),
    ref('a1', 'b1'),
  ];
  const bridged = measure(organisations, referrals);

  it('counts partners in and out', () => {
    expect(metric(bridged, 'inDegree')).toEqual({ kvk: 2, a1: 2, a2: 2, b1: 3, b2: 2, p: 2 });
    expect(metric(bridged, 'outDegree')).toEqual({ kvk: 2, a1: 3, a2: 2, b1: 2, b2: 2, p: 2 });
  });

  it('gives both ends of the bridge six paths each, normalised by (6−1)(6−2) = 20', () => {
    // a1 lies on {kvk, a2} → {b1, b2, p}; b1 on {kvk, a1, a2} → {b2, p}. Inside a cluster every pair is adjacent.
    expect(metric(bridged, 'betweenness')).toEqual({
      kvk: 0,
      a1: expect.closeTo(6 / 20, 12),
      a2: 0,
      b1: expect.closeTo(6 / 20, 12),
      b2: 0,
      p: 0,
    });
  });

  it('measures closeness towards each side of the bridge', () => {
    // First cluster: reached by its two others at 1, nobody else → 1·(2/5). b1: a1, b2, p at 1, kvk, a2 at 2 → (5/7)·1.
    // b2 and p: two at 1, a1 at 2, kvk and a2 at 3 → (5/10)·1.
    const c = metric(bridged, 'closeness');
    for (const id of ['kvk', 'a1', 'a2']) expect(c[id]).toBeCloseTo(2 / 5, 12);
    expect(c['b1']).toBeCloseTo(5 / 7, 12);
    expect(c['b2']).toBeCloseTo(1 / 2, 12);
    expect(c['p']).toBeCloseTo(1 / 2, 12);
  });

  it('finds both ends of the bridge and the only provider as weak points, and a1 → b1 as the only bridge', () => {
    expect(bridged.weakPoints.map((w) => w.organisation.id)).toEqual(['a1', 'b1', 'p']);
    expect(bridged.bridges.map((b) => `${b.from.id}>${b.to.id}`)).toEqual(['a1>b1']);
  });

  it('finds the two clusters as Louvain communities, the same on every run', () => {
    const groups = bridged.communities.map((c) => c.organisations.map((o) => o.id));
    expect(groups).toEqual([
      ['a1', 'a2', 'kvk'],
      ['b1', 'b2', 'p'],
    ]);
    expect(bridged.communities.map((c) => [c.internal, c.outgoing, c.incoming])).toEqual([
      [6, 1, 0],
      [6, 0, 1],
    ]);
    expect(measure(organisations, referrals).nodes).toEqual(bridged.nodes);
  });
});

describe('measureReferralNetwork rules', () => {
  it('counts a referral for a group when it names the group or none, and only active or pilot ones by default', () => {
    const orgs = [org('kvk', ['eerstelijns']), org('a'), org('b'), org('p', [], ['startup'])];
    const referrals = [
      ref('kvk', 'a', 'active', ['zzp']),
      ref('kvk', 'b', 'pilot'),
      ref('a', 'p'),
      ref('b', 'p', 'wished'),
    ];
    const forStartups = measure(orgs, referrals, { targetGroup: 'startup' });
    expect(forStartups.referrals).toBe(2);
    expect(forStartups.otherReferrals).toBe(2);
    expect(forStartups.weakPoints).toEqual([]);
    const withWished = measure(orgs, referrals, {
      targetGroup: 'startup',
      statuses: new Set(['active', 'pilot', 'wished']),
    });
    expect(withWished.weakPoints.map((w) => w.organisation.id)).toEqual(['b', 'p']);
  });

  it('leaves an organisation without referrals out of the measures and out of the weak points', () => {
    const n = measure(
      [org('kvk', ['eerstelijns']), org('quiet'), org('p', [], ['startup']), org('q', [], ['startup'])],
      [ref('kvk', 'p')],
    );
    expect(n.nodes.map((m) => m.organisation.id)).toEqual(['kvk', 'p']);
    expect(n.withoutReferrals.map((o) => o.id)).toEqual(['q', 'quiet']);
    expect(n.weakPoints.map((w) => w.organisation.id)).toEqual(['p']);
  });

  it('answers an empty network when no referral counts, every organisation listed as without referrals', () => {
    const n = measure([org('kvk', ['eerstelijns']), org('p', [], ['startup'])], [ref('kvk', 'p', 'wished')]);
    expect(n).toMatchObject({
      nodes: [],
      communities: [],
      weakPoints: [],
      bridges: [],
      referrals: 0,
      otherReferrals: 1,
    });
    expect(n.withoutReferrals.map((o) => o.id)).toEqual(['kvk', 'p']);
  });

  it('does not count a first-line provider as reaching a provider by being one', () => {
    const n = measure(
      [org('yn', ['eerstelijns'], ['startup']), org('a'), org('p', [], ['startup'])],
      [ref('yn', 'a'), ref('a', 'p')],
    );
    expect(n.weakPoints.map((w) => `${w.organisation.id} ${w.firstLine.id}`)).toEqual(['a yn', 'p yn']);
  });
});

describe('the limits of one question', () => {
  // A chain kvk → a → b → p: three weak points and three bridges when searched in full.
  const chain = () => ({
    organisations: [org('kvk', ['eerstelijns']), org('a'), org('b'), org('p', [], ['startup'])],
    referrals: [ref('kvk', 'a'), ref('a', 'b'), ref('b', 'p')],
  });

  it('searches every weak point within the limit, and says so', () => {
    const { organisations, referrals } = chain();
    const n = measure(organisations, referrals);
    expect(n.weakPointsComplete).toBe(true);
    expect(n.weakPoints.map((w) => w.organisation.id).sort()).toEqual(['a', 'b', 'p']);
  });

  it('stops the weak-point search at its limit and says the list is not all of them', () => {
    const { organisations, referrals } = chain();
    // One search of this graph (5 nodes with the sink, 4 links) costs 9: room for the path and one more only.
    const n = measure(organisations, referrals, { budget: 20 });
    expect(n.weakPointsComplete).toBe(false);
    expect(n.weakPoints.length + n.bridges.length).toBeLessThan(6);
    // The measures themselves are whole.
    expect(n.nodes.map((m) => m.organisation.id)).toEqual(['a', 'b', 'kvk', 'p']);
  });

  it('refuses a network too large to measure in one question, naming the region', () => {
    const organisations = [org('kvk', ['eerstelijns']), ...Array.from({ length: 4_600 }, (_, i) => org(`o${i}`))];
    const referrals = organisations.slice(1).map((o) => ref('kvk', o.id));
    let error: unknown = null;
    try {
      measure(organisations, referrals);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { argument: 'region' } });
    expect(String((error as Error).message)).toMatch(/4601 organisations and 4600 referral links: too large/);
  });
});
