import { compareFromWord, compareWord } from './compare.ts';
import type { FilterKey, MapLevel, MatrixLevel, PanelState, ViewState } from './view-state.ts';
import {
  cleanTitle,
  DEFAULT_STATE,
  FILTER_KEYS,
  GRAPH_MODES,
  LANGUAGES,
  LAYOUT_IDS,
  MAP_LEVELS,
  MATRIX_LEVELS,
  NETWORK_METRICS,
  ROLES,
  VIEWS,
  YEAR_MAX,
  YEAR_MIN,
} from './view-state.ts';

// The URL is the state's only persistence: every view is a link. Parameter names and values are Dutch,
// as the people who share the links speak; defaults are left out so links stay short.

/** URL parameter of each filter. */
export const FILTER_PARAMS: Record<FilterKey, string> = {
  targetGroups: 'groepen',
  phases: 'fasen',
  themes: 'themas',
  types: 'typen',
  roles: 'rollen',
  lines: 'lijnen',
  relationTypes: 'relaties',
  statuses: 'statussen',
};

/** Dutch URL words for region levels. */
const LEVEL_WORDS: Record<MatrixLevel, string> = {
  KVK_REGION: 'kvk',
  PROVINCE: 'provincie',
  COROP: 'corop',
  MUNICIPALITY: 'gemeente',
};

/** URL words of the side columns' states; `auto` is the default and never written. */
const PANEL_WORDS: Record<Exclude<PanelState, 'auto'>, string> = { open: 'open', closed: 'dicht' };
const panelFromWord = (word: string | null): PanelState =>
  word === PANEL_WORDS.open ? 'open' : word === PANEL_WORDS.closed ? 'closed' : 'auto';
const panelWord = (state: PanelState): string | null => (state === 'auto' ? null : PANEL_WORDS[state]);

/** The path of the embeddable page: one view, no editing, for another site's frame (docs/embedding.md). */
export const EMBED_PATH = '/embed';

/** Whether a page path is the embeddable page (with or without a trailing slash). */
export const isEmbedPath = (pathname: string): boolean => pathname.replace(/\/$/, '') === EMBED_PATH;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

const levelFromWord = <T extends MatrixLevel>(allowed: readonly T[], word: string | null, fallback: T): T =>
  allowed.find((l) => LEVEL_WORDS[l] === word) ?? fallback;

// Ids are slugs and CBS codes; anything else in a hand-edited link is dropped rather than sent to the API.
const ID = /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,79}$/u;
const idOrNull = (value: string | null): string | null => (value !== null && ID.test(value) ? value : null);

const list = (value: string | null): string[] =>
  value === null ? [] : [...new Set(value.split(',').filter((v) => ID.test(v)))].sort();

/**
 * Reads a view state from a query string; unknown or malformed values fall back to the defaults.
 * @example fromSearch('?doelgroep=breed-mkb&regio=PV21&weergave=tabel').view === 'tabel'
 */
export function fromSearch(search: string): ViewState {
  const p = new URLSearchParams(search);
  const year = Number.parseInt(p.get('jaar') ?? '', 10);
  const sort = p.get('sorteer');
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => {
      const values = list(p.get(FILTER_PARAMS[key]));
      return [key, key === 'roles' ? values.filter((v) => (ROLES as readonly string[]).includes(v)) : values];
    }),
  ) as unknown as ViewState['filters'];
  const matrixLevel = levelFromWord(MATRIX_LEVELS, p.get('niveau'), DEFAULT_STATE.matrixLevel);
  return {
    lang: oneOf(LANGUAGES, p.get('taal'), DEFAULT_STATE.lang),
    targetGroup: idOrNull(p.get('doelgroep')),
    region: idOrNull(p.get('regio')),
    view: oneOf(VIEWS, p.get('weergave'), DEFAULT_STATE.view),
    year: Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX ? year : null,
    filters,
    selected: idOrNull(p.get('organisatie')),
    layout: oneOf(LAYOUT_IDS, p.get('indeling'), DEFAULT_STATE.layout),
    mode: oneOf(GRAPH_MODES, p.get('modus'), DEFAULT_STATE.mode),
    pathFrom: p.has('van') ? idOrNull(p.get('van')) : DEFAULT_STATE.pathFrom,
    metric: oneOf(NETWORK_METRICS, p.get('maat'), DEFAULT_STATE.metric),
    matrixLevel,
    matrixWithin: matrixLevel === 'MUNICIPALITY' ? (idOrNull(p.get('binnen')) ?? 'PV21') : null,
    mapLevel: levelFromWord<MapLevel>(MAP_LEVELS, p.get('kaartniveau'), DEFAULT_STATE.mapLevel),
    tableSort:
      sort !== null && /^-?[a-zA-Z]+$/.test(sort)
        ? { column: sort.replace(/^-/, ''), descending: sort.startsWith('-') }
        : DEFAULT_STATE.tableSort,
    glossary: idOrNull(p.get('begrip')),
    panels: { filters: panelFromWord(p.get('filterkolom')), answer: panelFromWord(p.get('antwoordkolom')) },
    title: cleanTitle(p.get('titel')),
    scenario: idOrNull(p.get('scenario')),
    compare: compareFromWord(p.get('vergelijk')),
  };
}

/**
 * Writes a view state as a query string (with `?`, or empty for the default view).
 * @example toSearch({ ...DEFAULT_STATE, view: 'matrix' }) === '?weergave=matrix'
 */
export function toSearch(s: ViewState): string {
  const p = new URLSearchParams();
  const set = (name: string, value: string | null, fallback: string | null = null) => {
    if (value !== null && value !== fallback) p.set(name, value);
  };
  set('doelgroep', s.targetGroup);
  set('regio', s.region);
  set('weergave', s.view, DEFAULT_STATE.view);
  set('jaar', s.year === null ? null : String(s.year));
  set('taal', s.lang, DEFAULT_STATE.lang);
  for (const key of FILTER_KEYS) {
    const values = s.filters[key] as readonly string[];
    if (values.length > 0) p.set(FILTER_PARAMS[key], [...values].sort().join(','));
  }
  set('organisatie', s.selected);
  set('indeling', s.layout, DEFAULT_STATE.layout);
  set('modus', s.mode, DEFAULT_STATE.mode);
  if (s.pathFrom !== DEFAULT_STATE.pathFrom) p.set('van', s.pathFrom ?? '');
  set('maat', s.metric, DEFAULT_STATE.metric);
  set('niveau', LEVEL_WORDS[s.matrixLevel], LEVEL_WORDS[DEFAULT_STATE.matrixLevel]);
  if (s.matrixLevel === 'MUNICIPALITY') set('binnen', s.matrixWithin);
  set('kaartniveau', LEVEL_WORDS[s.mapLevel], LEVEL_WORDS[DEFAULT_STATE.mapLevel]);
  const sort = `${s.tableSort.descending ? '-' : ''}${s.tableSort.column}`;
  set('sorteer', sort, DEFAULT_STATE.tableSort.column);
  set('begrip', s.glossary);
  set('filterkolom', panelWord(s.panels.filters));
  set('antwoordkolom', panelWord(s.panels.answer));
  set('titel', s.title);
  set('scenario', s.scenario);
  set('vergelijk', compareWord(s.compare));
  const text = p.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

/** Whether two states would produce the same URL (the store pushes history only when they differ). */
export const sameUrl = (a: ViewState, b: ViewState): boolean => toSearch(a) === toSearch(b);

/**
 * The link to a view, on the full explorer or on the embeddable page; an open glossary stays out of it.
 * @example viewLink('https://kaart.example.org', state, 'embed') === 'https://kaart.example.org/embed?regio=PV21'
 */
export function viewLink(origin: string, s: ViewState, page: 'explorer' | 'embed'): string {
  return `${origin}${page === 'embed' ? EMBED_PATH : '/'}${toSearch({ ...s, glossary: null })}`;
}
