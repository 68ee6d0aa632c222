import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isObjectType,
  getNullableType,
  parse,
  type GraphQLArgument,
  type GraphQLInputField,
  // The same copy of graphql-js as Apollo's and input-limits.ts's (see there).
} from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../config.ts';
import { formatError } from './errors.ts';
import {
  DEFAULT_MAX_ITEMS,
  DEFAULT_MAX_LENGTH,
  findLimitViolation,
  inputLimitsPlugin,
  limitsOf,
  MAX_DEPTH,
} from './input-limits.ts';

const typeDefs = readFileSync(path.join(ROOT_DIR, 'server/graphql/schema.graphql'), 'utf8');
const schema = buildSchema(typeDefs);

/** Every argument and input field of the schema, by `Type.field(arg)` or `Input.field`. */
function inputs(): Map<string, GraphQLArgument | GraphQLInputField> {
  const out = new Map<string, GraphQLArgument | GraphQLInputField>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) out.set(`${type.name}.${field.name}(${arg.name})`, arg);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) out.set(`${type.name}.${field.name}`, field);
    }
  }
  return out;
}

const violation = (query: string, variables: Record<string, unknown> = {}) =>
  findLimitViolation(schema, parse(query), variables, null);

describe('limitsOf', () => {
  it('reads the limits a description states, and the defaults otherwise', () => {
    expect(limitsOf('Remark (at most 2000 characters).')).toEqual({ maxLength: 2000, maxItems: DEFAULT_MAX_ITEMS });
    expect(limitsOf('Citation (required, 1 to 500 characters).').maxLength).toBe(500);
    expect(limitsOf('Citations, at most 20 items.')).toEqual({ maxLength: DEFAULT_MAX_LENGTH, maxItems: 20 });
    expect(limitsOf('Longest path, in hops: 1 to 6.')).toEqual({
      maxLength: DEFAULT_MAX_LENGTH,
      maxItems: DEFAULT_MAX_ITEMS,
    });
    expect(limitsOf(undefined).maxLength).toBe(DEFAULT_MAX_LENGTH);
  });
});

describe('the limits in schema.graphql', () => {
  const all = inputs();
  const maxLength = (key: string) => limitsOf(all.get(key)?.description).maxLength;
  const maxItems = (key: string) => limitsOf(all.get(key)?.description).maxItems;

  it('match what the mutation validation enforces, so valid input passes unchanged', () => {
    expect(maxLength('ChangeInput.source')).toBe(500);
    expect(maxLength('ChangeInput.comment')).toBe(2000);
    for (const input of ['NewOrganisationInput', 'OrganisationPatch', 'NewServiceInput', 'ServicePatch']) {
      expect(maxLength(`${input}.description`), input).toBe(5000);
      expect(maxLength(`${input}.name`), input).toBe(200);
    }
    for (const input of ['OrganisationPatch', 'ServesPatch', 'ServicePatch', 'ReferralPatch']) {
      expect(maxLength(`${input}.note`), input).toBe(2000);
    }
    expect(maxLength('NewReferralInput.subject')).toBe(500);
    expect(maxLength('ReferralPatch.subject')).toBe(500);
  });

  it('allow 20 sources on every fact and every region on a coverage or service', () => {
    const sources = [...all.keys()].filter((k) => k.endsWith('.sources'));
    expect(sources.length).toBeGreaterThanOrEqual(9);
    for (const key of sources) expect(maxItems(key), key).toBe(20);
    expect(maxItems('NewOrganisationInput.coverage')).toBe(500);
    expect(maxItems('NewServiceInput.regions')).toBe(500);
    expect(maxItems('ServicePatch.regions')).toBe(500);
  });

  it('are read from every description that names a number of characters or items', () => {
    const unread: string[] = [];
    for (const [key, def] of all) {
      const d = def.description ?? '';
      const limits = limitsOf(d);
      const named = getNamedType(def.type).name;
      if (/\d characters/.test(d) && limits.maxLength === DEFAULT_MAX_LENGTH && !/\b200 characters/.test(d)) {
        unread.push(key);
      }
      if (/\d items/.test(d) && !isListType(getNullableType(def.type))) unread.push(`${key} (not a list)`);
      if (/\d characters/.test(d) && !['String', 'ID'].includes(named)) unread.push(`${key} (not text)`);
    }
    expect(unread).toEqual([]);
  });
});

describe('findLimitViolation', () => {
  const long = 'x'.repeat(900_000);

  it('refuses a long literal, naming the argument, its length and the maximum', () => {
    const v = violation(`{ whoServes(targetGroup: "breed-mkb", region: "${long}") { role } }`);
    expect(v).toEqual({
      argument: 'whoServes.region',
      message: 'whoServes.region is 900000 characters long; at most 200 are allowed',
      details: { argument: 'whoServes.region', field: 'region', length: 900_000, maxLength: 200 },
    });
  });

  it('refuses a long variable, also inside a list or an input object', () => {
    const q = 'query($w: ID) { coverage(level: PROVINCE, within: $w) { rows { id } } }';
    expect(violation(q, { w: long })?.argument).toBe('coverage.within');
    expect(violation(q, { w: 'Fryslân' })).toBeNull();
    const list = 'query($t: [ID!]) { coverage(level: PROVINCE, targetGroups: $t) { rows { id } } }';
    expect(violation(list, { t: ['zzp', 'y'.repeat(201)] })?.argument).toBe('coverage.targetGroups[1]');
    expect(violation(list, { t: Array.from({ length: 51 }, () => 'zzp') })?.details).toMatchObject({
      items: 51,
      maxItems: 50,
    });
    const mutation = `mutation($i: NewOrganisationInput!, $c: ChangeInput!) {
      createOrganisation(input: $i, change: $c) { change { id } } }`;
    const input = { name: 'Novel-T', type: 'rom', description: 'd'.repeat(5000) };
    expect(violation(mutation, { i: input, c: { source: 's'.repeat(500) } })).toBeNull();
    expect(violation(mutation, { i: { ...input, description: 'd'.repeat(5001) }, c: { source: 's' } })).toMatchObject({
      argument: 'createOrganisation.input.description',
      details: { field: 'input.description', length: 5001, maxLength: 5000 },
    });
    expect(violation(mutation, { i: input, c: { source: 's', comment: 'c'.repeat(2001) } })?.argument).toBe(
      'createOrganisation.change.comment',
    );
  });

  it('checks variables inside object literals and the defaults of variables left out', () => {
    const nested = `mutation($s: String) { createReferral(input: { from: "a", to: "b", kind: REFERRAL, status: ACTIVE,
      subject: $s }, change: { source: "x" }) { change { id } } }`;
    expect(violation(nested, { s: 's'.repeat(501) })?.argument).toBe('createReferral.input.subject');
    expect(violation(nested, { s: 's'.repeat(500) })).toBeNull();
    const withDefault = `query($r: ID! = "${'r'.repeat(300)}") { overlaps(region: $r) { score } }`;
    expect(violation(withDefault)?.argument).toBe('overlaps.region');
    expect(violation(withDefault, { r: 'PV21' })).toBeNull();
  });

  it('checks every list item and the list literal itself', () => {
    const items = Array.from({ length: 21 }, (_, i) => `"s${i}"`).join(', ');
    const q = `mutation { setCoverage(organisation: "o", region: "r", input: { sources: [${items}] },
      change: { source: "x" }) { change { id } } }`;
    expect(violation(q)).toMatchObject({ argument: 'setCoverage.input.sources', details: { maxItems: 20 } });
  });

  it('checks values whose shape does not fit their type, before coercion would repeat them', () => {
    const q = 'query($r: ID!, $y: Int) { overlaps(region: $r, asOf: $y) { score } }';
    expect(violation(q, { r: 'PV21', y: 'z'.repeat(300) })?.argument).toBe('overlaps.asOf');
    expect(violation(q, { r: ['z'.repeat(300)] })?.argument).toBe('overlaps.region[0]');
    const deep = JSON.parse(`${'['.repeat(MAX_DEPTH + 2)}1${']'.repeat(MAX_DEPTH + 2)}`) as unknown;
    expect(violation(q, { r: deep })?.message).toMatch(/nested more than/);
    const e = 'query($l: RegionLevel!) { coverage(level: $l) { rows { id } } }';
    expect(violation(e, { l: 'P'.repeat(201) })?.argument).toBe('coverage.level');
  });

  it('refuses unknown fields beyond what an input type has', () => {
    const q = 'query($f: GraphFilter!) { graph(filter: $f) { total } }';
    const filter = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}`, 1]));
    // GraphFilter has 13 fields (scenario is the thirteenth).
    expect(violation(q, { f: filter })?.message).toMatch(/graph\.filter has 100 fields; at most 13 are allowed/);
    expect(violation(q, { f: { limit: 10, region: 'PV21' } })).toBeNull();
  });

  it('checks directive arguments and fragments', () => {
    const q = `query($b: Boolean!) { ...F @include(if: $b) }
      fragment F on Query { regions(search: "${'s'.repeat(201)}") { id } }`;
    expect(violation(q, { b: true })?.argument).toBe('regions.search');
    expect(violation('query($b: Boolean!) { health @include(if: $b) { ok } }', { b: 'b'.repeat(201) })?.argument).toBe(
      '@include.if',
    );
  });
});

describe('inputLimitsPlugin', () => {
  it('refuses an operation over its limits with BAD_USER_INPUT and HTTP 400 before any resolver runs', async () => {
    let calls = 0;
    const server = new ApolloServer({
      typeDefs,
      resolvers: {
        Query: {
          whoServes: () => {
            calls += 1;
            return [];
          },
        },
      },
      formatError,
      plugins: [inputLimitsPlugin()],
    });
    await server.start();
    try {
      const query = 'query($r: ID!) { whoServes(targetGroup: "breed-mkb", region: $r) { role } }';
      const refused = await server.executeOperation({ query, variables: { r: 'Fryslân'.repeat(100_000) } });
      expect(refused.http.status).toBe(400);
      expect(refused.body.kind === 'single' && refused.body.singleResult.errors).toEqual([
        {
          message: 'whoServes.region is 700000 characters long; at most 200 are allowed',
          extensions: {
            code: 'BAD_USER_INPUT',
            argument: 'whoServes.region',
            field: 'region',
            length: 700_000,
            maxLength: 200,
          },
        },
      ]);
      expect(calls).toBe(0);
      const answered = await server.executeOperation({ query, variables: { r: 'Fryslân' } });
      expect(answered.body.kind === 'single' && answered.body.singleResult.errors).toBeUndefined();
      expect(calls).toBe(1);
    } finally {
      await server.stop();
    }
  });
});
