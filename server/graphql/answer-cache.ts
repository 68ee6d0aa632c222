import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
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

/**
 * The version of the map an answer is worked out for, as a user asks: the data-version token, the generation of the
 * reference data, this year and the user. Null when it cannot be known (the database is down): then nothing is kept,
 * and nothing kept is served.
 */
export async function answerVersion(
  ctx: Pick<GraphQLContext, 'model' | 'reference' | 'user'>,
): Promise<Record<string, unknown> | null> {
  try {
    const { token } = await ctx.model.current();
    // Per user too: a field such as Organisation.editable answers for whoever asks; the anonymous share one entry.
    const user = ctx.user?.name ?? null;
    return { token, reference: ctx.reference.generation(), year: new Date().getUTCFullYear(), user };
  } catch {
    return null;
  }
}

const versionOf = async (rc: Request) => (answersOnly(rc.operation) ? answerVersion(rc.contextValue) : null);

/**
 * The plugins that keep analysis responses: cache hints for every field, and the response cache itself. `onKept` hears
 * of each response that may be kept (no errors), with the version it was worked out for: the HTTP handler keeps it as
 * sent (server/http/kept-responses.ts).
 */
export function answerCachePlugins(
  onKept?: (ctx: GraphQLContext, version: Record<string, unknown>) => void,
): ApolloServerPlugin<GraphQLContext>[] {
  const versions = new WeakMap<object, Record<string, unknown> | null>();
  const cacheable = async (rc: Request) => (versions.get(rc.request) ?? null) !== null;
  const tell: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const version = versions.get(rc.request) ?? null;
          const body = rc.response.body;
          if (!onKept || version === null || body.kind !== 'single' || body.singleResult.errors) return;
          onKept(rc.contextValue, version);
        },
      };
    },
  };
  return [
    tell,
    // Every field may be kept; which operations are kept is decided below. No Cache-Control header: a browser or
    // proxy cannot know when the map changes, so it must ask again.
    ApolloServerPluginCacheControl({ defaultMaxAge: ANSWER_CACHE_SECONDS, calculateHttpHeaders: false }),
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
