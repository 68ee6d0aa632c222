import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, isAppError, type ErrorCode } from '../errors.ts';

// Apollo's and GraphQL Armor's own codes for malformed requests, all of which are the client's input.
const INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_USER_INPUT',
]);

/** Follows GraphQL's originalError chain down to the error a resolver threw. */
function rootCause(error: unknown): unknown {
  let current = error;
  // Duck-typed: under a module runner (tests) graphql may be loaded twice, and instanceof then fails.
  while (typeof current === 'object' && current !== null && 'originalError' in current && current.originalError) {
    current = current.originalError;
  }
  return current;
}

/**
 * True when Apollo raised the error as the client's with an HTTP 4xx status and no code of its own (such as
 * "provided sha does not match query" for a persisted query whose hash is not the query's).
 */
function clientStatus(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('extensions' in error)) return false;
  const http = (error as { extensions?: { http?: { status?: unknown } } }).extensions?.http;
  return typeof http?.status === 'number' && http.status >= 400 && http.status < 500;
}

/**
 * Normalises every error leaving the API: the code is always one of ERROR_CODES, and an
 * unexpected error shows a generic message (details go to the log, not to the client).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = rootCause(error);
  if (isAppError(original)) {
    return { ...formatted, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  const code = String(formatted.extensions?.['code'] ?? '');
  if ((ERROR_CODES as readonly string[]).includes(code)) return formatted;
  if (
    INPUT_CODES.has(code) ||
    (code === '' && formatted.locations !== undefined && formatted.path === undefined) ||
    // Apollo gives an error without a code INTERNAL_SERVER_ERROR, even one it raised as the client's.
    ((code === '' || code === 'INTERNAL_SERVER_ERROR') && clientStatus(original))
  ) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode },
    };
  }
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL' satisfies ErrorCode },
  };
}
