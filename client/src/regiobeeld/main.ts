import '../styles.css';
import './regiobeeld.css';
import type { Topology } from 'topojson-specification';
import { loadTopology } from '../data/topology.ts';
import { translator, type Translator } from '../i18n/index.ts';
import { h } from '../views/dom.ts';
import { isRefusal, loadRegiobeeld, type RegiobeeldData, type Refusal } from './load.ts';
import { parseParams, regiobeeldLink, type RegiobeeldParams } from './params.ts';
import { conformanceSection, overlapSection, referralSection } from './section-analysis.ts';
import { changesSection } from './section-changes.ts';
import { MAP_GROUP, coverageSection } from './section-coverage.ts';
import { groupsSection } from './section-groups.ts';
import { renderSection, type SectionSpec } from './section.ts';
import { coverPage, runningLine, type Stamp } from './cover.ts';
import { installPageMargin } from './print-margin.ts';

const root = document.getElementById('regiobeeld')!;
const params = parseParams(location.search);
const t = translator(params.lang);
document.documentElement.lang = params.lang;

/** Marks the page ready for printing: the browser tests and the benchmark wait for it. */
function ready(state: 'ok' | 'refused' | 'error'): void {
  document.body.dataset['ready'] = 'true';
  document.body.dataset['state'] = state;
  performance.mark('regiobeeld-ready');
}

function message(text: string, state: 'refused' | 'error'): void {
  document.title = `${t.t('regio.heading')} — ${t.t('title')}`;
  root.replaceChildren(
    h('h1', {}, t.t('regio.heading')),
    h('p', { className: 'alert alert--warning', role: 'alert', id: 'rb-message' }, text),
    h('p', {}, h('a', { href: '/' }, t.t('regio.backToExplorer'))),
  );
  ready(state);
}

function refusalText(r: Refusal): string {
  return r.kind === 'unknown'
    ? t.t('regio.error.unknownRegion', { region: r.region })
    : t.t('regio.error.level', { region: r.region.name, level: t.label('level', r.region.level) });
}

function render(data: RegiobeeldData, topology: Topology | null, p: RegiobeeldParams, tr: Translator): void {
  const region = data.region.name;
  const groupNames = new Map(
    data.main.coverage.columns.map((c) => [c.id, tr.lang === 'en' ? (c.nameEn ?? c.name) : c.name]),
  );
  const group = (id: string) => groupNames.get(id) ?? id;
  const specs: SectionSpec[] = [
    coverageSection(tr, region, group(MAP_GROUP), topology),
    groupsSection(tr, region),
    overlapSection(tr, region),
    referralSection(tr, region, data),
    conformanceSection(tr, region),
    changesSection(tr, region, data.since),
  ];
  const stamp: Stamp = { region, version: data.version, lang: tr.lang };
  document.title = tr.t('regio.pageTitle', { region });
  installPageMargin(runningLine(tr, stamp), tr.t('regio.page'));
  root.replaceChildren(
    coverPage(tr, data, specs, {
      other: regiobeeldLink(data.region.id, tr.lang === 'nl' ? 'en' : 'nl', p.since),
      sinceWarning: p.sinceInvalid
        ? tr.t('regio.error.since', { since: new URLSearchParams(location.search).get('sinds') ?? '', year: p.since })
        : null,
    }),
    ...specs.map((spec) => renderSection(spec, { t: tr, data, region, group })),
  );
  ready('ok');
}

async function start(): Promise<void> {
  if (params.region === null) return message(t.t('regio.error.noRegion'), 'refused');
  root.replaceChildren(h('p', { role: 'status' }, t.t('regio.loading')));
  try {
    const [data, topology] = await Promise.all([
      loadRegiobeeld(params.region, params.since),
      // The map is one section of many: without its boundaries the page still prints, without the picture.
      loadTopology('MUNICIPALITY').catch(() => null),
    ]);
    if (isRefusal(data)) return message(refusalText(data), 'refused');
    render(data, topology, params, t);
  } catch (e) {
    message(t.t('regio.error.load', { message: e instanceof Error ? e.message : String(e) }), 'error');
  }
}

void start();
