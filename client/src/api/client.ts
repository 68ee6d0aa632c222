import documents from './graph.graphql?raw';
import type { GraphSliceQuery, GraphSliceQueryVariables } from './generated.ts';

/** An error from the API, with the code from `extensions.code` when the server gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one named operation from the client's documents to /graphql. */
export async function request<T, V>(operationName: string, variables: V, fetchFn: typeof fetch = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetchFn('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: documents, operationName, variables }),
    });
  } catch {
    throw new ApiError('no connection to the server', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<T>;
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'INTERNAL');
  if (!body.data) throw new ApiError(`unexpected response (HTTP ${response.status})`, 'INTERNAL');
  return body.data;
}

/** Loads a slice of the organisation graph. */
export function fetchGraphSlice(variables: GraphSliceQueryVariables): Promise<GraphSliceQuery> {
  return request<GraphSliceQuery, GraphSliceQueryVariables>('GraphSlice', variables);
}
