import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  type ExecutionResult,
  type GraphQLSchema,
  // The file, not the package: under a module runner `graphql` would be the ESM build while Apollo and the schema use
  // the CommonJS one (see input-limits.ts).
} from 'graphql/index.js';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

// Queries executed by code compiled once per document (graphql-jit) instead of graphql-js walking the document for
// every field of every answer. A large answer (thousands of referral gaps, a slice of 2,000 organisations, a national
// matrix) is completed field by field: graphql-js builds an info object and an argument map for each and resolves it
// through the schema every time, which took 3–6× the time of working the answer out (bench/README.md, "Compiled
// queries"). The compiled query does the same completion (the same resolvers, null checks, scalar serialisation,
// errors with their paths) as straight-line code. Apollo has no option for another executor; its gateway interface
// is the one place it hands execution over, after parsing, validation and the plugins' checks, so the whole request
// pipeline (limits, armour, answer cache, error formatting) stays as it is.
//
// Only queries are compiled, and only from their second ask: compiling costs 2–25 ms a document, several times its
// parse and validation, so a stream of queries each asked once (a scanner, a fuzzer) costs what it cost before, while
// the explorer's few dozen documents are compiled once each. Mutations, and any document the compiler refuses, run
// through graphql-js as before: writes are few and small, and their order and error behaviour stay graphql-js's.

/** How many documents are remembered, asked or compiled (least recently used dropped); the explorer sends a few dozen. */
export const COMPILED_QUERIES_MAX = 256;

/** A document asked before: compiled from its second ask; null when the compiler refused it (graphql-js runs it). */
interface Seen {
  query: CompiledQuery | null | undefined;
}

/** Compiles queries once per document and operation, from their second ask, and runs each with the compiled code. */
export function compiledExecutor(
  schema: GraphQLSchema,
  max = COMPILED_QUERIES_MAX,
): GatewayExecutor & {
  /** How many documents are kept compiled. */
  compiled(): number;
} {
  const seen = new LRUCache<string, Seen>({ max });
  const withGraphqlJs = (rc: Parameters<GatewayExecutor>[0]) =>
    execute({
      schema,
      document: rc.document,
      contextValue: rc.context,
      variableValues: rc.request.variables ?? {},
      // As asked: an operation name the document lacks is graphql-js's error to name, not the only operation to run.
      operationName: rc.request.operationName,
    }) as Promise<ExecutionResult>;
  const executor: GatewayExecutor = async (rc) => {
    // Mutations, and an operation name the document lacks (graphql-js names the error), as before.
    if (rc.operation?.operation !== 'query') return withGraphqlJs(rc);
    const key = `${rc.queryHash} ${rc.request.operationName ?? ''}`;
    const entry = seen.get(key);
    if (!entry) {
      seen.set(key, { query: undefined });
      return withGraphqlJs(rc);
    }
    if (entry.query === undefined) {
      const result = compileQuery(schema, rc.document, rc.request.operationName);
      entry.query = isCompiledQuery(result) ? result : null;
    }
    if (!entry.query) return withGraphqlJs(rc);
    const result = await entry.query.query(undefined, rc.context, rc.request.variables ?? {});
    if (!result.errors) return result;
    // Without data, the variables were refused before any resolver ran: graphql-js refuses them again, so the errors
    // name each variable and value as they always did (the compiler names a nested field's variable after the field),
    // and Apollo answers them as the client's input (400, BAD_USER_INPUT).
    if (result.data === undefined) return withGraphqlJs(rc);
    // Errors first, as graphql-js orders them, so the response is the same text.
    const { errors, ...rest } = result;
    return { errors: errors.map(asGraphQLError), ...rest };
  };
  return Object.assign(executor, {
    compiled: () => [...seen.values()].filter((e) => e.query).length,
  });
}

/**
 * A resolver's error as graphql-js would have raised it: its message, locations, path and the error the resolver threw
 * (which server/graphql/errors.ts reads), with extensions always present, as Apollo's error formatting expects.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const error = new GraphQLError(e.message, {
    path: e.path,
    originalError: e.originalError ?? undefined,
    extensions: e.extensions ?? undefined,
  });
  // graphql-js finds locations from the document's nodes; the compiler gives them computed.
  if (e.locations) Object.assign(error, { locations: e.locations });
  return error;
}

/**
 * The schema with its executor, in the shape Apollo takes a gateway: `new ApolloServer({ gateway })`. The schema never
 * changes while the server runs.
 */
export function compiledGateway(
  schema: GraphQLSchema,
  executor: GatewayExecutor = compiledExecutor(schema),
): GatewayInterface {
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
