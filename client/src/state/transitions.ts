import type {
  Compare,
  FilterKey,
  Filters,
  GraphMode,
  Language,
  LayoutId,
  MapLevel,
  MatrixLevel,
  NetworkMetric,
  ViewId,
  ViewState,
} from './view-state.ts';
import { cleanTitle, DEFAULT_STATE, EMPTY_FILTERS, YEAR_MAX, YEAR_MIN } from './view-state.ts';

// Pure transitions `(state, ...args) => state`: the views dispatch them, the store applies them and
// writes the result to the URL. None mutates its input.

/** Switches the language of every text. */
export const setLanguage = (s: ViewState, lang: Language): ViewState => ({ ...s, lang });

/** Asks "who serves `targetGroup` in `region`?"; either may be null while the question is half asked. */
export const ask = (s: ViewState, targetGroup: string | null, region: string | null): ViewState => ({
  ...s,
  targetGroup,
  region,
});

export const setTargetGroup = (s: ViewState, targetGroup: string | null): ViewState => ({ ...s, targetGroup });

export const setRegion = (s: ViewState, region: string | null): ViewState => ({ ...s, region });

export const setView = (s: ViewState, view: ViewId): ViewState => ({ ...s, view });

/** Sets the as-of year, clamped to the slider's range; null for "all years". */
export const setYear = (s: ViewState, year: number | null): ViewState => ({
  ...s,
  year: year === null || Number.isNaN(year) ? null : Math.min(YEAR_MAX, Math.max(YEAR_MIN, Math.round(year))),
});

/** Adds a value to a filter, or removes it when present. */
export function toggleFilter<K extends FilterKey>(s: ViewState, key: K, value: Filters[K][number]): ViewState {
  const current = s.filters[key] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort();
  return { ...s, filters: { ...s.filters, [key]: next } };
}

export function setFilter<K extends FilterKey>(s: ViewState, key: K, values: Filters[K]): ViewState {
  return { ...s, filters: { ...s.filters, [key]: [...new Set(values)].sort() } };
}

export const clearFilters = (s: ViewState): ViewState => ({ ...s, filters: EMPTY_FILTERS });

/**
 * Opens (or with null closes) the details of an organisation. The details live in the answer column: a hidden
 * column goes back to showing itself, or a click on a node would seem to do nothing.
 */
export const selectOrganisation = (s: ViewState, id: string | null): ViewState => ({
  ...s,
  selected: id,
  panels: id !== null && s.panels.answer === 'closed' ? { ...s.panels, answer: 'auto' } : s.panels,
});

export const setLayout = (s: ViewState, layout: LayoutId): ViewState => ({ ...s, layout });

/** Chooses the referral network's measure that sizes or colours the nodes. */
export const setMetric = (s: ViewState, metric: NetworkMetric): ViewState => ({ ...s, metric });

/** Switches the graph mode; path mode starts from the selected organisation, else from the previous start. */
export const setMode = (s: ViewState, mode: GraphMode): ViewState => ({
  ...s,
  mode,
  pathFrom: mode === 'pad' ? (s.selected ?? s.pathFrom ?? DEFAULT_STATE.pathFrom) : s.pathFrom,
});

export const setPathFrom = (s: ViewState, pathFrom: string | null): ViewState => ({ ...s, pathFrom });

/** Sets the matrix rows; `within` (a province) only applies to municipalities. */
export const setMatrixLevel = (
  s: ViewState,
  level: MatrixLevel,
  within: string | null = s.matrixWithin,
): ViewState => ({
  ...s,
  matrixLevel: level,
  matrixWithin: level === 'MUNICIPALITY' ? (within ?? 'PV21') : null,
});

export const setMapLevel = (s: ViewState, level: MapLevel): ViewState => ({ ...s, mapLevel: level });

/** Sorts the table by a column; the same column again reverses the order. */
export const sortTable = (s: ViewState, column: string): ViewState => ({
  ...s,
  tableSort: {
    column,
    descending: s.tableSort.column === column ? !s.tableSort.descending : false,
  },
});

/** A matrix cell or map region chosen: asks the question for that region and group. */
export const selectCell = (s: ViewState, region: string, targetGroup: string | null): ViewState => ({
  ...s,
  region,
  targetGroup: targetGroup ?? s.targetGroup,
});

export const openGlossary = (s: ViewState, term: string | null): ViewState => ({ ...s, glossary: term });

/** Shows the map as if a scenario's changes were made, or with null the live map again. */
export const setScenario = (s: ViewState, scenario: string | null): ViewState => ({ ...s, scenario });

/** Compares two years, or the live map with the scenario; null stops comparing. */
export const setCompare = (s: ViewState, compare: Compare | null): ViewState => ({ ...s, compare });

/** Names the view (the heading of a shared link or embed); an empty text removes the name. */
export const setTitle = (s: ViewState, title: string | null): ViewState => ({ ...s, title: cleanTitle(title) });
