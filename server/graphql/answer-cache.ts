import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from './context.ts';
import { FROM_PROJECTION } from './resolvers/query-analysis.ts';

// Whole responses to the analysis questions, kept per version of the map. A large answer (thousands of referral
// gaps, a national matrix) costs far more to complete and serialise in GraphQL than to work out from the read model,
// and the explorer asks the same ones of every user. Apollo's response cache keeps them, keyed by the document, its
// variables, the map's data-version token, the generation of the reference data and this year: any write, here or
// through another process, changes the token, so an answer is never served for a map it was not worked out from.
// Only operations made of analysis questions alone are kept, per user (a nested field may depend on who asks).

/** How long a kept response may be served while the map does not change (seconds); the cache is also bounded in size. */
export const ANSWER_CACHE_SECONDS = 3600;

/**
 * True for a query whose root fields are all answered from the read model (no fragments at the root, no other
 * fields). A query read from Neo4j (the graph slice, referral paths) is never kept: while the database is down it
 * must fail, which the read model's availability check makes its answers do, and a kept response would not.
 */
export function answersOnly(operation: OperationDefinitionNode | undefined): boolean {
  return (
    operation?.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && FROM_PROJECTION.has(s.name.value))
  );
}

type Request = GraphQLRequestContext<GraphQLContext>;

/** The version of the map an answer is for; null when it cannot be known (the database is down): then nothing is kept. */
async function versionOf(rc: Request): Promise<Record<string, unknown> | null> {
  if (!answersOnly(rc.operation)) return null;
  try {
    const { token } = await rc.contextValue.model.current();
    // Per user too: a field such as Organisation.editable answers for whoever asks; the anonymous share one entry.
    const user = rc.contextValue.user?.name ?? null;
    return { token, reference: rc.contextValue.reference.generation(), year: new Date().getUTCFullYear(), user };
  } catch {
    return null;
  }
}

/**
 * Apollo's cache hints, worked out only for an operation that may be kept. The hints plugin hooks every field that
 * is resolved (a hint per field, merged into the response's); for a graph slice of 2,000 organisations and their
 * relations that was about a quarter of graphql-js's time, for a response that is never kept.
 */
function hintsForKeptOperations(hints: ApolloServerPlugin<GraphQLContext>): ApolloServerPlugin<GraphQLContext> {
  return {
    // The same plugin otherwise (its internal id too, so Apollo does not install a default one beside it).
    ...hints,
    async requestDidStart(rc) {
      const listener = await hints.requestDidStart?.(rc);
      if (!listener) return listener;
      return {
        ...listener,
        executionDidStart: async (execution) =>
          answersOnly(execution.operation) ? listener.executionDidStart?.(execution) : undefined,
      };
    },
  };
}

/**
 * The plugins that keep analysis responses: cache hints for the fields of an operation that may be kept, and the
 * response cache itself. Without remembering (`false`): no hints either, rather than Apollo's default hints plugin.
 */
export function answerCachePlugins(remember = true): ApolloServerPlugin<GraphQLContext>[] {
  if (!remember) return [ApolloServerPluginCacheControlDisabled()];
  const versions = new WeakMap<object, Record<string, unknown> | null>();
  const cacheable = async (rc: Request) => (versions.get(rc.request) ?? null) !== null;
  return [
    // Every field may be kept; which operations are kept is decided below. No Cache-Control header: a browser or
    // proxy cannot know when the map changes, so it must ask again.
    hintsForKeptOperations(
      ApolloServerPluginCacheControl({ defaultMaxAge: ANSWER_CACHE_SECONDS, calculateHttpHeaders: false }),
    ),
    responseCachePlugin<GraphQLContext>({
      extraCacheKeyData: async (rc) => {
        const version = await versionOf(rc);
        versions.set(rc.request, version);
        return version;
      },
      shouldReadFromCache: cacheable,
      shouldWriteToCache: cacheable,
    }),
  ];
}
