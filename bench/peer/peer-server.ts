import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { graphqlClient, type BenchApp } from '../lib/bench-app.ts';
import { peerTypeDefs } from './type-defs.ts';

/** The peer API in this process: @neo4j/graphql's schema behind a plain Apollo Server on 127.0.0.1. */
export interface PeerServer {
  /** `http://127.0.0.1:<port>/graphql`. */
  readonly url: string;
  /** POSTs a query and returns `data`; throws GraphQLRequestError on any error. */
  readonly graphql: BenchApp['graphql'];
  /** Stops the server; the driver stays open. */
  stop(): Promise<void>;
}

/**
 * Starts the peer over the given driver, as its documentation sets it up (Neo4jGraphQL → getSchema → Apollo
 * Server's standalone HTTP server), on an ephemeral port of 127.0.0.1. No armour, no logging, no auth: the peer
 * gets the lightest server, so whatever it loses is its own translation and execution.
 * @example const peer = await startPeerServer(bench.driver, bench.db.database);
 */
export async function startPeerServer(driver: Driver, database: string): Promise<PeerServer> {
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginLandingPageDisabled()] });
  const { url: base } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database } }),
  });
  const url = new URL('/graphql', base).toString();
  return {
    url,
    graphql: graphqlClient(url),
    stop: () => apollo.stop(),
  };
}
