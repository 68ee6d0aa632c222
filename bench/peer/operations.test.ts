import { Neo4jGraphQL } from '@neo4j/graphql';
import type * as GraphQL from 'graphql';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { containsRegion, PEER_COVERAGE, PEER_CYPHER_WHO_SERVES, peerNestedWhoServes } from './operations.ts';
import { peerTypeDefs } from './type-defs.ts';

// @neo4j/graphql is CommonJS and builds its schema with CommonJS graphql; validating it with the ES module build
// fails the realm check, so the test takes the same build the library does.
const { parse, validate } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

describe('containsRegion', () => {
  it('matches the region itself at depth 0', () => {
    expect(containsRegion(0)).toBe('{ OR: [{ id: { eq: $region } }] }');
  });

  it('spells out one nested parts filter more for each step of containment', () => {
    expect(containsRegion(2)).toBe(
      '{ OR: [{ id: { eq: $region } }, { parts: { some: { id: { eq: $region } } } }, ' +
        '{ parts: { some: { parts: { some: { id: { eq: $region } } } } } }] }',
    );
  });

  it('refuses a depth that is not a whole number from 0', () => {
    expect(() => containsRegion(-1)).toThrow('depth must be a whole number');
    expect(() => containsRegion(1.5)).toThrow('depth must be a whole number');
  });
});

describe('the peer documents', () => {
  it('are valid against the schema @neo4j/graphql generates from the peer type definitions', async () => {
    const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs() }).getSchema();
    for (const doc of [peerNestedWhoServes(4), PEER_CYPHER_WHO_SERVES, PEER_COVERAGE]) {
      expect(validate(schema, parse(doc)).map((e) => e.message)).toEqual([]);
    }
  });

  it('are refused by that schema when a filter names a field the peer does not have', async () => {
    const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs() }).getSchema();
    const wrong = peerNestedWhoServes(1).replace('scope: { eq: null }', 'reach: { eq: null }');
    expect(validate(schema, parse(wrong)).length).toBeGreaterThan(0);
  });
});
