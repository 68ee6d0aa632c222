// Checks on GraphQL response bodies under load. autocannon counts HTTP statuses, but GraphQL answers an
// error in a resolver with 200 and an `errors` array; these checks count those too.

/**
 * True when a GraphQL response body has a top-level `errors` member. A substring test, cheap enough for
 * every response: inside a JSON string a quote is escaped, so `"errors":` can only be a key, and none of
 * the benchmark's selections has a field of that name.
 * @example hasGraphQLErrors('{"errors":[{"message":"x"}],"data":null}') // true
 */
export function hasGraphQLErrors(body: string): boolean {
  return body.includes('"errors":');
}

/**
 * Parses a body fully and says what is wrong with it, or null when `data.<field>` is there and holds
 * `list` (an array, or an array under that key of an object): the sampled check that the answers
 * are real answers, not empty or malformed 200s.
 * @example shapeProblem('{"data":{"whoServes":[]}}', 'whoServes') // null
 * @example shapeProblem('{"data":{"coverage":{"cells":[]}}}', 'coverage', 'cells') // null
 */
export function shapeProblem(body: string, field: string, list?: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return `not JSON: ${body.slice(0, 80)}`;
  }
  const top = parsed as { data?: Record<string, unknown> | null; errors?: unknown };
  if (top.errors !== undefined) return `errors: ${JSON.stringify(top.errors).slice(0, 200)}`;
  const value = top.data?.[field];
  if (value === undefined || value === null) return `no data.${field}`;
  const items = list === undefined ? value : (value as Record<string, unknown>)[list];
  if (!Array.isArray(items)) return `data.${field}${list === undefined ? '' : `.${list}`} is not a list`;
  return null;
}
