import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { contentHash } from '../../seed/load.ts';
import { auditEntries, resetToSeed, testDb } from '../helpers/db.ts';
import { gql, type GraphQLResult } from '../helpers/graphql.ts';

// The province scope as a matrix, through the real API on the real Neo4j: every write mutation and every
// spreadsheet sheet × an organisation inside Overijssel, outside it, without coverage (national) and with mixed
// coverage, for the editor limited to Overijssel (PV23). A refusal is FORBIDDEN and leaves the map's content hash
// and the audit trail exactly as they were. What each case acts on is prepared by the admin beforehand.

const tokens = inject('tokens');
const baseUrl = inject('baseUrl');
const db = testDb();
const CHANGE = { source: 'Test: scope-matrix.test.ts' };

type Vars = Record<string, unknown>;
type Kind = 'inside' | 'outside' | 'noCoverage' | 'mixed';
const KINDS: Kind[] = ['inside', 'outside', 'noCoverage', 'mixed'];
/** Zwolle and Enschede lie in Overijssel (PV23), 's-Hertogenbosch in Noord-Brabant (PV30). */
const COVERAGE: Record<Kind, string[]> = {
  inside: ['GM0193'],
  outside: ['GM0796'],
  noCoverage: [],
  mixed: ['GM0193', 'GM0796'],
};

const R = 'change { id }';
const M = {
  createOrganisation: `mutation($input: NewOrganisationInput!, $change: ChangeInput!) { createOrganisation(input: $input, change: $change) { ${R} } }`,
  updateOrganisation: `mutation($id: ID!, $expectedVersion: Int!, $patch: OrganisationPatch!, $change: ChangeInput!) { updateOrganisation(id: $id, expectedVersion: $expectedVersion, patch: $patch, change: $change) { ${R} } }`,
  deleteOrganisation: `mutation($id: ID!, $expectedVersion: Int!, $onReferences: DeleteMode, $change: ChangeInput!) { deleteOrganisation(id: $id, expectedVersion: $expectedVersion, onReferences: $onReferences, change: $change) { ${R} } }`,
  setCoverage: `mutation($organisation: ID!, $region: ID!, $expectedVersion: Int, $input: CoverageInput!, $change: ChangeInput!) { setCoverage(organisation: $organisation, region: $region, expectedVersion: $expectedVersion, input: $input, change: $change) { ${R} } }`,
  removeCoverage: `mutation($organisation: ID!, $region: ID!, $expectedVersion: Int!, $change: ChangeInput!) { removeCoverage(organisation: $organisation, region: $region, expectedVersion: $expectedVersion, change: $change) { ${R} } }`,
  addServes: `mutation($organisation: ID!, $input: ServesInput!, $change: ChangeInput!) { addServes(organisation: $organisation, input: $input, change: $change) { ${R} } }`,
  updateServes: `mutation($key: ID!, $expectedVersion: Int!, $patch: ServesPatch!, $change: ChangeInput!) { updateServes(key: $key, expectedVersion: $expectedVersion, patch: $patch, change: $change) { ${R} } }`,
  removeServes: `mutation($key: ID!, $expectedVersion: Int!, $change: ChangeInput!) { removeServes(key: $key, expectedVersion: $expectedVersion, change: $change) { ${R} } }`,
  createService: `mutation($organisation: ID!, $input: NewServiceInput!, $change: ChangeInput!) { createService(organisation: $organisation, input: $input, change: $change) { ${R} } }`,
  updateService: `mutation($id: ID!, $expectedVersion: Int!, $patch: ServicePatch!, $change: ChangeInput!) { updateService(id: $id, expectedVersion: $expectedVersion, patch: $patch, change: $change) { ${R} } }`,
  deleteService: `mutation($id: ID!, $expectedVersion: Int!, $change: ChangeInput!) { deleteService(id: $id, expectedVersion: $expectedVersion, change: $change) { ${R} } }`,
  createReferral: `mutation($input: NewReferralInput!, $change: ChangeInput!) { createReferral(input: $input, change: $change) { ${R} } }`,
  updateReferral: `mutation($id: ID!, $expectedVersion: Int!, $patch: ReferralPatch!, $change: ChangeInput!) { updateReferral(id: $id, expectedVersion: $expectedVersion, patch: $patch, change: $change) { ${R} } }`,
  deleteReferral: `mutation($id: ID!, $expectedVersion: Int!, $change: ChangeInput!) { deleteReferral(id: $id, expectedVersion: $expectedVersion, change: $change) { ${R} } }`,
  revertChange: `mutation($id: ID!, $change: ChangeInput) { revertChange(id: $id, change: $change) { ${R} } }`,
} as const;
type Name = keyof typeof M;

const codeOf = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;

function mutate(name: Name, vars: Vars, token: string) {
  return gql<Record<string, { change: { id: string } }>>(M[name], { change: CHANGE, ...vars }, { token });
}

async function mutateOk(name: Name, vars: Vars, token = tokens.admin) {
  const res = await mutate(name, vars, token);
  expect(res.errors, `${name}: ${JSON.stringify(res.errors)}`).toBeUndefined();
  return res.data![name]!;
}

/** Content hash and number of audit entries: both stay the same when a write is refused. */
async function snapshot(): Promise<string> {
  return `${await contentHash(db)}|${await auditEntries()}`;
}

const freshId = () => `scope-${randomUUID().slice(0, 8)}`;

/** A fresh organisation with the coverage of its kind, made by the admin. */
async function newOrg(kind: Kind, coverage = COVERAGE[kind]): Promise<string> {
  const id = freshId();
  await mutateOk('createOrganisation', { input: { id, name: `Loket ${id}`, type: 'regional-executor', coverage } });
  return id;
}

async function referralOf(from: string): Promise<string> {
  const res = await gql<{ organisation: { referralsOut: { id: string }[] } }>(
    'query($id: ID!) { organisation(id: $id) { referralsOut { id } } }',
    { id: from },
  );
  return res.data!.organisation.referralsOut[0]!.id;
}

async function withService(kind: Kind): Promise<string> {
  const org = await newOrg(kind);
  await mutateOk('createService', {
    organisation: org,
    input: { id: `act-${org}`, name: 'Spreekuur', status: 'ACTIVE' },
  });
  return `act-${org}`;
}

async function withServes(kind: Kind): Promise<string> {
  const org = await newOrg(kind);
  await mutateOk('addServes', { organisation: org, input: { targetGroup: 'starter', role: 'PRIMARY' } });
  return `${org}|starter|sole|all`;
}

async function withReferral(kind: Kind): Promise<string> {
  const from = await newOrg(kind);
  await mutateOk('createReferral', { input: { from, to: await newOrg(kind), kind: 'REFERRAL', status: 'PILOT' } });
  return referralOf(from);
}

/** Prepares a case and returns the variables of the write. */
const CASES: Record<Name, (kind: Kind) => Promise<Vars>> = {
  createOrganisation: async (kind) => ({
    input: { id: freshId(), name: 'Nieuw loket', type: 'regional-executor', coverage: COVERAGE[kind] },
  }),
  updateOrganisation: async (kind) => ({ id: await newOrg(kind), expectedVersion: 1, patch: { description: 'x' } }),
  deleteOrganisation: async (kind) => ({
    id: await newOrg(kind),
    expectedVersion: 1,
    onReferences: 'REMOVE_RELATIONSHIPS',
  }),
  // Enschede lies in Overijssel: the region itself is the editor's, the organisation decides.
  setCoverage: async (kind) => ({ organisation: await newOrg(kind), region: 'GM0153', input: {} }),
  removeCoverage: async (kind) => {
    const coverage = kind === 'inside' ? ['GM0193', 'GM0153'] : COVERAGE[kind];
    const region = kind === 'inside' ? 'GM0153' : kind === 'noCoverage' ? 'GM0193' : 'GM0796';
    return { organisation: await newOrg(kind, coverage), region, expectedVersion: 1 };
  },
  addServes: async (kind) => ({
    organisation: await newOrg(kind),
    input: { targetGroup: 'breed-mkb', role: 'PRIMARY' },
  }),
  updateServes: async (kind) => ({ key: await withServes(kind), expectedVersion: 1, patch: { role: 'SECONDARY' } }),
  removeServes: async (kind) => ({ key: await withServes(kind), expectedVersion: 1 }),
  createService: async (kind) => ({
    organisation: await newOrg(kind),
    input: { name: `Spreekuur ${randomUUID().slice(0, 6)}`, status: 'ACTIVE' },
  }),
  updateService: async (kind) => ({ id: await withService(kind), expectedVersion: 1, patch: { status: 'PLANNED' } }),
  deleteService: async (kind) => ({ id: await withService(kind), expectedVersion: 1 }),
  // Both ends of the kind: a referral needs one end inside.
  createReferral: async (kind) => ({
    input: { from: await newOrg(kind), to: await newOrg(kind), kind: 'REFERRAL', status: 'ACTIVE' },
  }),
  updateReferral: async (kind) => ({ id: await withReferral(kind), expectedVersion: 1, patch: { status: 'ACTIVE' } }),
  deleteReferral: async (kind) => ({ id: await withReferral(kind), expectedVersion: 1 }),
  // The editor's own latest change, made inside; then the admin moves the organisation's coverage to the kind.
  revertChange: async (kind) => {
    const id = await newOrg('inside');
    const own = await mutateOk(
      'updateOrganisation',
      { id, expectedVersion: 1, patch: { description: 'Eigen wijziging.' } },
      tokens.editorOverijssel,
    );
    if (kind !== 'inside' && kind !== 'noCoverage') {
      await mutateOk('setCoverage', { organisation: id, region: 'GM0796', input: {} });
    }
    if (kind === 'outside' || kind === 'noCoverage') {
      await mutateOk('removeCoverage', { organisation: id, region: 'GM0193', expectedVersion: 1 });
    }
    return { id: own.change.id };
  },
};

afterAll(async () => {
  await resetToSeed();
});

describe('province scope of every write mutation, for the editor limited to Overijssel', () => {
  for (const name of Object.keys(M) as Name[]) {
    describe(name, () => {
      for (const kind of KINDS) {
        // An organisation without coverage has no coverage to remove: that write finds nothing.
        const code =
          kind === 'inside' ? null : name === 'removeCoverage' && kind === 'noCoverage' ? 'NOT_FOUND' : 'FORBIDDEN';
        it(`${code ? `refuses it (${code})` : 'applies it'} for an organisation ${kind}`, async () => {
          const vars = await CASES[name](kind);
          const before = await snapshot();
          const res = await mutate(name, vars, tokens.editorOverijssel);
          if (code === null) {
            expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
            expect(await snapshot()).not.toBe(before);
          } else {
            expect(codeOf(res), JSON.stringify(res.errors)).toBe(code);
            expect(await snapshot()).toBe(before);
          }
        });
      }
    });
  }
});

describe('the takeover of national organisations', () => {
  const ORG = 'query($id: ID!) { organisation(id: $id) { id version editable coverage { region { id } } } }';
  type Org = { id: string; version: number; editable: boolean; coverage: unknown[] };
  const read = async (id: string, token?: string) =>
    (await gql<{ organisation: Org | null }>(ORG, { id }, token ? { token } : {})).data!.organisation!;

  for (const id of ['qredits', 'rom-nl', 'vno-ncw']) {
    it(`refuses the first step for ${id}, which covers no region: setting its coverage to Overijssel`, async () => {
      const org = await read(id, tokens.editorOverijssel);
      expect(org.coverage).toEqual([]);
      expect(org.editable).toBe(false);
      const before = await snapshot();
      const res = await mutate('setCoverage', { organisation: id, region: 'PV23', input: {} }, tokens.editorOverijssel);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors![0]!.extensions!['organisation']).toBe(id);
      expect(await snapshot()).toBe(before);
    });
  }

  it('refuses the later steps on qredits too: update and delete', async () => {
    const { version } = await read('qredits');
    const before = await snapshot();
    const update = await mutate(
      'updateOrganisation',
      { id: 'qredits', expectedVersion: version, patch: { description: 'Van Overijssel.' } },
      tokens.editorOverijssel,
    );
    expect(codeOf(update)).toBe('FORBIDDEN');
    const remove = await mutate(
      'deleteOrganisation',
      { id: 'qredits', expectedVersion: version, onReferences: 'REMOVE_RELATIONSHIPS' },
      tokens.editorOverijssel,
    );
    expect(codeOf(remove)).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  });
});

interface ImportAnswer {
  ok?: boolean;
  code?: string;
  errors?: { sheet: string | null; row: number | null; column: string | null; code?: string }[];
}

async function upload(entity: string, lines: string[], token = tokens.editorOverijssel) {
  const url = new URL('/api/import/spreadsheet', baseUrl);
  for (const [k, v] of Object.entries({ mode: 'apply', entity, source: CHANGE.source })) url.searchParams.set(k, v);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: `${lines.join('\r\n')}\r\n`,
  });
  return { status: res.status, body: (await res.json()) as ImportAnswer };
}

describe('province scope of spreadsheet rows, for the editor limited to Overijssel', () => {
  const SHEETS: Record<string, (kind: Kind) => Promise<string[]>> = {
    organisations: async (kind) => ['id,name,type', `${await newOrg(kind)},Ander loket,regional-executor`],
    coverage: async (kind) => ['organisation,region', `${await newOrg(kind)},GM0153`],
    serves: async (kind) => ['organisation,targetGroup,role', `${await newOrg(kind)},breed-mkb,primary`],
    services: async (kind) => {
      const org = await newOrg(kind);
      return ['id,organisation,name,status', `act-${org},${org},Spreekuur,active`];
    },
    referrals: async (kind) => ['from,to,kind,status', `${await newOrg(kind)},${await newOrg(kind)},referral,active`],
  };
  for (const [entity, rows] of Object.entries(SHEETS)) {
    describe(entity, () => {
      for (const kind of KINDS) {
        const allowed = kind === 'inside';
        it(`${allowed ? 'applies' : 'refuses'} a row for an organisation ${kind}`, async () => {
          const lines = await rows(kind);
          const before = await snapshot();
          const { status, body } = await upload(entity, lines);
          if (allowed) {
            expect(body.errors ?? [], JSON.stringify(body)).toEqual([]);
            expect(body.ok).toBe(true);
            expect(await snapshot()).not.toBe(before);
          } else {
            expect(status).toBe(403);
            expect(body).toMatchObject({ ok: false, code: 'FORBIDDEN' });
            expect(body.errors).toEqual([expect.objectContaining({ row: 2, code: 'FORBIDDEN' })]);
            expect(await snapshot()).toBe(before);
          }
        });
      }
    });
  }

  // A mappings row is about a region, not an organisation: inside Overijssel, in Noord-Brabant, and the country.
  const MAPPING_REGIONS: [string, string, boolean][] = [
    ['inside', 'GM0193', true],
    ['outside', 'GM0796', false],
    ['national', 'NL', false],
  ];
  for (const [kind, region, allowed] of MAPPING_REGIONS) {
    it(`${allowed ? 'applies' : 'refuses'} a mappings row for a region ${kind}`, async () => {
      const before = await snapshot();
      const { status, body } = await upload('mappings', ['region,targetGroup,year', `${region},zzp,2024`]);
      if (allowed) {
        expect(body.errors ?? [], JSON.stringify(body)).toEqual([]);
        expect(await snapshot()).not.toBe(before);
      } else {
        expect(status).toBe(403);
        expect(body.errors).toEqual([expect.objectContaining({ row: 2, column: 'region', code: 'FORBIDDEN' })]);
        expect(await snapshot()).toBe(before);
      }
    });
  }

  it('refuses the takeover row: Overijssel as coverage of qredits', async () => {
    const before = await snapshot();
    const { status, body } = await upload('coverage', ['organisation,region', 'qredits,PV23']);
    expect(status).toBe(403);
    expect(body.errors).toEqual([expect.objectContaining({ row: 2, column: 'organisation', code: 'FORBIDDEN' })]);
    expect(await snapshot()).toBe(before);
  });
});
