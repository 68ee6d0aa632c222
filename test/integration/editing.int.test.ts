import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { contentHash } from '../../seed/load.ts';
import { auditEntries, resetToSeed, testDb } from '../helpers/db.ts';
import { gql, type GraphQLResult } from '../helpers/graphql.ts';
import { TEST_USER_NAMES } from '../helpers/test-users.ts';

// Mutations through the real API on the real Neo4j: the authorisation matrix, optimistic concurrency, validation,
// the audit trail and revert. Every refusal must leave the database exactly as it was.

const tokens = inject('tokens');
const db = testDb();
const CHANGE = { source: 'Test: editing.int.test.ts' };

type Vars = Record<string, unknown>;
const codeOf = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;

async function ok<T = Record<string, unknown>>(query: string, vars: Vars, token = tokens.admin): Promise<T> {
  const res = await gql<T>(query, vars, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const RESULT =
  'change { id action user summary organisations entities { kind key before after } } organisation { id version }';
const M = {
  createOrganisation: `mutation($input: NewOrganisationInput!, $change: ChangeInput!) { createOrganisation(input: $input, change: $change) { ${RESULT} } }`,
  updateOrganisation: `mutation($id: ID!, $expectedVersion: Int!, $patch: OrganisationPatch!, $change: ChangeInput!) { updateOrganisation(id: $id, expectedVersion: $expectedVersion, patch: $patch, change: $change) { ${RESULT} } }`,
  deleteOrganisation: `mutation($id: ID!, $expectedVersion: Int!, $onReferences: DeleteMode, $change: ChangeInput!) { deleteOrganisation(id: $id, expectedVersion: $expectedVersion, onReferences: $onReferences, change: $change) { ${RESULT} } }`,
  setCoverage: `mutation($organisation: ID!, $region: ID!, $expectedVersion: Int, $input: CoverageInput!, $change: ChangeInput!) { setCoverage(organisation: $organisation, region: $region, expectedVersion: $expectedVersion, input: $input, change: $change) { ${RESULT} } }`,
  removeCoverage: `mutation($organisation: ID!, $region: ID!, $expectedVersion: Int!, $change: ChangeInput!) { removeCoverage(organisation: $organisation, region: $region, expectedVersion: $expectedVersion, change: $change) { ${RESULT} } }`,
  addServes: `mutation($organisation: ID!, $input: ServesInput!, $change: ChangeInput!) { addServes(organisation: $organisation, input: $input, change: $change) { ${RESULT} } }`,
  updateServes: `mutation($key: ID!, $expectedVersion: Int!, $patch: ServesPatch!, $change: ChangeInput!) { updateServes(key: $key, expectedVersion: $expectedVersion, patch: $patch, change: $change) { ${RESULT} } }`,
  removeServes: `mutation($key: ID!, $expectedVersion: Int!, $change: ChangeInput!) { removeServes(key: $key, expectedVersion: $expectedVersion, change: $change) { ${RESULT} } }`,
  createService: `mutation($organisation: ID!, $input: NewServiceInput!, $change: ChangeInput!) { createService(organisation: $organisation, input: $input, change: $change) { ${RESULT} } }`,
  updateService: `mutation($id: ID!, $expectedVersion: Int!, $patch: ServicePatch!, $change: ChangeInput!) { updateService(id: $id, expectedVersion: $expectedVersion, patch: $patch, change: $change) { ${RESULT} } }`,
  deleteService: `mutation($id: ID!, $expectedVersion: Int!, $change: ChangeInput!) { deleteService(id: $id, expectedVersion: $expectedVersion, change: $change) { ${RESULT} } }`,
  createReferral: `mutation($input: NewReferralInput!, $change: ChangeInput!) { createReferral(input: $input, change: $change) { ${RESULT} } }`,
  updateReferral: `mutation($id: ID!, $expectedVersion: Int!, $patch: ReferralPatch!, $change: ChangeInput!) { updateReferral(id: $id, expectedVersion: $expectedVersion, patch: $patch, change: $change) { ${RESULT} } }`,
  deleteReferral: `mutation($id: ID!, $expectedVersion: Int!, $change: ChangeInput!) { deleteReferral(id: $id, expectedVersion: $expectedVersion, change: $change) { ${RESULT} } }`,
  revertChange: `mutation($id: ID!, $change: ChangeInput) { revertChange(id: $id, change: $change) { ${RESULT} } }`,
} as const;
type MutationName = keyof typeof M;

interface Result {
  change: { id: string; action: string; user: string; organisations: string[]; entities: Entity[] };
  organisation: { id: string; version: number } | null;
}
interface Entity {
  kind: string;
  key: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const ORG = `query($id: ID!) { organisation(id: $id) { id name version description aliases editable
  coverage { region { id } version partial }
  serves { key version role targetGroup { id } }
  services { id version status validTo targetGroups }
  referralsOut { id version status to { id } }
  history { id action user entities { kind key before after } } } }`;

interface Org {
  id: string;
  name: string;
  version: number;
  description: string | null;
  aliases: string[];
  editable: boolean;
  coverage: { region: { id: string }; version: number; partial: boolean }[];
  serves: { key: string; version: number; role: string; targetGroup: { id: string } }[];
  services: { id: string; version: number; status: string; validTo: number | null; targetGroups: string[] }[];
  referralsOut: { id: string; version: number; status: string; to: { id: string } }[];
  history: { id: string; action: string; user: string; entities: Entity[] }[];
}

async function org(id: string, token = tokens.admin): Promise<Org | null> {
  return (await ok<{ organisation: Org | null }>(ORG, { id }, token)).organisation;
}

async function mutate(name: MutationName, vars: Vars, token?: string): Promise<GraphQLResult<Record<string, Result>>> {
  return gql<Record<string, Result>>(M[name], { change: CHANGE, ...vars }, token === undefined ? {} : { token });
}

async function mutateOk(name: MutationName, vars: Vars, token = tokens.admin): Promise<Result> {
  const res = await mutate(name, vars, token);
  expect(res.errors, `${name}: ${JSON.stringify(res.errors)}`).toBeUndefined();
  return res.data![name]!;
}

/** A fresh organisation in Zwolle (Overijssel), made by the admin. */
async function newOrg(extra: Vars = {}): Promise<string> {
  const id = `test-${randomUUID().slice(0, 8)}`;
  await mutateOk('createOrganisation', {
    input: { id, name: `Testorganisatie ${id}`, type: 'regional-executor', coverage: ['GM0193'], ...extra },
  });
  return id;
}

/** Content hash and number of audit entries: both must stay the same when a mutation is refused. */
async function snapshot(): Promise<string> {
  return `${await contentHash(db)}|${await auditEntries()}`;
}

afterAll(async () => {
  await resetToSeed();
});

describe('authorisation matrix', () => {
  type Actor = 'anonymous' | 'wrongToken' | 'reader' | 'editorInScope' | 'editorOutOfScope' | 'admin';
  const ACTORS: Actor[] = ['anonymous', 'wrongToken', 'reader', 'editorInScope', 'editorOutOfScope', 'admin'];
  const tokenOf = (a: Actor): string | undefined =>
    ({
      anonymous: undefined,
      wrongToken: 'ek_not-a-valid-token-at-all-0000000000000',
      reader: tokens.reader,
      editorInScope: tokens.editorOverijssel,
      editorOutOfScope: tokens.editorBrabant,
      admin: tokens.admin,
    })[a];
  const expected: Record<Actor, string | null> = {
    anonymous: 'UNAUTHENTICATED',
    wrongToken: 'UNAUTHENTICATED',
    reader: 'FORBIDDEN',
    editorInScope: null,
    editorOutOfScope: 'FORBIDDEN',
    admin: null,
  };

  // For each mutation: prepares what it needs (as admin, inside Overijssel) and returns its variables.
  const cases: Record<MutationName, (actor: Actor) => Promise<Vars>> = {
    createOrganisation: async () => ({
      input: {
        id: `test-${randomUUID().slice(0, 8)}`,
        name: 'Nieuw loket',
        type: 'regional-executor',
        coverage: ['GM0193'],
      },
    }),
    updateOrganisation: async () => ({ id: await newOrg(), expectedVersion: 1, patch: { description: 'Nieuw.' } }),
    deleteOrganisation: async () => ({ id: await newOrg(), expectedVersion: 1, onReferences: 'REMOVE_RELATIONSHIPS' }),
    setCoverage: async () => ({ organisation: await newOrg(), region: 'Enschede', input: { partial: true } }),
    removeCoverage: async () => {
      const id = await newOrg({ coverage: ['GM0193', 'GM0153'] });
      return { organisation: id, region: 'GM0153', expectedVersion: 1 };
    },
    addServes: async () => ({ organisation: await newOrg(), input: { targetGroup: 'breed-mkb', role: 'PRIMARY' } }),
    updateServes: async () => {
      const id = await newOrg();
      await mutateOk('addServes', { organisation: id, input: { targetGroup: 'breed-mkb', role: 'PRIMARY' } });
      return { key: `${id}|breed-mkb|sole|all`, expectedVersion: 1, patch: { role: 'SECONDARY' } };
    },
    removeServes: async () => {
      const id = await newOrg();
      await mutateOk('addServes', { organisation: id, input: { targetGroup: 'starter', role: 'PRIMARY' } });
      return { key: `${id}|starter|sole|all`, expectedVersion: 1 };
    },
    createService: async () => ({
      organisation: await newOrg(),
      input: { name: `Spreekuur ${randomUUID().slice(0, 6)}`, status: 'ACTIVE', targetGroups: ['starter'] },
    }),
    updateService: async () => {
      const id = await newOrg();
      const serviceId = `act-${id}`;
      await mutateOk('createService', {
        organisation: id,
        input: { id: serviceId, name: 'Spreekuur', status: 'ACTIVE' },
      });
      return { id: serviceId, expectedVersion: 1, patch: { status: 'STOPPED', validTo: 2025 } };
    },
    deleteService: async () => {
      const id = await newOrg();
      const serviceId = `act-${id}`;
      await mutateOk('createService', {
        organisation: id,
        input: { id: serviceId, name: 'Spreekuur', status: 'ACTIVE' },
      });
      return { id: serviceId, expectedVersion: 1 };
    },
    createReferral: async () => ({
      input: {
        from: await newOrg(),
        to: await newOrg(),
        kind: 'WARM_HANDOVER',
        status: 'ACTIVE',
        targetGroups: ['starter'],
      },
    }),
    updateReferral: async () => {
      const from = await newOrg();
      await mutateOk('createReferral', { input: { from, to: 'kvk', kind: 'REFERRAL', status: 'PILOT' } });
      const relId = (await org(from))!.referralsOut[0]!.id;
      return { id: relId, expectedVersion: 1, patch: { status: 'ACTIVE' } };
    },
    deleteReferral: async () => {
      const from = await newOrg();
      await mutateOk('createReferral', { input: { from, to: 'kvk', kind: 'REFERRAL', status: 'PILOT' } });
      return { id: (await org(from))!.referralsOut[0]!.id, expectedVersion: 1 };
    },
    // The change to revert is the actor's own latest change when the actor may edit there, else the admin's.
    revertChange: async (actor) => {
      const id = await newOrg();
      const token = actor === 'editorInScope' ? tokens.editorOverijssel : tokens.admin;
      const r = await mutateOk(
        'updateOrganisation',
        { id, expectedVersion: 1, patch: { description: 'Te herstellen.' } },
        token,
      );
      return { id: r.change.id };
    },
  };

  for (const name of Object.keys(M) as MutationName[]) {
    describe(name, () => {
      for (const actor of ACTORS) {
        const code = expected[actor];
        it(`${actor} → ${code ?? 'applied'}`, async () => {
          const vars = await cases[name](actor);
          const before = await snapshot();
          const res = await mutate(name, vars, tokenOf(actor));
          if (code === null) {
            expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
            expect(res.data![name]!.change.user).toBe(
              actor === 'admin' ? TEST_USER_NAMES.admin : TEST_USER_NAMES.editorOverijssel,
            );
            expect(await snapshot()).not.toBe(before);
          } else {
            expect(codeOf(res)).toBe(code);
            expect(await snapshot()).toBe(before);
          }
        });
      }
    });
  }

  it('lets an editor limited to Overijssel change nothing of a national organisation (KVK)', async () => {
    const kvk = await org('kvk', tokens.editorOverijssel);
    expect(kvk?.editable).toBe(false);
    const before = await snapshot();
    const res = await mutate(
      'updateOrganisation',
      { id: 'kvk', expectedVersion: kvk!.version, patch: { description: 'x' } },
      tokens.editorOverijssel,
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
    expect((await org('kvk', tokens.editor))?.editable).toBe(true);
    expect((await org('kvk'))?.editable).toBe(true);
    expect((await org('kvk', tokens.reader))?.editable).toBe(false);
  });

  it('refuses coverage outside the editor’s provinces even for an organisation inside them', async () => {
    const id = await newOrg();
    const before = await snapshot();
    const res = await mutate('setCoverage', { organisation: id, region: 'PV30', input: {} }, tokens.editorOverijssel);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  });

  it('answers UNAUTHENTICATED for a malformed Authorization header, also on queries', async () => {
    const response = await fetch(`${inject('baseUrl')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as GraphQLResult;
    expect(codeOf(body)).toBe('UNAUTHENTICATED');
  });

  it('tells who is signed in', async () => {
    const data = await ok<{ viewer: { name: string; role: string; provinces: { id: string }[] } | null }>(
      '{ viewer { name role provinces { id } } }',
      {},
      tokens.editorOverijssel,
    );
    expect(data.viewer).toEqual({
      name: TEST_USER_NAMES.editorOverijssel,
      role: 'EDITOR',
      provinces: [{ id: 'PV23' }],
    });
    expect((await gql<{ viewer: null }>('{ viewer { name } }')).data?.viewer).toBeNull();
  });
});

describe('optimistic concurrency', () => {
  it('lets exactly one of 20 parallel updates against the same version win; the others get CONFLICT', async () => {
    const id = await newOrg();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        mutate('updateOrganisation', { id, expectedVersion: 1, patch: { description: `writer ${i}` } }, tokens.admin),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map(codeOf)).toEqual(Array(19).fill('CONFLICT'));
    for (const l of losers) expect(l.errors![0]!.extensions!['currentVersion']).toBeTypeOf('number');
    const now = await org(id);
    expect(now?.version).toBe(2);
    expect(now?.description).toBe(winners[0]!.data!['updateOrganisation']!.change.entities[0]!.after!['description']);
    expect(now?.history.filter((h) => h.action === 'UPDATE_ORGANISATION')).toHaveLength(1);
  });

  it('loses no update when many writers retry on conflict: each round exactly one wins, the others retry', async () => {
    const id = await newOrg();
    const writers = 6;
    const rounds = 4;
    // Every writer has `rounds` aliases to add. In each step all writers with work left read the same version and
    // write against it at once, so exactly one write can win and every other one must get CONFLICT and retry in
    // the next step: the outcome does not depend on timing.
    const todo = Array.from({ length: writers }, (_, w) => Array.from({ length: rounds }, (_, r) => `w${w}-r${r}`));
    const expected = todo.flat().sort();
    for (let step = 0; step < writers * rounds; step++) {
      const current = (await org(id))!;
      expect(current.version).toBe(1 + step);
      const active = todo.filter((aliases) => aliases.length > 0);
      const results = await Promise.all(
        active.map((aliases) =>
          mutate(
            'updateOrganisation',
            { id, expectedVersion: current.version, patch: { aliases: [...current.aliases, aliases[0]] } },
            tokens.admin,
          ),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors).map(codeOf)).toEqual(Array(active.length - 1).fill('CONFLICT'));
      active[results.findIndex((r) => !r.errors)]!.shift();
    }
    const final = (await org(id))!;
    expect([...final.aliases].sort()).toEqual(expected);
    expect(final.version).toBe(1 + writers * rounds);
  });

  it('serialises parallel adds of the same coverage: one wins, the others are told it exists', async () => {
    const id = await newOrg();
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        mutate('setCoverage', { organisation: id, region: 'GM0153', input: {} }, tokens.admin),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(Array(7).fill('CONFLICT'));
    expect((await org(id))!.coverage.filter((c) => c.region.id === 'GM0153')).toHaveLength(1);
  });
});

describe('validation', () => {
  const invalid: [string, MutationName, () => Promise<Vars>, string][] = [
    [
      'unknown organisation type',
      'createOrganisation',
      async () => ({ input: { name: 'Bakkerij X', type: 'bakery', coverage: ['GM0193'] } }),
      'input.type',
    ],
    ['bad id', 'createOrganisation', async () => ({ input: { id: 'Bad Id!', name: 'X', type: 'rom' } }), 'input.id'],
    [
      'empty source',
      'updateOrganisation',
      async () => ({ id: await newOrg(), expectedVersion: 1, patch: { name: 'Y' }, change: { source: '  ' } }),
      'change.source',
    ],
    [
      'validTo before validFrom',
      'updateOrganisation',
      async () => ({ id: await newOrg(), expectedVersion: 1, patch: { validFrom: 2020, validTo: 2019 } }),
      'patch.validTo',
    ],
    ['empty patch', 'updateOrganisation', async () => ({ id: await newOrg(), expectedVersion: 1, patch: {} }), 'patch'],
    [
      'clearing the name',
      'updateOrganisation',
      async () => ({ id: await newOrg(), expectedVersion: 1, patch: { name: null } }),
      'patch.name',
    ],
    [
      'unknown phase',
      'updateOrganisation',
      async () => ({ id: await newOrg(), expectedVersion: 1, patch: { phases: ['dromen'] } }),
      'patch.phases[0]',
    ],
    [
      'unknown target group',
      'addServes',
      async () => ({ organisation: await newOrg(), input: { targetGroup: 'bakkers', role: 'PRIMARY' } }),
      'input.targetGroup',
    ],
    [
      'a target group statement ending before it starts',
      'updateServes',
      async () => {
        const id = await newOrg();
        await mutateOk('addServes', { organisation: id, input: { targetGroup: 'zzp', role: 'PRIMARY' } });
        return { key: `${id}|zzp|sole|all`, expectedVersion: 1, patch: { validFrom: 2024, validTo: 2020 } };
      },
      'patch.validTo',
    ],
    [
      'stopped without last year',
      'createService',
      async () => ({ organisation: await newOrg(), input: { name: 'Oud', status: 'STOPPED' } }),
      'input.validTo',
    ],
    [
      'referral to itself',
      'createReferral',
      async () => {
        const id = await newOrg();
        return { input: { from: id, to: id, kind: 'REFERRAL', status: 'ACTIVE' } };
      },
      'input.to',
    ],
    [
      'year out of range',
      'createReferral',
      async () => ({ input: { from: await newOrg(), to: 'kvk', kind: 'REFERRAL', status: 'ACTIVE', since: 20 } }),
      'input.since',
    ],
  ];
  for (const [title, name, vars, field] of invalid) {
    it(`refuses ${title} naming ${field}, writing nothing`, async () => {
      const v = await vars();
      const before = await snapshot();
      const res = await mutate(name, v, tokens.admin);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!['field']).toBe(field);
      expect(await snapshot()).toBe(before);
    });
  }

  it('names the allowed values of a controlled field', async () => {
    const res = await mutate(
      'createOrganisation',
      { input: { name: 'Bakkerij X', type: 'bakery', coverage: ['GM0193'] } },
      tokens.admin,
    );
    expect(res.errors![0]!.extensions!['allowed']).toContain('rom');
  });

  it('refuses an unknown region with suggestions', async () => {
    const res = await mutate('setCoverage', { organisation: await newOrg(), region: 'Zwole', input: {} }, tokens.admin);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/Zwolle/);
  });

  it('answers NOT_FOUND for what does not exist', async () => {
    for (const [name, vars] of [
      ['updateOrganisation', { id: 'does-not-exist', expectedVersion: 0, patch: { name: 'X' } }],
      ['removeServes', { key: 'x|y|sole|all', expectedVersion: 0 }],
      ['updateService', { id: 'act-nope', expectedVersion: 0, patch: { name: 'X' } }],
      ['deleteReferral', { id: 'rel-nope', expectedVersion: 0 }],
      ['revertChange', { id: randomUUID() }],
    ] as [MutationName, Vars][]) {
      expect(codeOf(await mutate(name, vars, tokens.admin)), name).toBe('NOT_FOUND');
    }
  });

  it('refuses to delete an organisation others refer to unless asked to remove the relationships', async () => {
    const before = await snapshot();
    const kvk = (await org('kvk'))!;
    const res = await mutate('deleteOrganisation', { id: 'kvk', expectedVersion: kvk.version }, tokens.admin);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0]!.extensions!['relationships']).toBeGreaterThan(10);
    expect(await snapshot()).toBe(before);
  });
});

describe('audit trail and revert', () => {
  it('records who, when, what, before and after and the source, and lists it per organisation, user and time', async () => {
    const id = await newOrg({ description: 'Eerst.' });
    const since = new Date().toISOString();
    await mutateOk('updateOrganisation', { id, expectedVersion: 1, patch: { description: 'Daarna.' } }, tokens.editor);
    const { changes } = await ok<{
      changes: { action: string; user: string; source: string; at: string; entities: Entity[] }[];
    }>(
      'query($o: ID, $u: String, $s: String) { changes(organisation: $o, user: $u, since: $s) { action user source at entities { kind key before after } } }',
      { o: id, u: TEST_USER_NAMES.editor, s: since },
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      action: 'UPDATE_ORGANISATION',
      user: TEST_USER_NAMES.editor,
      source: CHANGE.source,
    });
    expect(Date.parse(changes[0]!.at)).toBeGreaterThanOrEqual(Date.parse(since) - 1000);
    expect(changes[0]!.entities[0]).toMatchObject({
      kind: 'organisation',
      key: id,
      before: { description: 'Eerst.', version: 1 },
      after: { description: 'Daarna.', version: 2, updatedBy: TEST_USER_NAMES.editor },
    });
    const history = (await org(id))!.history;
    expect(history.map((h) => h.action)).toEqual(['UPDATE_ORGANISATION', 'CREATE_ORGANISATION']);
    const future = await ok<{ changes: unknown[] }>('{ changes(since: "2999-01-01") { id } }', {});
    expect(future.changes).toEqual([]);
    expect(codeOf(await gql('{ changes(since: "gisteren") { id } }'))).toBe('BAD_USER_INPUT');
  });

  it('gives every organisation of a page its own history, newest first and limited per organisation', async () => {
    const a = await newOrg({ name: 'Historie A' });
    const b = await newOrg({ name: 'Historie B' });
    await mutateOk('updateOrganisation', { id: a, expectedVersion: 1, patch: { description: 'A1' } });
    await mutateOk('updateOrganisation', { id: a, expectedVersion: 2, patch: { description: 'A2' } });
    const data = await ok<{
      organisations: { edges: { node: { id: string; history: { action: string; organisations: string[] }[] } }[] };
    }>(
      'query($s: String) { organisations(filter: { search: $s }, first: 100) { edges { node { id history(limit: 2) { action organisations } } } } }',
      { s: 'Historie' },
    );
    const byId = new Map(data.organisations.edges.map((e) => [e.node.id, e.node.history]));
    expect([...byId.keys()].sort()).toEqual([a, b].sort());
    expect(byId.get(a)?.map((h) => h.action)).toEqual(['UPDATE_ORGANISATION', 'UPDATE_ORGANISATION']);
    expect(byId.get(b)?.map((h) => h.action)).toEqual(['CREATE_ORGANISATION']);
    for (const [id, history] of byId) for (const h of history) expect(h.organisations).toContain(id);
  });

  it('reverts an update (recorded as a change of its own) and refuses a second revert', async () => {
    const id = await newOrg({ description: 'Origineel.' });
    const update = await mutateOk('updateOrganisation', {
      id,
      expectedVersion: 1,
      patch: { description: 'Fout.', name: 'Andere naam' },
    });
    const revert = await mutateOk('revertChange', { id: update.change.id });
    expect(revert.change.action).toBe('REVERT');
    const now = (await org(id))!;
    // The restored content has its version back, so a writer who saw it can carry on.
    expect(now).toMatchObject({ description: 'Origineel.', name: `Testorganisatie ${id}`, version: 1 });
    // The search key follows the restored name.
    const found = await ok<{ organisations: { edges: { node: { id: string } }[] } }>(
      'query($s: String) { organisations(filter: { search: $s }) { edges { node { id } } } }',
      { s: `Testorganisatie ${id}` },
    );
    expect(found.organisations.edges.map((e) => e.node.id)).toEqual([id]);
    const again = await mutate('revertChange', { id: update.change.id }, tokens.admin);
    expect(codeOf(again)).toBe('CONFLICT');
    const { change } = await ok<{ change: { revertedBy: string } }>(
      'query($id: ID!) { change(id: $id) { revertedBy } }',
      {
        id: update.change.id,
      },
    );
    expect(change.revertedBy).toBe(revert.change.id);
  });

  it('refuses to revert a change that later changes depend on, writing nothing', async () => {
    const id = await newOrg();
    const first = await mutateOk('updateOrganisation', { id, expectedVersion: 1, patch: { description: 'Eén.' } });
    await mutateOk('updateOrganisation', { id, expectedVersion: 2, patch: { description: 'Twee.' } });
    const before = await snapshot();
    const res = await mutate('revertChange', { id: first.change.id }, tokens.admin);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toMatch(/changed since/);
    expect(await snapshot()).toBe(before);
    // A created organisation that has gained relationships since cannot be un-created.
    const created = await mutateOk('createOrganisation', {
      input: { id: `test-${randomUUID().slice(0, 8)}`, name: 'Met verwijzing', type: 'rom', coverage: ['GM0193'] },
    });
    await mutateOk('createReferral', {
      input: { from: 'kvk', to: created.organisation!.id, kind: 'REFERRAL', status: 'ACTIVE' },
    });
    const blocked = await mutate('revertChange', { id: created.change.id }, tokens.admin);
    expect(codeOf(blocked)).toBe('CONFLICT');
    expect(blocked.errors![0]!.message).toMatch(/gained relationships/);
  });

  it('puts back a deleted organisation with all its relationships', async () => {
    const id = await newOrg({ lines: ['eerstelijns'], phases: ['weten'], themes: [] });
    await mutateOk('addServes', { organisation: id, input: { targetGroup: 'zzp', role: 'PRIMARY' } });
    await mutateOk('createReferral', { input: { from: id, to: 'kvk', kind: 'WARM_HANDOVER', status: 'ACTIVE' } });
    await mutateOk('createService', {
      organisation: id,
      input: { id: `act-${id}`, name: 'Spreekuur', status: 'ACTIVE', targetGroups: ['zzp'], regions: ['GM0193'] },
    });
    const shape = async () => {
      const o = (await org(id))!;
      return {
        coverage: o.coverage.map((c) => c.region.id),
        serves: o.serves.map((s) => s.key),
        referrals: o.referralsOut.map((r) => r.id),
        services: o.services.map((s) => [s.id, s.targetGroups]),
      };
    };
    const shapeBefore = await shape();
    const current = (await org(id))!;
    const del = await mutateOk('deleteOrganisation', {
      id,
      expectedVersion: current.version,
      onReferences: 'REMOVE_RELATIONSHIPS',
    });
    expect(await org(id)).toBeNull();
    expect(del.change.entities.filter((e) => e.kind === 'relationship').length).toBeGreaterThanOrEqual(4);
    await mutateOk('revertChange', { id: del.change.id });
    expect(await shape()).toEqual(shapeBefore);
  });

  it('un-creates a created organisation', async () => {
    const created = await mutateOk('createOrganisation', {
      input: {
        id: `test-${randomUUID().slice(0, 8)}`,
        name: 'Kort bestaan',
        type: 'rom',
        coverage: ['GM0193', 'GM0153'],
        lines: ['tweedelijns'],
      },
    });
    await mutateOk('revertChange', { id: created.change.id });
    expect(await org(created.organisation!.id)).toBeNull();
    const [row] = await db.readRaw<{ n: number }>(
      'test: leftovers',
      'MATCH (o:Organisation {id: $id}) RETURN count(o) AS n',
      {
        id: created.organisation!.id,
      },
    );
    expect(row?.n).toBe(0);
  });

  it('lets an editor undo their own latest change, step by step, but not older ones or other people’s', async () => {
    const id = await newOrg();
    const a = await mutateOk(
      'updateOrganisation',
      { id, expectedVersion: 1, patch: { description: 'A' } },
      tokens.editorOverijssel,
    );
    const b = await mutateOk(
      'updateOrganisation',
      { id, expectedVersion: 2, patch: { name: 'B' } },
      tokens.editorOverijssel,
    );
    expect(codeOf(await mutate('revertChange', { id: a.change.id }, tokens.editorOverijssel))).toBe('FORBIDDEN');
    await mutateOk('revertChange', { id: b.change.id }, tokens.editorOverijssel);
    await mutateOk('revertChange', { id: a.change.id }, tokens.editorOverijssel);
    expect(await org(id)).toMatchObject({ description: null, name: `Testorganisatie ${id}` });
    const adminChange = await mutateOk('updateOrganisation', {
      id,
      expectedVersion: 1,
      patch: { description: 'Admin' },
    });
    expect(codeOf(await mutate('revertChange', { id: adminChange.change.id }, tokens.editorOverijssel))).toBe(
      'FORBIDDEN',
    );
  });

  it('reverts changes to coverage, serves, services and referrals', async () => {
    const id = await newOrg();
    const cov = await mutateOk('setCoverage', { organisation: id, region: 'GM0153', input: { partial: true } });
    const serves = await mutateOk('addServes', {
      organisation: id,
      input: { targetGroup: 'startup', role: 'DEVELOPING' },
    });
    const svc = await mutateOk('createService', {
      organisation: id,
      input: { id: `act-${id}`, name: 'Loket', status: 'PLANNED', targetGroups: ['startup'] },
    });
    const upd = await mutateOk('updateService', {
      id: `act-${id}`,
      expectedVersion: 1,
      patch: { status: 'ACTIVE', validFrom: 2026, targetGroups: ['startup', 'zzp'] },
    });
    const updated = (await org(id))!.services[0]!;
    expect(updated.status).toBe('active');
    expect([...updated.targetGroups].sort()).toEqual(['startup', 'zzp']);
    await mutateOk('revertChange', { id: upd.change.id });
    expect((await org(id))!.services[0]).toMatchObject({ status: 'planned', targetGroups: ['startup'] });
    for (const c of [svc, serves, cov]) await mutateOk('revertChange', { id: c.change.id });
    const o = (await org(id))!;
    expect(o.services).toEqual([]);
    expect(o.serves).toEqual([]);
    expect(o.coverage.map((c) => c.region.id)).toEqual(['GM0193']);
  });
});

describe('credentials never in URLs', () => {
  it('refuses a token in the query string of an /api endpoint', async () => {
    const response = await fetch(`${inject('baseUrl')}/api/export/graph.json?token=${tokens.admin}`);
    expect(response.status).toBe(400);
  });
});
