import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { resetToSeed, testDb } from '../helpers/db.ts';
import { gql, type GraphQLResult } from '../helpers/graphql.ts';

// Idempotency keys through the real API on the real Neo4j: a repeated request returns the first result and writes
// nothing; concurrent repeats write once (the unique constraint of cypher/schema/005); another request under a used
// key is a CONFLICT.

const tokens = inject('tokens');
const db = testDb();

type Vars = Record<string, unknown>;
interface Result {
  change: { id: string; user: string };
  organisation: { id: string } | null;
}
const RESULT = 'change { id user } organisation { id }';
const M = {
  createOrganisation: `mutation($input: NewOrganisationInput!, $change: ChangeInput!) { createOrganisation(input: $input, change: $change) { ${RESULT} } }`,
  createService: `mutation($organisation: ID!, $input: NewServiceInput!, $change: ChangeInput!) { createService(organisation: $organisation, input: $input, change: $change) { ${RESULT} } }`,
  createReferral: `mutation($input: NewReferralInput!, $change: ChangeInput!) { createReferral(input: $input, change: $change) { ${RESULT} } }`,
  updateOrganisation: `mutation($id: ID!, $expectedVersion: Int!, $patch: OrganisationPatch!, $change: ChangeInput!) { updateOrganisation(id: $id, expectedVersion: $expectedVersion, patch: $patch, change: $change) { ${RESULT} } }`,
} as const;
type Name = keyof typeof M;

const codeOf = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;

function mutate(name: Name, vars: Vars, key: string | null, token = tokens.editorOverijssel) {
  const change = { source: 'Test: idempotency.int.test.ts', ...(key === null ? {} : { idempotencyKey: key }) };
  return gql<Record<string, Result>>(M[name], { ...vars, change }, { token });
}

async function mutateOk(name: Name, vars: Vars, key: string | null, token = tokens.editorOverijssel) {
  const res = await mutate(name, vars, key, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data![name]!;
}

async function count(cypher: string, params: Vars): Promise<number> {
  const [row] = await db.readRaw<{ n: number }>('test: idempotency count', cypher, params);
  return row?.n ?? 0;
}
const changesWithKey = (key: string) => count('MATCH (c:Change {idempotencyKey: $key}) RETURN count(c) AS n', { key });
const organisations = (id: string) => count('MATCH (o:Organisation {id: $id}) RETURN count(o) AS n', { id });

const newOrgInput = (id: string) => ({ id, name: `Loket ${id}`, type: 'regional-executor', coverage: ['GM0193'] });

afterAll(async () => {
  await resetToSeed();
});

describe('a repeated mutation with an idempotency key', () => {
  it('returns the first result and writes one organisation and one change', async () => {
    const id = `idem-${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    const first = await mutateOk('createOrganisation', { input: newOrgInput(id) }, key);
    const again = await mutateOk('createOrganisation', { input: newOrgInput(id) }, key);
    expect(again).toEqual(first);
    expect(first.organisation?.id).toBe(id);
    expect(await organisations(id)).toBe(1);
    expect(await changesWithKey(key)).toBe(1);
  });

  it('answers a repeated update with its first result instead of a version conflict', async () => {
    const id = `idem-${randomUUID().slice(0, 8)}`;
    await mutateOk('createOrganisation', { input: newOrgInput(id) }, null);
    const key = `upd:${randomUUID()}`;
    const vars = { id, expectedVersion: 1, patch: { description: 'Eens.' } };
    const first = await mutateOk('updateOrganisation', vars, key);
    expect(await mutateOk('updateOrganisation', vars, key)).toEqual(first);
    expect(await changesWithKey(key)).toBe(1);
  });

  it('refuses the same key with other arguments as CONFLICT naming the key, writing nothing', async () => {
    const key = randomUUID();
    const id = `idem-${randomUUID().slice(0, 8)}`;
    await mutateOk('createOrganisation', { input: newOrgInput(id) }, key);
    const other = `idem-${randomUUID().slice(0, 8)}`;
    const res = await mutate('createOrganisation', { input: newOrgInput(other) }, key);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toContain(key);
    expect(res.errors![0]!.extensions!['idempotencyKey']).toBe(key);
    expect(await organisations(other)).toBe(0);
    expect(await changesWithKey(key)).toBe(1);
  });

  it('keeps keys apart per user', async () => {
    const key = randomUUID();
    const a = `idem-${randomUUID().slice(0, 8)}`;
    const b = `idem-${randomUUID().slice(0, 8)}`;
    await mutateOk('createOrganisation', { input: newOrgInput(a) }, key);
    await mutateOk('createOrganisation', { input: newOrgInput(b) }, key, tokens.admin);
    expect(await changesWithKey(key)).toBe(2);
  });

  it('refuses a malformed key naming the field', async () => {
    for (const key of ['', 'met spatie', 'x'.repeat(101), 'a|b']) {
      const res = await mutate('createOrganisation', { input: newOrgInput(`idem-${randomUUID().slice(0, 8)}`) }, key);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      // Too long is refused by the schema's input limits before the resolver, the rest by the key's own check.
      expect(res.errors![0]!.message).toMatch(/idempotencyKey/);
    }
  });
});

describe('concurrent repeats with one key', () => {
  const ATTEMPTS = 8;

  async function concurrently(name: Name, vars: Vars, key: string): Promise<Result[]> {
    const answers = await Promise.all(Array.from({ length: ATTEMPTS }, () => mutate(name, vars, key)));
    for (const a of answers) expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
    return answers.map((a) => a.data![name]!);
  }

  it('create one organisation and one change', async () => {
    const id = `idem-${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    const results = await concurrently('createOrganisation', { input: newOrgInput(id) }, key);
    expect(new Set(results.map((r) => r.change.id)).size).toBe(1);
    expect(await organisations(id)).toBe(1);
    expect(await changesWithKey(key)).toBe(1);
  });

  it('create one service and one change', async () => {
    const org = `idem-${randomUUID().slice(0, 8)}`;
    await mutateOk('createOrganisation', { input: newOrgInput(org) }, null);
    const key = randomUUID();
    const input = { id: `act-${org}`, name: 'Spreekuur', status: 'ACTIVE' };
    const results = await concurrently('createService', { organisation: org, input }, key);
    expect(new Set(results.map((r) => r.change.id)).size).toBe(1);
    expect(await count('MATCH (a:Activity {id: $id}) RETURN count(a) AS n', { id: `act-${org}` })).toBe(1);
    expect(await changesWithKey(key)).toBe(1);
  });

  it('create one referral and one change (its id is made anew by every attempt)', async () => {
    const from = `idem-${randomUUID().slice(0, 8)}`;
    await mutateOk('createOrganisation', { input: newOrgInput(from) }, null);
    const key = randomUUID();
    const input = { from, to: 'kvk', kind: 'REFERRAL', status: 'ACTIVE' };
    const results = await concurrently('createReferral', { input }, key);
    expect(new Set(results.map((r) => r.change.id)).size).toBe(1);
    const referrals =
      'MATCH (:Organisation {id: $from})-[r:REFERS_TO]->(:Organisation {id: "kvk"}) RETURN count(r) AS n';
    expect(await count(referrals, { from })).toBe(1);
    expect(await changesWithKey(key)).toBe(1);
  });
});
