import type { ApiError } from '../api/client.ts';
import type {
  ConformanceQuery,
  CoverageQuery,
  OrganisationDetailsQuery,
  OrganisationHistoryQuery,
  OrganisationNamesQuery,
  OverlapsQuery,
  ReferenceQuery,
  ReferralGapsQuery,
  ReferralNetworkQuery,
  ReferralPathsQuery,
  WhoServesQuery,
} from '../api/generated.ts';
import type { Resource } from '../data/cache.ts';
import type { ExportLink } from '../data/exports.ts';
import type { EditController } from '../edit/controller.ts';
import type { SessionState } from '../edit/session.ts';
import type { GraphSlice } from '../graph/elements.ts';
import type { Translator } from '../i18n/index.ts';
import type { HistoryMode, Transition } from '../state/store.ts';
import type { ViewState } from '../state/view-state.ts';

/** The responses the current state needs, each loading, loaded or failed; null when not needed. */
export interface Resources {
  reference: Resource<ReferenceQuery>;
  graph: Resource<{ graph: GraphSlice }>;
  answer: Resource<WhoServesQuery> | null;
  matrix: Resource<CoverageQuery> | null;
  map: Resource<CoverageQuery> | null;
  organisation: Resource<OrganisationDetailsQuery> | null;
  conformance: Resource<ConformanceQuery> | null;
  overlaps: Resource<OverlapsQuery> | null;
  gaps: Resource<ReferralGapsQuery> | null;
  paths: Resource<ReferralPathsQuery> | null;
  network: Resource<ReferralNetworkQuery> | null;
  /** The selected organisation's changes, while the history panel is open. */
  history: Resource<OrganisationHistoryQuery> | null;
  /** Every organisation's name, while a form with an organisation picker is open. */
  organisationNames: Resource<OrganisationNamesQuery> | null;
}

/** Commands that act outside the state: exports, which need the drawn graph, and retrying failed requests. */
export interface Actions {
  exportPng(): void;
  exportSvg(): void;
  exportJson(): void;
  fit(): void;
  zoom(factor: number): void;
  retry(): void;
  /** Downloads a file of the REST API (the whole graph, a CSV per entity, an import template). */
  exportFile(link: ExportLink): void;
  /** Ids of the organisations best matching a typed name, best first (the server's full-text search). */
  searchOrganisations?(text: string): Promise<readonly string[]>;
}

/** What every view receives on each render: it reads, and changes things only through `dispatch`. */
export interface ViewContext {
  state: ViewState;
  t: Translator;
  res: Resources;
  /** The graph slice in view (after the client-side filters), when loaded. */
  slice: GraphSlice | null;
  dispatch(transition: Transition, history?: HistoryMode): void;
  actions: Actions;
  /** Who is signed in, edit mode, the open edit form. */
  session: SessionState;
  /** Signing in, edit mode, forms, undo: the editing side's commands. */
  edit: EditController;
}

/** The data of a loaded resource, else null. */
export const dataOf = <T>(r: Resource<T> | null): T | null => (r?.status === 'ok' ? r.data : null);

/** The error of a failed resource, else null. */
export const errorOf = (r: Resource<unknown> | null): ApiError | null => (r?.status === 'error' ? r.error : null);

/** Name of a target group in the page's language. */
export function groupName(ctx: Pick<ViewContext, 't' | 'res'>, id: string): string {
  const g = dataOf(ctx.res.reference)?.targetGroups.find((x) => x.id === id);
  if (!g) return id;
  return ctx.t.lang === 'en' && g.nameEn ? g.nameEn : g.name;
}

/** Name of a region, from the reference data. */
export function regionName(ctx: Pick<ViewContext, 'res'>, id: string): string {
  return dataOf(ctx.res.reference)?.regions.find((r) => r.id === id)?.name ?? id;
}

/** Name of a kind of help in the page's language, from the API's vocabulary (`helpKinds`). */
export function helpName(ctx: Pick<ViewContext, 't' | 'res'>, id: string): string {
  const k = dataOf(ctx.res.reference)?.helpKinds.find((x) => x.id === id);
  if (!k) return id;
  return ctx.t.lang === 'en' ? k.nameEn : k.name;
}

/** Names of kinds of help, joined for a sentence or a table cell. */
export const helpNames = (ctx: Pick<ViewContext, 't' | 'res'>, ids: readonly string[]): string =>
  ids.map((id) => helpName(ctx, id)).join(', ');
