import type { SessionState } from '../edit/session.ts';
import type {
  ConformanceQueryVariables,
  CoverageQueryVariables,
  OrganisationHistoryQueryVariables,
  GraphFilter,
  OrganisationDetailsQueryVariables,
  OverlapsQueryVariables,
  ReferralGapsQueryVariables,
  ReferralNetworkQueryVariables,
  ReferralPathsQueryVariables,
  WhoServesQueryVariables,
} from '../api/generated.ts';
import type { ViewState } from '../state/view-state.ts';

/** Largest graph slice the explorer asks for. */
export const GRAPH_LIMIT = 2000;

/** Longest referral path shown in path mode. */
export const MAX_HOPS = 4;

/** One request the current state needs: which operation with which variables. */
export interface RequestSpec<K extends string, V> {
  op: K;
  vars: V;
}

/** What the current view needs from the API; null where nothing is needed. */
export interface Requests {
  reference: RequestSpec<'reference', Record<string, never>>;
  graph: RequestSpec<'graphSlice', { filter: GraphFilter }>;
  answer: RequestSpec<'whoServes', WhoServesQueryVariables> | null;
  matrix: RequestSpec<'coverage', CoverageQueryVariables> | null;
  map: RequestSpec<'coverage', CoverageQueryVariables> | null;
  organisation: RequestSpec<'organisation', OrganisationDetailsQueryVariables> | null;
  conformance: RequestSpec<'conformance', ConformanceQueryVariables> | null;
  overlaps: RequestSpec<'overlaps', OverlapsQueryVariables> | null;
  gaps: RequestSpec<'referralGaps', ReferralGapsQueryVariables> | null;
  paths: RequestSpec<'referralPaths', ReferralPathsQueryVariables> | null;
  /** The referral network's measures and weak points, while a measure or the weak-points mode is shown. */
  network: RequestSpec<'referralNetwork', ReferralNetworkQueryVariables> | null;
}

const nonEmpty = <T>(values: readonly T[]): T[] | undefined => (values.length > 0 ? [...values] : undefined);
/** The API's coverage and whoServes take one theme and one phase: used when exactly one is filtered. */
const single = (values: readonly string[]): string | undefined => (values.length === 1 ? values[0] : undefined);
const asOf = (s: ViewState) => (s.year === null ? {} : { asOf: s.year });
/** The scenario an answer is asked of; left out for the live map, so live requests keep their cache keys. */
const asIf = (s: ViewState) => (s.scenario === null ? {} : { scenario: s.scenario });

/**
 * The graph filter of a state: the question's region and group plus the filters. Explicit target-group
 * filters replace the question's group; lines are filtered in the client (the API has no such filter).
 * The overlap, gap and path modes show every organisation of the region, since referrals run through
 * organisations that do not serve the group themselves (KVK, municipalities).
 * @example graphFilter({ ...DEFAULT_STATE, region: 'PV21' }).region === 'PV21'
 */
export function graphFilter(s: ViewState): GraphFilter {
  const questionGroup = s.targetGroup && s.mode === 'normaal' ? [s.targetGroup] : [];
  const groups = s.filters.targetGroups.length > 0 ? s.filters.targetGroups : questionGroup;
  const filter: GraphFilter = {
    limit: GRAPH_LIMIT,
    region: s.region ?? undefined,
    targetGroups: nonEmpty(groups),
    phases: nonEmpty(s.filters.phases),
    themes: nonEmpty(s.filters.themes),
    types: nonEmpty(s.filters.types),
    roles: nonEmpty(s.filters.roles),
    relationTypes: nonEmpty(s.filters.relationTypes),
    statuses: nonEmpty(s.filters.statuses),
    ...asOf(s),
    ...asIf(s),
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as GraphFilter;
}

/**
 * Derives the API requests a state needs; pure, so what each view loads is tested without a network.
 * @example requestsFor(DEFAULT_STATE).answer === null
 */
export function requestsFor(s: ViewState): Requests {
  const question = s.targetGroup !== null && s.region !== null;
  const theme = single(s.filters.themes);
  const phase = single(s.filters.phases);
  const narrowing = { ...(theme ? { theme } : {}), ...(phase ? { phase } : {}), ...asOf(s), ...asIf(s) };
  return {
    reference: { op: 'reference', vars: {} },
    graph: { op: 'graphSlice', vars: { filter: graphFilter(s) } },
    answer: question
      ? { op: 'whoServes', vars: { targetGroup: s.targetGroup!, region: s.region!, ...narrowing } }
      : null,
    matrix:
      s.view === 'matrix'
        ? {
            op: 'coverage',
            vars: {
              level: s.matrixLevel,
              ...(s.matrixLevel === 'MUNICIPALITY' && s.matrixWithin ? { within: s.matrixWithin } : {}),
              ...narrowing,
            },
          }
        : null,
    map: s.view === 'kaart' ? { op: 'coverage', vars: { level: s.mapLevel, ...narrowing } } : null,
    organisation: s.selected ? { op: 'organisation', vars: { id: s.selected, ...asOf(s) } } : null,
    // Deviations are per organisation and the same in every region: ask for the whole country once.
    conformance: s.selected ? { op: 'conformance', vars: { ...asIf(s) } } : null,
    overlaps:
      s.mode === 'overlap' && s.region
        ? {
            op: 'overlaps',
            vars: {
              region: s.region,
              ...(s.targetGroup ? { targetGroup: s.targetGroup } : {}),
              ...asOf(s),
              ...asIf(s),
            },
          }
        : null,
    gaps:
      s.mode === 'gaten' && s.region
        ? {
            op: 'referralGaps',
            vars: {
              region: s.region,
              ...(s.targetGroup ? { targetGroup: s.targetGroup } : {}),
              ...asOf(s),
              ...asIf(s),
            },
          }
        : null,
    paths:
      s.mode === 'pad' && question && s.pathFrom
        ? {
            op: 'referralPaths',
            vars: {
              from: s.pathFrom,
              targetGroup: s.targetGroup!,
              region: s.region!,
              maxHops: MAX_HOPS,
              ...asIf(s),
            },
          }
        : null,
    network:
      (s.metric !== 'geen' || s.mode === 'kwetsbaar') && s.region
        ? {
            op: 'referralNetwork',
            vars: {
              region: s.region,
              ...(s.targetGroup ? { targetGroup: s.targetGroup } : {}),
              ...asOf(s),
              ...asIf(s),
            },
          }
        : null,
  };
}

/** Changes the history panel lists at most. */
export const HISTORY_LIMIT = 50;

/** What the editing side needs besides the view: the history panel's changes, the organisation picker's names. */
export interface EditRequests {
  history: RequestSpec<'history', OrganisationHistoryQueryVariables> | null;
  organisationNames: RequestSpec<'organisationNames', Record<string, never>> | null;
}

/**
 * The requests of the open history panel and of a form with an organisation picker; pure like requestsFor.
 * @example editRequests({ ...DEFAULT_STATE, selected: 'kvk' }, { ...INITIAL_SESSION, historyOpen: true }).history
 */
export function editRequests(s: ViewState, session: Pick<SessionState, 'historyOpen' | 'form'>): EditRequests {
  const picker = session.form?.spec.fields.some((f) => f.kind === 'organisation') ?? false;
  return {
    history:
      session.historyOpen && s.selected ? { op: 'history', vars: { id: s.selected, limit: HISTORY_LIMIT } } : null,
    organisationNames: picker ? { op: 'organisationNames', vars: {} } : null,
  };
}

/** A stable cache key for a request. */
export const requestKey = (r: RequestSpec<string, unknown>): string => `${r.op}:${stableJson(r.vars)}`;

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
