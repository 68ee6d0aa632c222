import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.ts';
import { readReportYearItems, type ReportYearItem } from '../helpers/report-years.ts';

// The report's dated items (test/fixtures/report-years.yaml) asked of the API with `asOf`, the way the explorer's
// year filter asks: services an organisation runs in a year, who serves a group in a region in a year, and the
// organisations and relations of the graph in a year. Relations that end at an activity are not in the graph; the
// seed-row test (seed/report-years.test.ts) checks their years. Then the four year defects, one test each.

type Item = ReportYearItem;
const items = readReportYearItems();

/** Posts a query and returns its data, failing the test on any GraphQL error. */
async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await gql<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

/** Answers are asked once per question and year; many items share them. */
const cache = new Map<string, Promise<Set<string>>>();
const once = (key: string, load: () => Promise<Set<string>>) => {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key)!;
};

/** Ids of the services `organisation` runs in `asOf` (all when null). */
const services = (organisation: string, asOf: number | null) =>
  once(`services|${organisation}|${asOf}`, async () => {
    const data = await ask<{ organisation: { services: { id: string }[] } | null }>(
      'query($id: ID!, $asOf: Int) { organisation(id: $id) { services(asOf: $asOf) { id } } }',
      { id: organisation, asOf },
    );
    expect(data.organisation, organisation).not.toBeNull();
    return new Set(data.organisation!.services.map((s) => s.id));
  });

/** Ids of the organisations that serve `targetGroup` in `region` in `asOf`. */
const whoServes = (targetGroup: string, region: string, asOf: number | null) =>
  once(`whoServes|${targetGroup}|${region}|${asOf}`, async () => {
    const data = await ask<{ whoServes: { organisation: { id: string }; role: string }[] }>(
      'query($tg: ID!, $region: ID!, $asOf: Int) { whoServes(targetGroup: $tg, region: $region, asOf: $asOf) { organisation { id } role } }',
      { tg: targetGroup, region, asOf },
    );
    return new Set(data.whoServes.filter((m) => m.role !== 'NOT_SERVED').map((m) => m.organisation.id));
  });

/** Ids of the organisations (`nodes`) or relations (`edges`) of the whole graph in `asOf`. */
const graph = (part: 'nodes' | 'edges', asOf: number | null) =>
  once(`graph|${part}|${asOf}`, async () => {
    const data = await ask<{ graph: { nodes: { id: string }[]; edges: { id: string }[]; truncated: boolean } }>(
      'query($asOf: Int) { graph(filter: { asOf: $asOf, limit: 5000 }) { nodes { id } edges { id } truncated } }',
      { asOf },
    );
    expect(data.graph.truncated).toBe(false);
    return new Set(data.graph[part].map((x) => x.id));
  });

let ends: Promise<Map<string, string>> | null = null;
/** Where each relation of every organisation ends (relation id → `toId`), read page by page. */
function relationEnds(): Promise<Map<string, string>> {
  ends ??= (async () => {
    const found = new Map<string, string>();
    for (let after: string | null = null, more = true; more;) {
      const data: {
        organisations: {
          edges: { node: { relations: { id: string; toId: string }[] } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await ask(
        'query($after: String) { organisations(first: 100, after: $after) { edges { node { relations { id toId } } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      for (const e of data.organisations.edges) for (const r of e.node.relations) found.set(r.id, r.toId);
      ({ hasNextPage: more, endCursor: after } = data.organisations.pageInfo);
    }
    return found;
  })();
  return ends;
}

/** Whether the item's fact is in the API's answer for `asOf`. */
async function holds(item: Item, asOf: number | null): Promise<boolean> {
  if (item.service !== undefined) return (await services(item.runBy ?? 'kvk', asOf)).has(item.service);
  if (item.serves !== undefined) {
    const { organisation, targetGroup, region } = item.serves;
    return (await whoServes(targetGroup, region, asOf)).has(organisation);
  }
  if (item.organisation !== undefined) return (await graph('nodes', asOf)).has(item.organisation);
  return (await graph('edges', asOf)).has(item.relation!);
}

const factOf = (i: Item) =>
  i.service ??
  i.organisation ??
  i.relation ??
  `${i.serves!.organisation} → ${i.serves!.targetGroup} in ${i.serves!.region}`;

describe('the report’s dated items through the API', () => {
  for (const item of items) {
    const fact = factOf(item);
    it(`answers L${item.line} "${item.says}" for ${fact}${item.runBy ? ` run by ${item.runBy}` : ''}`, async () => {
      if (item.relation !== undefined && !(await graph('edges', null)).has(item.relation)) {
        // Not between two organisations: the relation must end at an activity (its years: the seed-row test).
        expect((await relationEnds()).get(item.relation), item.relation).toMatch(/^act-/);
        return;
      }
      if (item.serves !== undefined) {
        // Who serves whom without a year is answered for today: the same as asking this year.
        const thisYear = new Date().getUTCFullYear();
        expect(await holds(item, null), `${fact} without asOf`).toBe(await holds(item, thisYear));
      } else {
        expect(await holds(item, null), `${fact} without asOf`).toBe(true);
      }
      for (const year of item.in ?? []) expect(await holds(item, year), `${fact} in ${year}`).toBe(true);
      for (const year of item.notIn ?? []) expect(await holds(item, year), `${fact} not in ${year}`).toBe(false);
    });
  }
});

describe('the year defects', () => {
  it('answers who serves whom without a year for today: Syntens (until 2014) only when asked for its years', async () => {
    expect(await whoServes('breed-mkb', 'PV26', null)).not.toContain('syntens');
    expect(await whoServes('breed-mkb', 'PV26', 2013)).toContain('syntens');
    expect(await whoServes('breed-mkb', 'PV26', 2015)).not.toContain('syntens');
  });

  it('lists the Speakers Academy, started in 2022, neither nationally nor in Utrecht before 2022', async () => {
    for (const id of ['act-speakersacademie', 'act-speakersacademie--utrecht']) {
      for (const year of [2017, 2021]) expect(await services('kvk', year), `${id} in ${year}`).not.toContain(id);
      expect(await services('kvk', 2022), id).toContain(id);
    }
  });

  it('lists no regional Business Challenge before the Business Challenge began in 2018', async () => {
    const regional = [...(await services('kvk', null))].filter((id) =>
      id.startsWith('act-regionale-business-challenge'),
    );
    expect(regional).toHaveLength(5); // the follow-up and its four regional instances
    for (const id of regional) {
      expect(await services('kvk', 2017), `${id} in 2017`).not.toContain(id);
      expect(await services('kvk', 2018), `${id} in 2018`).toContain(id);
    }
    // …and in 2017 there was AddVentured, the Business Challenge's old name.
    expect(await services('kvk', 2017)).toContain('act-addventured');
  });

  it('shows Syntens serving businesses in Fryslân and Utrecht until 2014, and YnBusiness after it', async () => {
    for (const region of ['PV21', 'PV26']) {
      expect(await whoServes('breed-mkb', region, 2013), `${region} in 2013`).toContain('syntens');
      expect(await whoServes('breed-mkb', region, 2015), `${region} in 2015`).not.toContain('syntens');
    }
    expect(await whoServes('breed-mkb', 'PV21', 2013)).not.toContain('ynbusiness');
    expect(await whoServes('breed-mkb', 'PV21', 2015)).toContain('ynbusiness');
    expect(await graph('nodes', 2012)).toContain('syntens');
    expect(await graph('edges', 2014)).toContain('rel-049'); // merged into KVK
  });

  it('lists Zuid-Holland’s attention to the breed mkb from the 2019 coalition agreement, not in 2018', async () => {
    expect(await whoServes('breed-mkb', 'PV28', 2018)).not.toContain('provincie-zuid-holland');
    expect(await whoServes('breed-mkb', 'PV28', 2019)).toContain('provincie-zuid-holland');
    // Its innovation focus is older and still there.
    expect(await whoServes('innovatief-mkb', 'PV28', 2018)).toContain('provincie-zuid-holland');
  });
});
