import type { TestTokens } from '../../helpers/test-users.ts';
import { showHttp, sendHttp, type FuzzCase, type HttpRequest } from './fuzz-run.ts';
import { randomOperation } from './graphql-fuzz.ts';
import { caseRng, type Rng } from './prng.ts';

/**
 * An Authorization header drawn from: none, a malformed one, an unknown token and each test user's token; `who`
 * names it in the log instead of the token (the tokens are made afresh for every run).
 */
export function authHeader(rng: Rng, tokens: TestTokens): { who: string; headers: Record<string, string> } {
  const r = rng.next();
  if (r < 0.35) return { who: 'anonymous', headers: {} };
  if (r < 0.4) {
    const value = rng.pick(['Basic abc', 'Bearer', 'Bearer !!!!!!!!!', `Bearer ${'x'.repeat(600)}`]);
    return { who: `malformed "${value.slice(0, 20)}"`, headers: { authorization: value } };
  }
  if (r < 0.45) {
    return { who: 'unknown token', headers: { authorization: 'Bearer ek_not-a-valid-token-at-all-0000000000000' } };
  }
  const who = rng.pick(['reader', 'editor', 'editorOverijssel', 'editorBrabant', 'admin'] as const);
  return { who, headers: { authorization: `Bearer ${tokens[who]}` } };
}

/** The request as logged: the user's name in place of their token. */
export function shown(request: HttpRequest, who: string): string {
  const { authorization: _, ...headers } = request.headers;
  return `[${who}] ${showHttp({ ...request, headers })}`;
}

/** How a GraphQL operation travels: mostly a JSON POST, sometimes GET, a batch, a CSRF-like or odd body. */
function requestFor(rng: Rng, auth: Record<string, string>): HttpRequest {
  const { query, variables } = randomOperation(rng);
  const json = { 'content-type': 'application/json', ...auth };
  const r = rng.next();
  if (r < 0.8) return { method: 'POST', path: '/graphql', headers: json, body: JSON.stringify({ query, variables }) };
  if (r < 0.86) {
    const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
    return { method: 'GET', path: `/graphql?${search}`, headers: { 'apollo-require-preflight': 'true', ...auth } };
  }
  if (r < 0.89)
    return { method: 'POST', path: '/graphql', headers: json, body: JSON.stringify([{ query }, { query }]) };
  if (r < 0.93) {
    const type = rng.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']);
    return { method: 'POST', path: '/graphql', headers: { 'content-type': type, ...auth }, body: query };
  }
  const body = rng.pick([
    'null',
    '[]',
    '"x"',
    '{"query":123}',
    '{"query":null}',
    JSON.stringify({ query, variables: 'not an object' }),
    JSON.stringify({ query, operationName: 'Nope' }),
    JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
    JSON.stringify({ query }).slice(0, -3),
    `\ufeff${JSON.stringify({ query })}`,
    '{"query":"{ health { status } }","query":"{ __typename }"}',
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
    `${'['.repeat(100_000)}`,
  ]);
  return { method: rng.pick(['POST', 'POST', 'PUT', 'DELETE', 'PATCH']), path: '/graphql', headers: json, body };
}

/** The GraphQL fuzz case `index` of the run with `seed`. */
export function graphqlCase(seed: number, index: number, tokens: TestTokens): FuzzCase {
  const rng = caseRng(seed, index);
  const auth = authHeader(rng, tokens);
  const request = requestFor(rng, auth.headers);
  return { family: 'graphql', index, shown: shown(request, auth.who), send: (baseUrl) => sendHttp(baseUrl, request) };
}
