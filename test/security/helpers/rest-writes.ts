import type { ApiDeps } from '../../../server/http/api-route.ts';
import { graphFileRoutes } from '../../../server/http/graph-file-routes.ts';
import { spreadsheetRoutes } from '../../../server/http/spreadsheet-routes.ts';

/** The REST routes that change state (every method but GET and HEAD), read from the route tables themselves. */
export function stateChangingRoutes(): { method: string; path: RegExp }[] {
  // The route tables only close over their dependencies; listing them touches none.
  const deps = {} as ApiDeps;
  return [...graphFileRoutes(deps), ...spreadsheetRoutes(deps)]
    .filter((r) => (r.method as string) !== 'GET' && (r.method as string) !== 'HEAD')
    .map((r) => ({ method: r.method, path: r.path }));
}

/** What a REST request got back: status and the JSON body (or null when it is not JSON). */
export interface RestAnswer {
  status: number;
  body: {
    ok?: boolean;
    code?: string;
    errors?: { message?: string; code?: string; extensions?: { code?: string } }[];
    [key: string]: unknown;
  } | null;
}

/** Posts `body` to a path of the server. */
export async function postRest(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<RestAnswer> {
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body: new TextEncoder().encode(body) });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as RestAnswer['body'] };
  } catch {
    return { status: res.status, body: null };
  }
}

/** The error code of a REST refusal (in the GraphQL error shape). */
export function restCodeOf(answer: RestAnswer): string | undefined {
  return answer.body?.errors?.[0]?.extensions?.code;
}
