import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.ts';

const REGION = 'query($id: ID!) { region(id: $id) { id name } }';
const WHO_SERVES = `query($region: ID!) {
  whoServes(targetGroup: "breed-mkb", region: $region) { organisation { id } explanation }
}`;
const SEARCH = `query($search: String, $types: [String!], $first: Int, $after: String) {
  organisations(filter: { search: $search, types: $types }, first: $first, after: $after) {
    edges { cursor node { id name } }
    totalCount
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  organisations: {
    edges: { cursor: string; node: { id: string; name: string } }[];
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function search(text: string, extra: Record<string, unknown> = {}): Promise<Page['organisations']> {
  const res = await gql<Page>(SEARCH, { search: text, first: 10, ...extra });
  expect(res.errors).toBeUndefined();
  return res.data!.organisations;
}

describe('everyday names of places', () => {
  it.each([
    ['Den Bosch', 'GM0796'],
    ['den bosch', 'GM0796'],
    ["'s-Hertogenbosch", 'GM0796'],
    ['Den Haag', 'GM0518'],
    ['den haag', 'GM0518'],
    ['The Hague', 'GM0518'],
    ["'s-Gravenhage", 'GM0518'],
    ['gemeente Amersfoort', 'GM0307'],
    ['Friesland', 'PV21'],
    ['North Holland', 'PV27'],
    ['Brainport', 'CR36'],
    ['Hart van Brabant', 'CR34'],
    ['Regio Zwolle', 'AREA-REGIO-ZWOLLE'],
  ])('resolves "%s" as region %s', async (name, id) => {
    const res = await gql<{ region: { id: string } | null }>(REGION, { id: name });
    expect(res.errors).toBeUndefined();
    expect(res.data?.region?.id).toBe(id);
  });

  it.each([
    ['Den Bosch', "'s-Hertogenbosch"],
    ['den haag', "'s-Gravenhage"],
    ['The Hague', "'s-Gravenhage"],
    ["'s-Gravenhage", "'s-Gravenhage"],
  ])('answers whoServes for "%s" as %s', async (name, official) => {
    const res = await gql<{ whoServes: { organisation: { id: string }; explanation: string }[] }>(WHO_SERVES, {
      region: name,
    });
    expect(res.errors).toBeUndefined();
    const answer = res.data!.whoServes;
    expect(answer.map((m) => m.organisation.id)).toContain('kvk');
    expect(answer.some((m) => m.explanation.includes(official))).toBe(true);
  });

  it('suggests the closest real name for a misspelt everyday name', async () => {
    const res = await gql(WHO_SERVES, { region: 'Den Haaag' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((res.errors?.[0]?.extensions?.['suggestions'] as string[])[0]).toBe('GM0518');
  });
});

describe('organisation search by everyday names', () => {
  it.each([
    ['Brainport Development', 'brainport'],
    ['Brainport', 'brainport'],
    ['innovation quarter', 'innovationquarter'],
    ['Innovation-Quarter', 'innovationquarter'],
    ['Novel T', 'novel-t'],
    ['novelt', 'novel-t'],
    ['Brabantse Ontwikkelings Maatschappij', 'bom'],
    ['BOM', 'bom'],
    ['Brainprot', 'brainport'],
    ['ynbus', 'ynbusiness'],
  ])('finds "%s" with %s first', async (text, id) => {
    const page = await search(text);
    expect(page.edges[0]?.node.id).toBe(id);
  });

  it('treats query syntax in the text as text', async () => {
    for (const text of ['BOM)', 'AND OR NOT', '"*:*', 'Novel-T~2^9', '\\']) {
      const res = await gql<Page>(SEARCH, { search: text, first: 5 });
      expect(res.errors).toBeUndefined();
    }
    expect((await search('BOM)')).edges[0]?.node.id).toBe('bom');
  });

  it('pages through ranked results without repeating or losing any', async () => {
    const all = await search('ontwikkelingsmaatschappij', { first: 50 });
    expect(all.totalCount).toBeGreaterThan(2);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < all.totalCount; i++) {
      const page: Page['organisations'] = await search('ontwikkelingsmaatschappij', { first: 1, after });
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(page.edges[0]!.node.id);
      expect(page.pageInfo.hasNextPage).toBe(i < all.totalCount - 1);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
  });

  it('combines the search with the other filters', async () => {
    const roms = await search('Brabant', { types: ['rom'] });
    expect(roms.edges.map((e) => e.node.id)).toContain('bom');
    expect(roms.edges.map((e) => e.node.id)).not.toContain('brainport');
  });

  it('refuses a listing cursor for a search, naming the argument', async () => {
    const listing = await gql<Page>(SEARCH, { first: 1 });
    const res = await gql(SEARCH, { search: 'BOM', first: 1, after: listing.data!.organisations.pageInfo.endCursor });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['argument']).toBe('after');
  });
});
