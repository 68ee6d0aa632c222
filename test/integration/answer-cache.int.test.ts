import { afterAll, describe, expect, inject, it } from 'vitest';
import { resetToSeed, serverCaughtUp, testDb } from '../helpers/db.ts';
import '../helpers/env.ts';

// Whole analysis responses are kept per version of the map (server/graphql/answer-cache.ts), and sent again as they
// were sent (server/http/kept-responses.ts). A kept response says so with an `age` header. These tests check what is kept, and that no write leaves a kept answer behind.

const tokens = inject('tokens');
const CHANGE = { source: 'Test: answer-cache.int.test.ts' };
const ORG_ID = 'answer-cache-test-rom';

async function post(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  return { kept: res.headers.has('age'), cacheControl: res.headers.get('cache-control'), body };
}

const WHO_SERVES = `query($tg: ID!, $region: ID!) { whoServes(targetGroup: $tg, region: $region) { organisation { id } } }`;
const served = async (region: string) => {
  const r = await post(WHO_SERVES, { tg: 'startup', region });
  expect(r.body.errors).toBeUndefined();
  return {
    kept: r.kept,
    ids: (r.body.data!['whoServes'] as { organisation: { id: string } }[]).map((m) => m.organisation.id),
  };
};

afterAll(resetToSeed);

describe('kept analysis answers', () => {
  it('answer the same question again from the kept response, and tell no browser to keep it', async () => {
    await resetToSeed();
    const first = await served('PV21');
    const again = await served('PV21');
    expect(first.kept).toBe(false);
    expect(again).toEqual({ kept: true, ids: first.ids });
    const other = await served('PV22');
    expect(other.kept).toBe(false);
    const r = await post(WHO_SERVES, { tg: 'startup', region: 'PV21' });
    expect(r.cacheControl).toBeNull();
  });

  it('keep nothing but questions answered from the read model and graph slices: not other queries, nor an operation mixing them', async () => {
    // Read from Neo4j, these must fail while it is down: none is kept.
    const others = '{ organisations(first: 3) { totalCount } }';
    expect((await post(others)).body.errors).toBeUndefined();
    expect((await post(others)).kept).toBe(false);
    const mixed = `query { whoServes(targetGroup: "startup", region: "PV21") { organisation { id } } dataVersion { token } }`;
    expect((await post(mixed)).body.errors).toBeUndefined();
    expect((await post(mixed)).kept).toBe(false);
    const slice = '{ graph(filter: { limit: 5 }) { total } organisations(first: 3) { totalCount } }';
    expect((await post(slice)).body.errors).toBeUndefined();
    expect((await post(slice)).kept).toBe(false);
    const errors = `query { whoServes(targetGroup: "no-such-group", region: "PV21") { organisation { id } } }`;
    expect((await post(errors)).body.errors).toHaveLength(1);
    expect((await post(errors)).kept).toBe(false);
  });

  it('keep a graph slice per version of the map, read from Neo4j for every request', async () => {
    const query = '{ graph(filter: { limit: 40, relationTypes: ["REFERS_TO"] }) { nodes { id } edges { id } total } }';
    const first = await post(query);
    expect(first.body.errors).toBeUndefined();
    const again = await post(query);
    expect(again).toMatchObject({ kept: true, body: first.body });
    // A write around the server gives the map a new token, which the next request reads from Neo4j: nothing kept.
    await testDb().write('read-model/stamp-data-version');
    // The server's read model catches up too, so the questions after this one are about a settled map.
    await serverCaughtUp();
    const after = await post(query);
    expect(after).toMatchObject({ kept: false, body: first.body });
    expect((await post(query)).kept).toBe(true);
  });

  it('keep an answer per user: whether an organisation is editable depends on who asks', async () => {
    const query = `query { whoServes(targetGroup: "startup", region: "PV21") { organisation { id editable } } }`;
    const editable = (r: Awaited<ReturnType<typeof post>>) =>
      (r.body.data!['whoServes'] as { organisation: { editable: boolean } }[]).some((m) => m.organisation.editable);
    await post(query, {}, tokens.admin);
    const admin = await post(query, {}, tokens.admin);
    expect(admin.kept).toBe(true);
    expect(editable(admin)).toBe(true);
    const anonymous = await post(query);
    expect(anonymous.kept).toBe(false);
    expect(editable(anonymous)).toBe(false);
  });

  it('serve no kept answer after a write: the next answer is worked out from the map as written', async () => {
    await served('PV21');
    expect((await served('PV21')).kept).toBe(true);
    const create = await post(
      `mutation($input: NewOrganisationInput!, $change: ChangeInput!) {
        createOrganisation(input: $input, change: $change) { change { id } } }`,
      { input: { id: ORG_ID, name: 'Answer cache test', type: 'rom', coverage: ['PV21'] }, change: CHANGE },
      tokens.admin,
    );
    expect(create.body.errors).toBeUndefined();
    const serves = await post(
      `mutation($org: ID!, $input: ServesInput!, $change: ChangeInput!) {
        addServes(organisation: $org, input: $input, change: $change) { change { id } } }`,
      { org: ORG_ID, input: { targetGroup: 'startup', role: 'PRIMARY' }, change: CHANGE },
      tokens.admin,
    );
    expect(serves.body.errors).toBeUndefined();
    const after = await served('PV21');
    expect(after.kept).toBe(false);
    expect(after.ids).toContain(ORG_ID);
    // A write made around the server (a reset and seed) also leaves nothing kept behind.
    await resetToSeed();
    const reset = await served('PV21');
    expect(reset.kept).toBe(false);
    expect(reset.ids).not.toContain(ORG_ID);
  });

  it('send a kept answer again exactly as it was sent, and a request asked differently is worked out anew', async () => {
    await resetToSeed();
    const ask = (body: string, accept?: string) =>
      fetch(`${inject('baseUrl')}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
        body,
      });
    const body = JSON.stringify({ query: WHO_SERVES, variables: { tg: 'breed-mkb', region: 'PV30' } });
    const first = await ask(body);
    const text = await first.text();
    const again = await ask(body);
    expect(again.headers.get('age')).not.toBeNull();
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(await again.text()).toBe(text);
    // Another Accept chooses another content type: not the kept answer.
    const graphqlJson = await ask(body, 'application/graphql-response+json');
    expect(graphqlJson.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(JSON.parse(await graphqlJson.text())).toEqual(JSON.parse(text));
    // A GET of the same question is never sent from the kept answers (Apollo checks it for forgery each time).
    const get = await fetch(
      `${inject('baseUrl')}/graphql?query=${encodeURIComponent('{ whoServes(targetGroup: "breed-mkb", region: "PV30") { organisation { id } } }')}`,
    );
    expect(get.status).toBe(400);
  });
});
