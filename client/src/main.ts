import { createApi, request, type RequestOptions } from './api/client.ts';
import { mutate } from './api/mutations.ts';
import { createRest } from './api/rest.ts';
import { createCache } from './data/cache.ts';
import type { ExportLink } from './data/exports.ts';
import { editRequests, requestsFor } from './data/requests.ts';
import { createEditController } from './edit/controller.ts';
import { referralCreateForm } from './edit/forms.ts';
import { tokenStore } from './edit/token-store.ts';
import { visibleSlice } from './data/slice.ts';
import { bindGraph } from './graph/binding.ts';
import type { GraphProgress } from './graph/large-graph.ts';
import { withRemoved, type GraphSlice } from './graph/elements.ts';
import { translator, type MessageKey } from './i18n/index.ts';
import { browserHistory, createStore } from './state/store.ts';
import { openGlossary, selectOrganisation, setLanguage } from './state/transitions.ts';
import { isEmbedPath } from './state/url.ts';
import type { ViewId } from './state/view-state.ts';
import { mountAnswer } from './views/answer.ts';
import { dataOf, type Actions, type Resources, type ViewContext } from './views/context.ts';
import { mountDetails } from './views/details.ts';
import { download, exportName } from './views/download.ts';
import { mountEditDialog } from './views/edit-dialog.ts';
import { mountEmbed } from './views/embed.ts';
import { mountFilters } from './views/filters.ts';
import { ALL_TERMS, mountGlossary } from './views/glossary.ts';
import { graphInput, mountGraphView } from './views/graph-view.ts';
import { mountImportWizard } from './views/import-wizard.ts';
import { mountLegend } from './views/legend.ts';
import { mountMapView } from './views/map-view.ts';
import { mountMatrixView } from './views/matrix-view.ts';
import { mountQuestionBar } from './views/question-bar.ts';
import { mountCompareView } from './views/compare-view.ts';
import { mountScenarioBanner } from './views/scenario-banner.ts';
import { mountScenarioPanel } from './views/scenario-panel.ts';
import { mountSessionBar } from './views/session-bar.ts';
import { mountShell } from './views/shell.ts';
import { mountSignIn } from './views/sign-in.ts';
import { mountStatus } from './views/status.ts';
import { mountTableView } from './views/table-view.ts';
import { mountTabs } from './views/tabs.ts';

const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
};

// Timings for the status line and the benchmark: milliseconds since navigation start when the first graph was
// painted, and the last layout's duration. The browser tests and bench/client-render.ts read them as
// window.__explorer, which only a test build (vite --mode test) exposes.
const timings: ExplorerTimings = {
  firstGraphMs: null,
  completeMs: null,
  layoutMs: null,
  layersMs: null,
  layersBuildMs: null,
  layouts: 0,
  renderer: null,
};
if (import.meta.env.MODE === 'test') window.__explorer = timings;

const store = createStore(browserHistory);
// The embeddable page (/embed?…) is this page read-only: no sign-in, no token sent, no editing (views/embed.ts).
const embedded = isEmbedPath(location.pathname);
let queued = false;
const scheduleRender = () => {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    render();
  });
};
// The signed-in user's token: in this tab's sessionStorage only, sent as a bearer token with every request.
const tokens = tokenStore(typeof sessionStorage === 'undefined' ? null : sessionStorage);
const requestOptions: RequestOptions = {
  token: () => (embedded ? null : tokens.get()),
  onUnauthenticated: () => edit.expired(),
};
const api = createApi(requestOptions);
const rest = createRest(requestOptions);
const cache = createCache(api, scheduleRender);
const edit = createEditController({
  api,
  mutate: (call) => mutate(call, requestOptions),
  tokens,
  // Regions and target groups do not change by editing; everything else is asked again.
  invalidate: () => cache.invalidate(['reference']),
  select: (id) => store.dispatch((s) => selectOrganisation(s, id)),
  onChange: scheduleRender,
});

/** What a large graph is busy with (drawing, refining its layout), for the progress line under it. */
let graphProgress: GraphProgress | null = null;
const graph = bindGraph(byId('graph'), {
  onSelect: (id) => store.dispatch((s) => selectOrganisation(s, id)),
  onLayoutDone: (ms) => {
    timings.layoutMs = ms;
    timings.layouts += 1;
    timings.completeMs ??= performance.now();
    timings.renderer = graph.controller?.webgl ? 'webgl' : 'canvas';
    scheduleRender();
  },
  onPicture: () => {
    timings.firstGraphMs ??= performance.now();
    timings.renderer = graph.controller?.webgl ? 'webgl' : 'canvas';
  },
  onLayersBuilt: (ms) => {
    timings.layersMs ??= performance.now();
    timings.layersBuildMs ??= ms;
  },
  onProgress: (step) => {
    graphProgress = step;
    scheduleRender();
  },
  onDraw: (from, to) => edit.openForm(referralCreateForm(from, to)),
});

const actions: Actions = {
  exportPng: () => {
    const c = graph.controller;
    const s = store.get();
    if (c) void c.png().then((blob) => download(exportName('graaf', [s.targetGroup, s.region], 'png'), blob));
  },
  exportSvg: () => {
    const c = graph.controller;
    const s = store.get();
    if (c) download(exportName('graaf', [s.targetGroup, s.region], 'svg'), c.svg(), 'image/svg+xml');
  },
  exportJson: () => {
    const s = store.get();
    const slice = context().slice;
    if (slice)
      download(
        exportName('graaf', [s.targetGroup, s.region], 'json'),
        JSON.stringify(slice, null, 2),
        'application/json',
      );
  },
  fit: () => graph.controller?.fit(),
  zoom: (factor) => graph.controller?.zoom(factor),
  retry: () => cache.retryFailed(),
  exportFile: (link: ExportLink) => {
    rest.file(link.path).then(
      (blob) => download(link.fileName, blob),
      (e: unknown) =>
        edit.notify('error', 'export.failed', { file: link.fileName, message: String((e as Error).message) }),
    );
  },
  searchOrganisations: async (text) =>
    (await api.searchOrganisations({ search: text, first: 20 })).organisations.edges.map((e) => e.node.id),
};

// The client-side filters make a new slice object; keep it while its inputs stay the same.
let visible: { source: GraphSlice | null; lines: string; slice: GraphSlice | null } = {
  source: null,
  lines: '',
  slice: null,
};

function context(): ViewContext {
  const state = store.get();
  const session = edit.get();
  const req = requestsFor(state);
  const editReq = editRequests(state, session);
  const res: Resources = {
    reference: cache.get(req.reference)!,
    graph: cache.get(req.graph)!,
    answer: cache.get(req.answer),
    matrix: cache.get(req.matrix),
    map: cache.get(req.map),
    organisation: cache.get(req.organisation),
    conformance: cache.get(req.conformance),
    overlaps: cache.get(req.overlaps),
    gaps: cache.get(req.gaps),
    paths: cache.get(req.paths),
    network: cache.get(req.network),
    history: cache.get(editReq.history),
    organisationNames: cache.get(editReq.organisationNames),
  };
  const source = dataOf(res.graph)?.graph ?? null;
  // Comparing the live map with the scenario, the graph also draws what the scenario removes (marked).
  const comparing = state.compare?.kind === 'scenario';
  const lines = `${state.filters.lines.join(',')}|${comparing}`;
  if (source !== visible.source || lines !== visible.lines) {
    const shown = source && comparing ? withRemoved(source) : source;
    visible = { source, lines, slice: shown ? visibleSlice(shown, state.filters) : null };
  }
  return {
    state,
    t: translator(state.lang),
    res,
    slice: visible.slice,
    dispatch: store.dispatch,
    actions,
    session,
    edit,
  };
}

const panels: Record<ViewId, HTMLElement> = {
  graaf: byId('panel-graaf'),
  matrix: byId('panel-matrix'),
  kaart: byId('panel-kaart'),
  tabel: byId('panel-tabel'),
};
const tabs = mountTabs(byId('tabs'), panels, context);
const question = mountQuestionBar(byId('question-bar'), context);
const filters = mountFilters(byId('filters'));
const answer = mountAnswer(byId('answer'));
const details = mountDetails(byId('details'));
const glossary = mountGlossary(byId<HTMLDialogElement>('glossary'), context);
const status = mountStatus(byId('status'), () => timings.layoutMs);
const graphView = mountGraphView(
  {
    toolbar: byId('graph-toolbar'),
    summary: byId('graph-summary'),
    modePanel: byId('graph-mode-panel'),
  },
  () => graphProgress,
);
const legend = mountLegend(byId('graph-legend'));
const sessionBar = mountSessionBar({
  account: byId('account'),
  editBar: byId('edit-bar'),
  notice: byId('edit-notice'),
});
const signIn = mountSignIn(byId<HTMLDialogElement>('sign-in-dialog'), context);
const editDialog = mountEditDialog(byId<HTMLDialogElement>('edit-dialog'), context);
const importWizard = mountImportWizard(byId<HTMLDialogElement>('import-dialog'), context, rest);
const shell = mountShell(
  {
    workspace: byId('workspace'),
    bar: byId('shell-bar'),
    filters: byId('filters'),
    side: byId('side'),
    guidance: byId('guidance'),
    guide: byId('view-guide'),
  },
  context,
);
// Scenarios: the banner over a map shown as if, and the panel that lists, shows and (for editors) makes them.
const scenarioDetails = (id: string) => cache.get({ op: 'scenarioDetails', vars: { id } });
const scenarioBanner = mountScenarioBanner(byId('scenario-banner'), scenarioDetails);
const scenarioPanel = embedded
  ? null
  : mountScenarioPanel(byId('scenarios'), {
      list: () => cache.get({ op: 'scenarios', vars: {} }),
      details: scenarioDetails,
      impact: (scenario, region) => cache.get({ op: 'scenarioImpact', vars: { scenario, region } }),
      names: () => cache.get({ op: 'organisationNames', vars: {} }),
      send: <T>(operation: string, variables: Record<string, unknown>) =>
        request<T, unknown>(operation, variables, requestOptions),
      // A scenario's answers are cached like any other; only regions and target groups stay as they are.
      changed: () => cache.invalidate(['reference']),
    });
const compareView = embedded
  ? null
  : mountCompareView(byId('comparison'), (vars) => cache.get({ op: 'comparison', vars }), scheduleRender);
if (embedded) for (const id of ['scenarios', 'comparison']) byId(id).hidden = true;
const embed = embedded ? mountEmbed(document.querySelector<HTMLElement>('.app-header')!) : null;
const views: Record<ViewId, (ctx: ViewContext) => void> = {
  graaf: (ctx) => {
    graphView(ctx);
    legend(ctx);
  },
  matrix: mountMatrixView(panels.matrix),
  kaart: mountMapView(panels.kaart, scheduleRender),
  tabel: mountTableView(panels.tabel),
};

let lastLang: string | null = null;
function applyLanguage(ctx: ViewContext): void {
  if (lastLang === ctx.t.lang) return;
  lastLang = ctx.t.lang;
  document.documentElement.lang = ctx.t.lang;
  document.title = ctx.t.t('title');
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = ctx.t.t(el.dataset['i18n'] as MessageKey);
  }
  const toggle = byId('language-toggle');
  toggle.textContent = ctx.t.t('languageToggle');
  toggle.setAttribute('lang', ctx.t.lang === 'nl' ? 'en' : 'nl');
  toggle.setAttribute('aria-label', ctx.t.t('languageToggleLabel'));
}

function render(): void {
  const ctx = context();
  applyLanguage(ctx);
  shell(ctx);
  embed?.(ctx);
  tabs(ctx);
  question(ctx);
  scenarioBanner(ctx);
  filters(ctx);
  status(ctx);
  // Only the visible view renders; the others catch up when their tab is chosen.
  views[ctx.state.view](ctx);
  graph.update(graphInput(ctx));
  answer(ctx);
  details(ctx);
  glossary(ctx);
  if (!embedded) {
    sessionBar(ctx);
    signIn(ctx);
    editDialog(ctx);
    importWizard(ctx);
    scenarioPanel?.(ctx);
    compareView?.(ctx);
  }
  document.body.dataset['ready'] =
    ctx.res.reference.status === 'ok' && ctx.res.graph.status !== 'loading' ? 'true' : 'false';
}

byId('language-toggle').addEventListener('click', () =>
  store.dispatch((s) => setLanguage(s, s.lang === 'nl' ? 'en' : 'nl')),
);
byId('glossary-open').addEventListener('click', () => store.dispatch((s) => openGlossary(s, ALL_TERMS)));
store.subscribe(scheduleRender);
window.addEventListener('resize', () => graph.controller?.resize());
// Hiding a side column or going full screen resizes the graph's box without resizing the window.
new ResizeObserver(() => graph.controller?.resize()).observe(byId('graph'));
render();
if (!embedded) void edit.start();
