import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The peer's data model for @neo4j/graphql: the part of the graph whoServes and coverage read (cypher/README.md),
// typed as a user of that library would type it. Organisation, TargetGroup and Region are nodes; SERVES and
// COVERS carry their properties; PART_OF is region containment (municipality → COROP → province → KVK region →
// NL, and AREA membership). Only reads are generated: the benchmark never writes through the peer.
//
// The two @cypher statements live in bench/peer/cypher/, not in cypher/: they are the peer's configuration,
// run by @neo4j/graphql, never by the app (whose registry, server/db/queries.ts, lists what the app runs).

const CYPHER_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cypher');

/** A statement file as a GraphQL block string: its `//` header stays, as comments of the Cypher. */
function statement(file: string): string {
  const text = readFileSync(path.join(CYPHER_DIR, file), 'utf8').trim();
  if (text.includes('"""')) throw new Error(`${file} may not contain """`);
  return `"""\n${text}\n"""`;
}

const READ_ONLY = '@mutation(operations: []) @subscription(events: [])';

/**
 * The peer's type definitions: plain generated types (for the nested-filter variant) and two Query fields
 * running Cypher (the @cypher variant).
 * @example new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver })
 */
export function peerTypeDefs(): string {
  return `
type Organisation @node ${READ_ONLY} {
  id: ID!
  name: String!
  type: String
  scale: String
  generic: Boolean
  validFrom: Int
  validTo: Int
  serves: [TargetGroup!]! @relationship(type: "SERVES", direction: OUT, properties: "Serves")
  covers: [Region!]! @relationship(type: "COVERS", direction: OUT, properties: "Covers")
}

type TargetGroup @node ${READ_ONLY} {
  id: ID!
  name: String!
  kind: String
  servedBy: [Organisation!]! @relationship(type: "SERVES", direction: IN, properties: "Serves")
}

type Region @node ${READ_ONLY} {
  id: ID!
  name: String!
  level: String!
  "The regions this one lies in."
  partOf: [Region!]! @relationship(type: "PART_OF", direction: OUT)
  "The regions that lie in this one."
  parts: [Region!]! @relationship(type: "PART_OF", direction: IN)
  coveredBy: [Organisation!]! @relationship(type: "COVERS", direction: IN, properties: "Covers")
}

type Serves @relationshipProperties {
  key: String
  role: String
  scope: String
  validFrom: Int
  validTo: Int
}

type Covers @relationshipProperties {
  partial: Boolean
  validFrom: Int
  validTo: Int
}

type PeerCoverageCell {
  region: ID!
  targetGroup: ID!
  providerIds: [ID!]!
}

type Query {
  peerWhoServes(region: ID!, targetGroup: ID!, year: Int!): [Organisation!]!
    @cypher(statement: ${statement('who-serves.cypher')}, columnName: "organisation")
  peerCoverage(level: String!, targetGroups: [ID!]!, year: Int!): [PeerCoverageCell!]!
    @cypher(statement: ${statement('coverage.cypher')}, columnName: "cell")
}
`;
}
