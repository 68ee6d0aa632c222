import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { findDataVersion } from '../repos/projection/projection.ts';
import type { GraphQLContext } from './context.ts';
import { FROM_PROJECTION } from './resolvers/query-analysis.ts';

// Whole responses to the analysis questions and the graph slice, kept per version of the map. A large answer
// (thousands of referral gaps, a national matrix, a slice of 2,000 organisations) costs far more to complete and
// serialise in GraphQL than to work out, and the explorer asks the same ones of every user. Apollo's response cache
// keeps them, keyed by the document, its variables, the map's data-version token, the generation of the reference
// data and this year: any write, here or through another process, changes the token, so an answer is never served
// for a map it was not worked out from. Only operations made of these questions alone are kept, per user (a nested
// field may depend on who asks).

/** How long a kept response may be served while the map does not change (seconds); the cache is also bounded in size. */
export const ANSWER_CACHE_SECONDS = 3600;

/**
 * Questions read from Neo4j that may be kept: while the database is down they must fail, so their version is the
 * data-version token read from Neo4j for every request (which then fails), not the read model's.
 */
const READ_PER_VERSION: ReadonlySet<string> = new Set(['graph']);

/** What the version of a kept operation is read from: the read model's token, Neo4j's token, or both. */
interface KeptOperation {
  readonly projection: boolean;
  readonly map: boolean;
}

/**
 * How a query may be kept when its root fields are all answered from the read model or read per version (no
 * fragments at the root, no other fields); null when it may not. Other queries read from Neo4j (details, search) are
 * never kept.
 */
export function keptOperation(operation: OperationDefinitionNode | undefined): KeptOperation | null {
  if (operation?.operation !== 'query') return null;
  const fields = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : ''));
  if (!fields.every((f) => FROM_PROJECTION.has(f) || READ_PER_VERSION.has(f))) return null;
  return { projection: fields.some((f) => FROM_PROJECTION.has(f)), map: fields.some((f) => READ_PER_VERSION.has(f)) };
}

/** True for a query whose root fields are all answered from the read model. */
export function answersOnly(operation: OperationDefinitionNode | undefined): boolean {
  const kept = keptOperation(operation);
  return kept !== null && !kept.map;
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
    return versionWith(ctx, token);
  } catch {
    return null;
  }
}

function versionWith(ctx: Pick<GraphQLContext, 'reference' | 'user'>, token: string | null): Record<string, unknown> {
  // Per user too: a field such as Organisation.editable answers for whoever asks; the anonymous share one entry.
  const user = ctx.user?.name ?? null;
  return { token, reference: ctx.reference.generation(), year: new Date().getUTCFullYear(), user };
}

/**
 * The version of an operation's answer: the read model's (answerVersion) for the analysis questions, and for a graph
 * slice the data-version token read from Neo4j now, before the answer is worked out, so the answer holds every write
 * up to it. Null when the operation is not kept or the version cannot be read.
 */
async function versionOf(rc: Request): Promise<Record<string, unknown> | null> {
  const kept = keptOperation(rc.operation);
  if (!kept) return null;
  const version = kept.projection ? await answerVersion(rc.contextValue) : versionWith(rc.contextValue, null);
  if (!version || !kept.map) return version;
  try {
    return { ...version, map: await findDataVersion(rc.contextValue.db) };
  } catch {
    return null;
  }
}

/** Whether the plugins keep answers, and who hears of each response that may be kept as sent. */
export interface AnswerCacheOptions {
  /** False: nothing is kept (default true). */
  readonly remember?: boolean;
  /**
   * Hears of each analysis response that may be kept (no errors), with the version it was worked out for: the HTTP
   * handler keeps it as sent (server/http/kept-responses.ts). Not of a graph slice: the handler checks a kept answer
   * against the read model's version alone, while a slice's version must be read from Neo4j for every request.
   */
  readonly onKept?: (ctx: GraphQLContext, version: Record<string, unknown>) => void;
}

/**
 * The plugins that keep responses, or none (`remember: false`). Apollo's hints plugin is off: it hooked every resolved
 * field of every operation to merge a hint per field (about a quarter of graphql-js's time on a large graph slice),
 * while no field here gives a hint of its own; so a kept operation's response is simply given the one lifetime.
 */
export function answerCachePlugins({
  remember = true,
  onKept,
}: AnswerCacheOptions = {}): ApolloServerPlugin<GraphQLContext>[] {
  if (!remember) return [ApolloServerPluginCacheControlDisabled()];
  const versions = new WeakMap<object, Record<string, unknown> | null>();
  const cacheable = async (rc: Request) => (versions.get(rc.request) ?? null) !== null;
  const tell: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const version = versions.get(rc.request) ?? null;
          const body = rc.response.body;
          if (!onKept || version === null || !answersOnly(rc.operation)) return;
          if (body.kind !== 'single' || body.singleResult.errors) return;
          onKept(rc.contextValue, version);
        },
      };
    },
  };
  return [
    tell,
    // No Cache-Control header: a browser or proxy cannot know when the map changes, so it must ask again.
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async executionDidStart(rc) {
            if (keptOperation(rc.operation)) rc.overallCachePolicy.restrict({ maxAge: ANSWER_CACHE_SECONDS });
          },
        };
      },
    },
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
