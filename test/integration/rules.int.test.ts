import { beforeAll, describe, expect, it } from 'vitest';
import type { SeedData } from '../../seed/schema.ts';
import { validateSeedDir } from '../../seed/validate.ts';
import { LINES, ORGANISATION_TYPES, RELATION_TYPES, SCALES, YEAR_MAX, YEAR_MIN } from '../../server/domain/rules.ts';
import { gql } from '../helpers/graphql.ts';

// The rules the client takes from the API: the model's vocabulary, the relation types as an enum and
// one range of years for every question and every edit.

let seed: SeedData;
beforeAll(async () => {
  const v = await validateSeedDir();
  if (!v.ok) throw new Error('seed data invalid');
  seed = v.data;
});

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe('the vocabulary the API serves', () => {
  it('lists the organisation types and scales of the model, which the seed describes, and the lines of the database', async () => {
    const res = await gql<{ organisationTypes: string[]; scales: string[]; lines: string[] }>(
      '{ organisationTypes scales lines }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ organisationTypes: [...ORGANISATION_TYPES], scales: [...SCALES], lines: [...LINES] });
    expect(ids(seed.vocabulary.orgTypes)).toEqual([...ORGANISATION_TYPES].sort());
    expect(ids(seed.vocabulary.scales)).toEqual([...SCALES].sort());
    expect(ids(seed.vocabulary.lines)).toEqual([...LINES].sort());
  });

  it('gives every relation its type as a value of the RelationType enum', async () => {
    const res = await gql<{ graph: { edges: { type: string }[] } }>(
      '{ graph(filter: { limit: 5000 }) { edges { type } } }',
    );
    expect(res.errors).toBeUndefined();
    const types = new Set(res.data!.graph.edges.map((e) => e.type));
    expect(types.size).toBeGreaterThan(5);
    for (const t of types) expect(RELATION_TYPES).toContain(t);
  });
});

describe('one range of years', () => {
  it(`answers asOf from ${YEAR_MIN} to ${YEAR_MAX}, the years an edit may store`, async () => {
    for (const asOf of [YEAR_MIN, YEAR_MAX]) {
      const res = await gql(`{ whoServes(targetGroup: "breed-mkb", region: "PV21", asOf: ${asOf}) { role } }`);
      expect(res.errors).toBeUndefined();
    }
  });

  it('refuses an asOf outside the range, naming it', async () => {
    const res = await gql(`{ whoServes(targetGroup: "breed-mkb", region: "PV21", asOf: ${YEAR_MIN - 1}) { role } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe(`asOf must be a year from ${YEAR_MIN} to ${YEAR_MAX}, got ${YEAR_MIN - 1}`);
  });
});
