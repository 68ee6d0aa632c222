import { SOURCE, documentFor } from './documents.ts';
import type {
  ConformanceQuery,
  ConformanceQueryVariables,
  CoverageQuery,
  CoverageQueryVariables,
  GraphSliceQuery,
  GraphSliceQueryVariables,
  OrganisationDetailsQuery,
  OrganisationDetailsQueryVariables,
  OverlapsQuery,
  OverlapsQueryVariables,
  ReferenceQuery,
  ReferralGapsQuery,
  ReferralGapsQueryVariables,
  ReferralPathsQuery,
  ReferralPathsQueryVariables,
  WhoServesQuery,
  WhoServesQueryVariables,
} from './generated.ts';

/** Kinds of failure the explorer explains to the user in plain language (see i18n `error.*`). */
export type ApiErrorCode = 'NETWORK' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'DATABASE_UNAVAILABLE' | 'INTERNAL' | string;

/** An error from the API, with the code from `extensions.code` when the server gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ApiErrorCode,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one named operation from the client's documents to /graphql. */
export async function request<T, V>(
  operationName: string,
  variables: V,
  fetchFn: typeof fetch = (...args) => fetch(...args),
): Promise<T> {
  let response: Response;
  try {
    response = await fetchFn('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: documentFor(operationName, SOURCE), operationName, variables }),
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

/** The typed operations of the explorer, one per document. */
export const api = {
  reference: (_vars?: Record<string, never>) => request<ReferenceQuery, Record<string, never>>('Reference', {}),
  graphSlice: (v: GraphSliceQueryVariables) => request<GraphSliceQuery, GraphSliceQueryVariables>('GraphSlice', v),
  whoServes: (v: WhoServesQueryVariables) => request<WhoServesQuery, WhoServesQueryVariables>('WhoServes', v),
  coverage: (v: CoverageQueryVariables) => request<CoverageQuery, CoverageQueryVariables>('Coverage', v),
  organisation: (v: OrganisationDetailsQueryVariables) =>
    request<OrganisationDetailsQuery, OrganisationDetailsQueryVariables>('OrganisationDetails', v),
  conformance: (v: ConformanceQueryVariables) => request<ConformanceQuery, ConformanceQueryVariables>('Conformance', v),
  overlaps: (v: OverlapsQueryVariables) => request<OverlapsQuery, OverlapsQueryVariables>('Overlaps', v),
  referralGaps: (v: ReferralGapsQueryVariables) =>
    request<ReferralGapsQuery, ReferralGapsQueryVariables>('ReferralGaps', v),
  referralPaths: (v: ReferralPathsQueryVariables) =>
    request<ReferralPathsQuery, ReferralPathsQueryVariables>('ReferralPaths', v),
};

export type Api = typeof api;
