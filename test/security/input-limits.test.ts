import { describe, expect, inject, it } from 'vitest';
import '../helpers/env.ts';

// Oversized and malformed arguments are refused before any resolver runs; an unknown region, however odd, gets
// its suggestions from a bounded search; the server keeps answering while such requests arrive together.

const base = inject('baseUrl');
const tokens = inject('tokens');

interface Answer {
  status: number;
  bytes: number;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  data?: Record<string, unknown> | null;
}

async function post(query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, bytes: text.length, ...(JSON.parse(text) as Omit<Answer, 'status' | 'bytes'>) };
}

const WHO_SERVES = 'query($r: ID!) { whoServes(targetGroup: "breed-mkb", region: $r) { organisation { id } } }';
const COVERAGE = 'query($w: ID) { coverage(level: MUNICIPALITY, within: $w) { rows { id } } }';
// ASCII, so that the request stays under the 1 MB body limit and reaches the GraphQL layer.
const HUGE = 'Friesland'.repeat(100_000);
// 190 characters no region name resembles: letters, digits, punctuation and accents.
const GARBAGE = Array.from({ length: 190 }, (_, i) => 'qzxj7-ÿ@wvk'[(i * 5) % 11]).join('');

describe('input limits', () => {
  it('refuses a 900,000-character region to whoServes with BAD_USER_INPUT and HTTP 400, without echoing it', async () => {
    const res = await post(WHO_SERVES, { r: HUGE });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'whoServes.region',
      field: 'region',
      length: 900_000,
      maxLength: 200,
    });
    expect(res.bytes).toBeLessThan(1000);
  });

  it('refuses a 900,000-character region to coverage(within:), also as a literal', async () => {
    const res = await post(COVERAGE, { w: HUGE });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'coverage.within' });
    const literal = await post(`{ coverage(level: PROVINCE, within: "${'x'.repeat(100_000)}") { rows { id } } }`, {});
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0]?.extensions).toMatchObject({ argument: 'coverage.within', length: 100_000 });
    expect(literal.bytes).toBeLessThan(1000);
  });

  it('answers a 190-character garbage region with BAD_USER_INPUT and a short message', async () => {
    const res = await post(WHO_SERVES, { r: GARBAGE });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'region' });
    expect(res.errors?.[0]?.message.length).toBeLessThan(400);
  });

  it('still suggests the closest region for a misspelt name', async () => {
    const res = await post(WHO_SERVES, { r: 'Frieslnd' });
    expect((res.errors?.[0]?.extensions?.['suggestions'] as string[])[0]).toBe('PV21');
  });

  it('lets free text up to its documented length through to the validation of the mutation', async () => {
    const res = await post(
      `mutation($i: NewOrganisationInput!) {
        createOrganisation(input: $i, change: { source: "${'s'.repeat(500)}" }) { change { id } } }`,
      {
        i: {
          name: 'Limiet',
          type: 'bakery',
          description: 'd'.repeat(5000),
          sources: Array.from({ length: 20 }, (_, i) => `bron ${i}`),
        },
      },
      tokens.admin,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.type' });
  });

  it('answers /healthz while several oversized and garbage requests arrive at once', async () => {
    const load = [
      ...Array.from({ length: 4 }, () => post(WHO_SERVES, { r: HUGE })),
      ...Array.from({ length: 4 }, () => post(COVERAGE, { w: HUGE })),
      ...Array.from({ length: 8 }, () => post(WHO_SERVES, { r: GARBAGE })),
    ];
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const answers = await Promise.all(load);
    expect(answers.every((a) => a.errors?.[0]?.extensions?.['code'] === 'BAD_USER_INPUT')).toBe(true);
  });
});

describe('names as well-formed Unicode', () => {
  const CREATE = `mutation($i: NewOrganisationInput!) {
    createOrganisation(input: $i, change: { source: "test" }) { change { id } } }`;

  it.each([
    ['a lone surrogate', 'Novel\uD800T', /lone surrogate U\+D800/],
    ['U+FFFE', 'Novel-T\uFFFE', /noncharacter U\+FFFE/],
    ['U+FDD0', '\uFDD0Novel-T', /noncharacter U\+FDD0/],
    ['a C1 control character', 'Novel\u0085T', /control characters/],
    ['a line break', 'Novel\nT', /one line/],
  ])('refuses a name with %s, naming the field', async (_what, name, message) => {
    const res = await post(CREATE, { i: { name, type: 'rom' } }, tokens.admin);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.data?.['createOrganisation'] ?? null).toBeNull();
  });
});
