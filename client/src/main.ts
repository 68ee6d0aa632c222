import { ApiError, fetchGraphSlice } from './api/client.ts';
import { toElements, type GraphSlice } from './graph/elements.ts';
import { renderGraph } from './graph/render.ts';
import { languageFromSearch, translate, type Language, type MessageKey } from './i18n/index.ts';
import { renderTable } from './views/table.ts';

const byId = (id: string): HTMLElement => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el;
};

let lang: Language = languageFromSearch(location.search);
let slice: GraphSlice | null = null;
let statusKey: { key: MessageKey; vars: Record<string, string | number>; error: boolean } | null = null;

function setStatus(key: MessageKey, vars: Record<string, string | number> = {}, error = false): void {
  statusKey = { key, vars, error };
  const status = byId('status');
  status.textContent = translate(lang, key, vars);
  status.classList.toggle('error', error);
}

function applyLanguage(): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = translate(lang, el.dataset['i18n'] as MessageKey);
  }
  byId('language-toggle').textContent = translate(lang, 'languageToggle');
  if (statusKey) setStatus(statusKey.key, statusKey.vars, statusKey.error);
  if (slice) {
    renderTable(byId('table'), slice, lang);
    byId('graph-summary').textContent = translate(lang, 'graphSummary', {
      nodes: slice.nodes.length,
      edges: slice.edges.length,
    });
  }
}

async function load(): Promise<void> {
  setStatus('loading');
  try {
    slice = (await fetchGraphSlice({ filter: { limit: 2000 } })).graph;
  } catch (e) {
    setStatus('errorLoad', { message: e instanceof ApiError ? e.message : String(e) }, true);
    return;
  }
  const cy = renderGraph(byId('graph'), toElements(slice));
  // Exposed for the browser tests, which check what was drawn.
  (window as unknown as { __cy: unknown }).__cy = cy;
  setStatus(slice.truncated ? 'truncated' : 'loaded', {
    nodes: slice.nodes.length,
    edges: slice.edges.length,
    total: slice.total,
  });
  applyLanguage();
}

byId('language-toggle').addEventListener('click', () => {
  lang = lang === 'nl' ? 'en' : 'nl';
  const url = new URL(location.href);
  if (lang === 'en') url.searchParams.set('taal', 'en');
  else url.searchParams.delete('taal');
  history.replaceState(null, '', url);
  applyLanguage();
});

applyLanguage();
void load();
