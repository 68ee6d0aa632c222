import type { RegionLevel, ServeRole } from '../api/generated.ts';

/** The four views of the explorer (the `weergave` URL parameter). */
export const VIEWS = ['graaf', 'matrix', 'kaart', 'tabel'] as const;
export type ViewId = (typeof VIEWS)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Graph layouts; their descriptors live in graph/layouts.ts. */
export const LAYOUT_IDS = ['overzicht', 'fcose', 'concentrisch', 'systeemplaat'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

/** What the graph highlights: nothing extra, overlaps (bubble sets), referral gaps, or referral paths. */
export const GRAPH_MODES = ['normaal', 'overlap', 'gaten', 'pad'] as const;
export type GraphMode = (typeof GRAPH_MODES)[number];

/** Row levels of the matrix; municipalities only within one province. */
export const MATRIX_LEVELS = ['KVK_REGION', 'PROVINCE', 'COROP', 'MUNICIPALITY'] as const;
export type MatrixLevel = (typeof MATRIX_LEVELS)[number] & RegionLevel;

/** Levels the map can draw, one TopoJSON file each. */
export const MAP_LEVELS = ['PROVINCE', 'COROP', 'MUNICIPALITY'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number] & RegionLevel;

export const ROLES = ['PRIMARY', 'SECONDARY', 'DEVELOPING', 'UNSPECIFIED', 'NOT_SERVED'] as const satisfies ServeRole[];

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
  matrixLevel: MatrixLevel;
  /** Province whose municipalities the matrix lists (only at MUNICIPALITY level). */
  matrixWithin: string | null;
  mapLevel: MapLevel;
  tableSort: TableSort;
  /** Whether the glossary dialog is open, and at which term. */
  glossary: string | null;
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
  matrixLevel: 'PROVINCE',
  matrixWithin: null,
  mapLevel: 'PROVINCE',
  tableSort: { column: 'name', descending: false },
  glossary: null,
}) as ViewState;

/** Years the slider offers: the span of dated facts in the seed. */
export const YEAR_MIN = 2014;
export const YEAR_MAX = 2025;
