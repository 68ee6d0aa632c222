import type { RegionLevel, ServeRole } from '../api/generated.ts';

/** The four views of the explorer (the `weergave` URL parameter). */
export const VIEWS = ['graaf', 'matrix', 'kaart', 'tabel'] as const;
export type ViewId = (typeof VIEWS)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Graph layouts; their descriptors live in graph/layouts.ts. */
export const LAYOUT_IDS = ['overzicht', 'fcose', 'concentrisch', 'systeemplaat'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

/** What the graph highlights: nothing extra, overlaps (bubble sets), referral gaps, referral paths, or weak points. */
export const GRAPH_MODES = ['normaal', 'overlap', 'gaten', 'pad', 'kwetsbaar'] as const;
export type GraphMode = (typeof GRAPH_MODES)[number];

/** What sizes or colours the graph's nodes: a measure of the referral network (`referralNetwork`), or nothing. */
export const NETWORK_METRICS = ['geen', 'ingraad', 'uitgraad', 'tussenheid', 'nabijheid', 'gemeenschap'] as const;
export type NetworkMetric = (typeof NETWORK_METRICS)[number];

/** Row levels of the matrix; municipalities only within one province. */
export const MATRIX_LEVELS = ['KVK_REGION', 'PROVINCE', 'COROP', 'MUNICIPALITY'] as const;
export type MatrixLevel = (typeof MATRIX_LEVELS)[number] & RegionLevel;

/** Levels the map can draw, one TopoJSON file each. */
export const MAP_LEVELS = ['PROVINCE', 'COROP', 'MUNICIPALITY'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number] & RegionLevel;

export const ROLES = ['PRIMARY', 'SECONDARY', 'DEVELOPING', 'UNSPECIFIED', 'NOT_SERVED'] as const satisfies ServeRole[];

/**
 * Whether a side column (filters, answer) shows: `auto` leaves it to the page (panels.ts: the answer column opens
 * when there is something to answer), `open` and `closed` are the user's choice, kept in the link.
 */
export const PANEL_STATES = ['auto', 'open', 'closed'] as const;
export type PanelState = (typeof PANEL_STATES)[number];
export interface Panels {
  filters: PanelState;
  answer: PanelState;
}
export type PanelId = keyof Panels;

/** Longest title a named view keeps (the heading of the page or embed, and the document title). */
export const TITLE_MAX = 120;

// C0 and C1 control characters, which a title has no use for.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A title as the page keeps it: control characters dropped, white space collapsed, at most TITLE_MAX characters;
 * nothing left means no title. It is only ever shown as text, never as markup.
 * @example cleanTitle('  Fryslân\n breed mkb ') === 'Fryslân breed mkb'
 */
export function cleanTitle(text: string | null): string | null {
  if (text === null) return null;
  const clean = [...text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()].slice(0, TITLE_MAX).join('').trim();
  return clean === '' ? null : clean;
}

/** Multi-valued filters; each is a list of ids, empty meaning "all". */
export interface Filters {
  targetGroups: string[];
  phases: string[];
  themes: string[];
  types: string[];
  roles: ServeRole[];
  lines: string[];
  relationTypes: string[];
  statuses: string[];
}
export type FilterKey = keyof Filters;
export const FILTER_KEYS = [
  'targetGroups',
  'phases',
  'themes',
  'types',
  'roles',
  'lines',
  'relationTypes',
  'statuses',
] as const satisfies FilterKey[];

export interface TableSort {
  column: string;
  descending: boolean;
}

/** What the explorer compares (`?vergelijk=`, state/compare.ts): two years, or the live map with the scenario. */
export type Compare = { kind: 'years'; from: number; to: number } | { kind: 'scenario' };

/** Everything a view shows, and nothing more: the whole of it round-trips through the URL. */
export interface ViewState {
  lang: Language;
  /** The question "Wie bedient [targetGroup] in [region]?". */
  targetGroup: string | null;
  region: string | null;
  view: ViewId;
  /** As-of year; null shows every fact regardless of time. */
  year: number | null;
  filters: Filters;
  /** Organisation whose details panel is open. */
  selected: string | null;
  layout: LayoutId;
  mode: GraphMode;
  /** Start organisation of path mode. */
  pathFrom: string | null;
  /** The referral network's measure the nodes show. */
  metric: NetworkMetric;
  matrixLevel: MatrixLevel;
  /** Province whose municipalities the matrix lists (only at MUNICIPALITY level). */
  matrixWithin: string | null;
  mapLevel: MapLevel;
  tableSort: TableSort;
  /** Whether the glossary dialog is open, and at which term. */
  glossary: string | null;
  /** The side columns: shown, hidden, or as the page decides. */
  panels: Panels;
  /** The name of a saved view, shown as its heading; null for none. */
  title: string | null;
  /** The scenario every answer is asked of, as if its changes were made; null for the live map. */
  scenario: string | null;
  /** What is compared (`vergelijk`): two years, or the live map with the scenario; null for no comparison. */
  compare: Compare | null;
}

export const EMPTY_FILTERS: Filters = Object.freeze({
  targetGroups: [],
  phases: [],
  themes: [],
  types: [],
  roles: [],
  lines: [],
  relationTypes: [],
  statuses: [],
}) as Filters;

export const DEFAULT_STATE: ViewState = Object.freeze({
  lang: 'nl',
  targetGroup: null,
  region: null,
  view: 'graaf',
  year: null,
  filters: EMPTY_FILTERS,
  selected: null,
  layout: 'overzicht',
  mode: 'normaal',
  pathFrom: 'kvk',
  metric: 'geen',
  matrixLevel: 'PROVINCE',
  matrixWithin: null,
  mapLevel: 'PROVINCE',
  tableSort: { column: 'name', descending: false },
  glossary: null,
  panels: Object.freeze({ filters: 'auto', answer: 'auto' }),
  title: null,
  scenario: null,
  compare: null,
}) as ViewState;

/** Years the slider offers: the span of dated facts in the seed. */
export const YEAR_MIN = 2014;
export const YEAR_MAX = 2025;
