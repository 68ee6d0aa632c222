import { SOURCE, documentFor } from './documents.ts';
import type {
  ConformanceQuery,
  ConformanceQueryVariables,
  CoverageQuery,
  CoverageQueryVariables,
  GraphSliceQuery,
  GraphSliceQueryVariables,
  LatestChangeQuery,
  LatestChangeQueryVariables,
  OrganisationDetailsQuery,
  OrganisationDetailsQueryVariables,
  SearchOrganisationsQuery,
  SearchOrganisationsQueryVariables,
  OrganisationHistoryQuery,
  OrganisationHistoryQueryVariables,
  OrganisationNamesQuery,
  OverlapsQuery,
  OverlapsQueryVariables,
  ReferenceQuery,
  ReferralGapsQuery,
  ReferralGapsQueryVariables,
  ReferralNetworkQuery,
  ReferralNetworkQueryVariables,
  ReferralPathsQuery,
  ReferralPathsQueryVariables,
  ComparisonQuery,
  ComparisonQueryVariables,
  ScenarioDetailsQuery,
  ScenarioDetailsQueryVariables,
  ScenarioImpactQuery,
  ScenarioImpactQueryVariables,
  ScenariosQuery,
  ViewerQuery,
  WhoServesQuery,
  WhoServesQueryVariables,
} from './generated.ts';

/** Kinds of failure the explorer explains to the user in plain language (see i18n `error.*`). */
export type ApiErrorCode =
  | 'NETWORK'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL'
  | string;

/** An error from the API, with the code from `extensions.code` and the other extensions (field, allowed, current…). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ApiErrorCode,
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** An error as GraphQL and the /api endpoints send it. */
export interface WireError {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

/** The ApiError of the first error of a response body. */
export function toApiError(error: WireError): ApiError {
  const { code, ...rest } = error.extensions ?? {};
  return new ApiError(error.message, code ?? 'INTERNAL', rest);
}

/** How requests are sent: the bearer token of the signed-in user, and what to do when the server refuses it. */
export interface RequestOptions {
  /** The token to send as `Authorization: Bearer …`, or null when signed out. */
  token?: () => string | null;
  /** Called when a request that carried a token was refused as UNAUTHENTICATED (the token is no longer valid). */
  onUnauthenticated?: () => void;
  fetchFn?: typeof fetch;
}

/** Headers of every request: JSON plus the bearer token when signed in (never in the URL). */
export function authHeaders(options: RequestOptions, extra: Record<string, string> = {}): Record<string, string> {
  const token = options.token?.() ?? null;
  return { accept: 'application/json', ...extra, ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

/** Throws the error of a failed request, telling the session first when its token was refused. */
export function raise(options: RequestOptions, error: ApiError): never {
  if (error.code === 'UNAUTHENTICATED' && options.token?.()) options.onUnauthenticated?.();
  throw error;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: WireError[];
}

/** Sends one named operation (query or mutation) from the client's documents to /graphql. */
export async function request<T, V>(operationName: string, variables: V, options: RequestOptions = {}): Promise<T> {
  const fetchFn = options.fetchFn ?? ((...args) => fetch(...args));
  let response: Response;
  try {
    response = await fetchFn('/graphql', {
      method: 'POST',
      headers: authHeaders(options, { 'content-type': 'application/json' }),
      body: JSON.stringify({ query: documentFor(operationName, SOURCE), operationName, variables }),
    });
  } catch {
    throw new ApiError('no connection to the server', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<T>;
  const first = body.errors?.[0];
  if (first) raise(options, toApiError(first));
  if (!body.data) throw new ApiError(`unexpected response (HTTP ${response.status})`, 'INTERNAL');
  return body.data;
}

/**
 * The typed queries of the explorer, one per document, sent with the session's token.
 * @example const api = createApi({ token: () => tokens.get() }); await api.viewer();
 */
export function createApi(options: RequestOptions = {}) {
  const op =
    <T, V>(name: string) =>
    (vars: V) =>
      request<T, V>(name, vars, options);
  return {
    reference: (_vars?: Record<string, never>) =>
      request<ReferenceQuery, Record<string, never>>('Reference', {}, options),
    graphSlice: op<GraphSliceQuery, GraphSliceQueryVariables>('GraphSlice'),
    whoServes: op<WhoServesQuery, WhoServesQueryVariables>('WhoServes'),
    coverage: op<CoverageQuery, CoverageQueryVariables>('Coverage'),
    organisation: op<OrganisationDetailsQuery, OrganisationDetailsQueryVariables>('OrganisationDetails'),
    searchOrganisations: op<SearchOrganisationsQuery, SearchOrganisationsQueryVariables>('SearchOrganisations'),
    conformance: op<ConformanceQuery, ConformanceQueryVariables>('Conformance'),
    overlaps: op<OverlapsQuery, OverlapsQueryVariables>('Overlaps'),
    referralGaps: op<ReferralGapsQuery, ReferralGapsQueryVariables>('ReferralGaps'),
    referralPaths: op<ReferralPathsQuery, ReferralPathsQueryVariables>('ReferralPaths'),
    referralNetwork: op<ReferralNetworkQuery, ReferralNetworkQueryVariables>('ReferralNetwork'),
    history: op<OrganisationHistoryQuery, OrganisationHistoryQueryVariables>('OrganisationHistory'),
    organisationNames: (_vars?: Record<string, never>) =>
      request<OrganisationNamesQuery, Record<string, never>>('OrganisationNames', {}, options),
    viewer: () => request<ViewerQuery, Record<string, never>>('Viewer', {}, options),
    latestChange: op<LatestChangeQuery, LatestChangeQueryVariables>('LatestChange'),
    scenarios: (_vars?: Record<string, never>) =>
      request<ScenariosQuery, Record<string, never>>('Scenarios', {}, options),
    scenarioDetails: op<ScenarioDetailsQuery, ScenarioDetailsQueryVariables>('ScenarioDetails'),
    comparison: op<ComparisonQuery, ComparisonQueryVariables>('Comparison'),
    scenarioImpact: op<ScenarioImpactQuery, ScenarioImpactQueryVariables>('ScenarioImpact'),
  };
}

export type Api = ReturnType<typeof createApi>;
