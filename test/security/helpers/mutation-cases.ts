import { randomUUID } from 'node:crypto';
import { isNonNullType } from 'graphql';
import type { TestTokens } from '../../helpers/test-users.ts';
import type { Actor } from './actors.ts';
import { apiSchema } from './schema.ts';

// For every mutation of the schema: valid minimal arguments, with what they act on prepared beforehand by the
// admin, inside Overijssel (Zwolle, GM0193). A mutation the schema gains without a case here fails the matrix.

type Vars = Record<string, unknown>;

/** What a GraphQL request got back. */
export interface GraphQLAnswer {
  status: number;
  headers: Headers;
  data?: Record<string, { change?: { id: string; user: string }; owner?: string } | boolean | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Posts an operation to /graphql with the given headers (JSON, as the explorer sends it). */
export async function postGraphql(
  baseUrl: string,
  headers: Record<string, string>,
  query: string,
  variables: Vars = {},
): Promise<GraphQLAnswer> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    headers: res.headers,
    ...((await res.json()) as Omit<GraphQLAnswer, 'status' | 'headers'>),
  };
}

/** The names of the schema's mutations: the matrix's rows. */
export function schemaMutations(): string[] {
  return Object.keys(apiSchema().getMutationType()!.getFields()).sort();
}

/**
 * A document calling mutation `name` with the given variables (and every required argument) typed as the schema
 * declares them, selecting the change it made.
 */
export function mutationDocument(name: string, vars: Vars): string {
  const field = apiSchema().getMutationType()!.getFields()[name];
  if (!field) throw new Error(`no mutation ${name} in the schema`);
  const args = field.args.filter((a) => a.name in vars || isNonNullType(a.type));
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const returns = String(field.type).replace(/!$/, '');
  // A scenario's writes answer the scenario (its owner says who wrote it) or, for a discard, true.
  const selection =
    returns === 'ChangeResult' ? ' { change { id user } }' : returns === 'Scenario' ? ' { id owner }' : '';
  return `mutation${declared ? `(${declared})` : ''} { ${name}${passed ? `(${passed})` : ''}${selection} }`;
}

/** Who a write's answer says made it: the change's user, or a scenario's owner; null for an answer without either. */
export function writtenBy(answer: unknown): string | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const a = answer as { change?: { user?: string }; owner?: string };
  return a.change?.user ?? a.owner ?? null;
}

/** Prepares the target of a mutation (as the admin) and returns the mutation's variables. */
export type MutationCase = (actor: Actor) => Promise<Vars>;

/** The cases, given a way to make prepared changes as the admin (or as another token). */
export function mutationCases(
  baseUrl: string,
  tokens: TestTokens,
  source: string,
): { cases: Record<string, MutationCase>; change: Vars } {
  const change = { source };
  const asUser = async (name: string, vars: Vars, token = tokens.admin) => {
    const res = await postGraphql(baseUrl, { authorization: `Bearer ${token}` }, mutationDocument(name, vars), vars);
    if (res.errors) throw new Error(`preparing ${name}: ${JSON.stringify(res.errors)}`);
    return (res.data![name] as { change: { id: string; user: string } }).change;
  };
  const newOrg = async (coverage = ['GM0193']) => {
    const id = `test-authz-${randomUUID().slice(0, 8)}`;
    await asUser('createOrganisation', {
      input: { id, name: `Authz ${id}`, type: 'regional-executor', coverage },
      change,
    });
    return id;
  };
  const withServes = async (targetGroup: string) => {
    const id = await newOrg();
    await asUser('addServes', { organisation: id, input: { targetGroup, role: 'PRIMARY' }, change });
    return `${id}|${targetGroup}|sole|all`;
  };
  const withService = async () => {
    const id = await newOrg();
    const serviceId = `act-${id}`;
    await asUser('createService', {
      organisation: id,
      input: { id: serviceId, name: 'Spreekuur', status: 'ACTIVE' },
      change,
    });
    return serviceId;
  };
  const withReferral = async () => {
    const from = await newOrg();
    const to = await newOrg();
    await asUser('createReferral', { input: { from, to, kind: 'REFERRAL', status: 'PILOT' }, change });
    const res = await postGraphql(baseUrl, {}, 'query($id: ID!) { organisation(id: $id) { referralsOut { id } } }', {
      id: from,
    });
    return (res.data as unknown as { organisation: { referralsOut: { id: string }[] } }).organisation.referralsOut[0]!
      .id;
  };

  const scenarioChange = async () => ({
    kind: 'SET_SERVES',
    organisation: await newOrg(),
    targetGroup: 'starter',
    role: 'PRIMARY',
    source,
  });
  const ownScenario = async (actor: Actor) => {
    const token = actor === 'editor' ? tokens.editor : tokens.admin;
    const input = { id: `authz-${randomUUID().slice(0, 8)}`, title: 'Authz', changes: [await scenarioChange()] };
    const res = await postGraphql(
      baseUrl,
      { authorization: `Bearer ${token}` },
      'mutation($input: NewScenarioInput!) { createScenario(input: $input) { id } }',
      { input },
    );
    if (res.errors) throw new Error(`preparing a scenario: ${JSON.stringify(res.errors)}`);
    return { id: input.id, expectedVersion: 1 };
  };

  // Where a source looked is one record per region and group: each case takes a pair no case took before.
  const overijssel = ['GM0193', 'GM0153', 'GM0150', 'GM0164', 'GM0141', 'GM0148', 'GM0147', 'GM0158', 'GM0160'];
  const groups = ['zzp', 'groot-mkb', 'scaleup', 'grootzakelijk', 'micro-mkb', 'peloton'];
  let pairs = 0;
  const freshPair = () => {
    const n = pairs++;
    return { region: overijssel[n % overijssel.length]!, targetGroup: groups[Math.floor(n / overijssel.length)]! };
  };

  const cases: Record<string, MutationCase> = {
    setMapping: async () => ({ ...freshPair(), input: { year: 2024, sources: ['Regioscan Overijssel 2024'] } }),
    removeMapping: async () => {
      const pair = freshPair();
      await asUser('setMapping', { ...pair, input: { year: 2024 }, change });
      return { ...pair, expectedVersion: 1 };
    },
    createOrganisation: async () => ({
      input: {
        id: `test-authz-${randomUUID().slice(0, 8)}`,
        name: 'Nieuw loket',
        type: 'regional-executor',
        coverage: ['GM0193'],
      },
    }),
    updateOrganisation: async () => ({ id: await newOrg(), expectedVersion: 1, patch: { description: 'Nieuw.' } }),
    deleteOrganisation: async () => ({ id: await newOrg(), expectedVersion: 1, onReferences: 'REMOVE_RELATIONSHIPS' }),
    setCoverage: async () => ({ organisation: await newOrg(), region: 'Enschede', input: { partial: true } }),
    removeCoverage: async () => ({
      organisation: await newOrg(['GM0193', 'GM0153']),
      region: 'GM0153',
      expectedVersion: 1,
    }),
    addServes: async () => ({ organisation: await newOrg(), input: { targetGroup: 'breed-mkb', role: 'PRIMARY' } }),
    updateServes: async () => ({
      key: await withServes('breed-mkb'),
      expectedVersion: 1,
      patch: { role: 'SECONDARY' },
    }),
    removeServes: async () => ({ key: await withServes('starter'), expectedVersion: 1 }),
    createService: async () => ({
      organisation: await newOrg(),
      input: { name: `Spreekuur ${randomUUID().slice(0, 6)}`, status: 'ACTIVE', targetGroups: ['starter'] },
    }),
    updateService: async () => ({
      id: await withService(),
      expectedVersion: 1,
      patch: { status: 'STOPPED', validTo: 2025 },
    }),
    deleteService: async () => ({ id: await withService(), expectedVersion: 1 }),
    createReferral: async () => ({
      input: {
        from: await newOrg(),
        to: await newOrg(),
        kind: 'WARM_HANDOVER',
        status: 'ACTIVE',
        targetGroups: ['starter'],
      },
    }),
    updateReferral: async () => ({ id: await withReferral(), expectedVersion: 1, patch: { status: 'ACTIVE' } }),
    deleteReferral: async () => ({ id: await withReferral(), expectedVersion: 1 }),
    // A scenario is changed by its owner or an admin: the nationwide editor and the admin get one of their own,
    // everyone else the admin's. Its one change lies in Overijssel, so the out-of-scope editor may not make it.
    createScenario: async () => ({
      input: { id: `authz-${randomUUID().slice(0, 8)}`, title: 'Authz', changes: [await scenarioChange()] },
    }),
    updateScenario: async (actor) => ({ ...(await ownScenario(actor)), title: 'Anders' }),
    addScenarioChanges: async (actor) => ({ ...(await ownScenario(actor)), changes: [await scenarioChange()] }),
    removeScenarioChange: async (actor) => ({ ...(await ownScenario(actor)), change: 'c1' }),
    discardScenario: async (actor) => ownScenario(actor),
    // Adopting needs every change in the adopter's provinces: the out-of-scope editor is refused on the admin's.
    adoptScenario: async (actor) => ownScenario(actor),
    // An editor may revert only their own latest change: the nationwide editor gets one of their own, everyone
    // else the admin's (which the admin may revert and nobody else).
    revertChange: async (actor) => {
      const id = await newOrg();
      const token = actor === 'editor' ? tokens.editor : tokens.admin;
      const made = await asUser(
        'updateOrganisation',
        { id, expectedVersion: 1, patch: { description: 'Terug.' }, change },
        token,
      );
      return { id: made.id };
    },
  };
  return { cases, change };
}
