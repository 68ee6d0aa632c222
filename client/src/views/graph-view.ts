import type { GraphInput } from '../graph/binding.ts';
import { allGaps } from '../graph/highlight.ts';
import type { GraphProgress } from '../graph/large-graph.ts';
import { layoutById, LAYOUTS } from '../graph/layouts.ts';
import { MAX_HOPS } from '../data/requests.ts';
import { editing } from '../edit/session.ts';
import { setLayout, setMode, setPathFrom, setView } from '../state/transitions.ts';
import { GRAPH_MODES, type LayoutId } from '../state/view-state.ts';
import { dataOf, groupName, regionName, type ViewContext } from './context.ts';
import { h, identity, memo, replaceKeepingFocus } from './dom.ts';
import { feedback } from './feedback.ts';
import { gapText } from './explain.ts';
import { orgButton, overlapList } from './overlap-list.ts';
import { glossaryLink } from './glossary.ts';
import { mountProgress } from './graph-progress.ts';
import { mapExportMenu } from './export-menu.ts';
import { metricSelect, networkTable, weakPointList } from './network-panel.ts';

export interface GraphViewElements {
  toolbar: HTMLElement;
  summary: HTMLElement;
  modePanel: HTMLElement;
}

/** The graph's controls: layout, mode, start of path mode, zoom, and the exports. */
function renderToolbar(el: HTMLElement, ctx: ViewContext): void {
  const { t, state, slice } = ctx;
  const orgs = [...(slice?.nodes ?? [])].sort((a, b) => a.label.localeCompare(b.label, t.lang));
  replaceKeepingFocus(
    el,
    h(
      'label',
      { className: 'field' },
      h('span', {}, t.t('graph.layout')),
      h(
        'select',
        {
          id: 'graph-layout',
          'data-focus': 'graph-layout',
          onchange: (e: Event) => ctx.dispatch((s) => setLayout(s, (e.target as HTMLSelectElement).value as LayoutId)),
        },
        LAYOUTS.map((l) => h('option', { value: l.id, selected: l.id === state.layout }, t.t(l.label))),
      ),
    ),
    state.layout === 'systeemplaat' ? glossaryLink(ctx, 'systeemplaat') : null,
    h(
      'div',
      { className: 'segmented', role: 'group', 'aria-label': t.t('graph.mode') },
      h('span', { className: 'segmented__label', 'aria-hidden': 'true' }, t.t('graph.mode')),
      GRAPH_MODES.map((m) =>
        h(
          'button',
          {
            type: 'button',
            className: 'segmented__button',
            'aria-pressed': String(state.mode === m),
            'data-mode': m,
            'data-focus': `mode-${m}`,
            onclick: () => ctx.dispatch((s) => setMode(s, m)),
          },
          t.label('mode', m),
        ),
      ),
    ),
    metricSelect(ctx),
    state.mode === 'pad'
      ? h(
          'label',
          { className: 'field' },
          h('span', {}, t.t('graph.pathFrom')),
          h(
            'select',
            {
              id: 'path-from',
              'data-focus': 'path-from',
              onchange: (e: Event) => ctx.dispatch((s) => setPathFrom(s, (e.target as HTMLSelectElement).value)),
            },
            // The start need not be in view (KVK refers from outside most regions).
            state.pathFrom && !orgs.some((o) => o.id === state.pathFrom)
              ? h('option', { value: state.pathFrom, selected: true }, state.pathFrom)
              : null,
            orgs.map((o) => h('option', { value: o.id, selected: o.id === state.pathFrom }, o.label)),
          ),
        )
      : null,
    h(
      'div',
      { className: 'button-row' },
      h(
        'button',
        {
          type: 'button',
          className: 'button button--icon',
          'aria-label': t.t('graph.zoomIn'),
          title: t.t('graph.zoomIn'),
          'data-focus': 'zoom-in',
          onclick: () => ctx.actions.zoom(1.25),
        },
        '+',
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'button button--icon',
          'aria-label': t.t('graph.zoomOut'),
          title: t.t('graph.zoomOut'),
          'data-focus': 'zoom-out',
          onclick: () => ctx.actions.zoom(0.8),
        },
        '−',
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'button button--small button--secondary',
          'data-focus': 'fit',
          onclick: () => ctx.actions.fit(),
        },
        t.t('graph.fit'),
      ),
    ),
    h(
      'div',
      { className: 'button-row', role: 'group', 'aria-label': t.t('export.heading') },
      h('span', { className: 'segmented__label' }, t.t('export.heading')),
      h(
        'button',
        {
          type: 'button',
          id: 'export-png',
          className: 'button button--small button--secondary',
          title: t.t('export.pngLabel'),
          'data-focus': 'export-png',
          disabled: !slice,
          onclick: () => ctx.actions.exportPng(),
        },
        t.t('export.png'),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'export-svg',
          className: 'button button--small button--secondary',
          title: t.t('export.svgLabel'),
          'data-focus': 'export-svg',
          disabled: !slice,
          onclick: () => ctx.actions.exportSvg(),
        },
        t.t('export.svg'),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'export-json',
          className: 'button button--small button--secondary',
          title: t.t('export.jsonLabel'),
          'data-focus': 'export-json',
          disabled: !slice,
          onclick: () => ctx.actions.exportJson(),
        },
        t.t('export.json'),
      ),
      mapExportMenu(ctx),
    ),
  );
}

/** The list beside a mode: overlapping pairs, gaps with their explanations, or the referral paths. */
function renderModePanel(el: HTMLElement, ctx: ViewContext): void {
  const { t, state } = ctx;
  const resource = {
    normaal: ctx.res.network,
    overlap: ctx.res.overlaps,
    gaten: ctx.res.gaps,
    pad: ctx.res.paths,
    kwetsbaar: ctx.res.network,
  }[state.mode];
  // Lets the browser tests wait for the analysis rather than its loading message.
  el.dataset['loaded'] = String(resource?.status === 'ok');
  // Beside a measure on the drawing, its table (a table beside every picture).
  const measures = state.metric !== 'geen' && state.region ? networkTable(ctx) : [];
  if (state.mode === 'normaal') {
    replaceKeepingFocus(el, ...measures);
    return;
  }
  const needsQuestion = state.mode === 'pad' ? !(state.targetGroup && state.region) : !state.region;
  if (needsQuestion) {
    el.replaceChildren(
      h('p', { className: 'alert alert--info' }, t.t(state.mode === 'pad' ? 'mode.needsQuestion' : 'mode.needsRegion')),
    );
    return;
  }
  const region = regionName(ctx, state.region!);
  if (state.mode === 'overlap') {
    replaceKeepingFocus(el, ...overlapList(ctx, region));
  } else if (state.mode === 'kwetsbaar') {
    replaceKeepingFocus(el, ...weakPointList(ctx, region), ...measures);
  } else if (state.mode === 'gaten') {
    const report = dataOf(ctx.res.gaps)?.referralGaps ?? null;
    const gaps = report ? allGaps(report) : null;
    replaceKeepingFocus(
      el,
      h('h3', {}, t.t('gaps.heading', { region }), ' ', glossaryLink(ctx, 'gat')),
      feedback(t, 'what.gaps', ctx.res.gaps, ctx.actions),
      gaps === null
        ? null
        : gaps.length === 0
          ? h('p', {}, t.t('gaps.none'))
          : h(
              'ul',
              { className: 'mode-list', id: 'gap-list' },
              gaps.map((g) =>
                h(
                  'li',
                  { 'data-kind': g.kind },
                  h('span', { className: `badge badge--gap` }, t.label('gapKind', g.kind)),
                  ' ',
                  orgButton(ctx, g.organisation),
                  g.other ? [' → ', orgButton(ctx, g.other)] : null,
                  g.targetGroup ? h('span', { className: 'muted' }, ` (${groupName(ctx, g.targetGroup.id)})`) : null,
                  h(
                    'p',
                    {},
                    gapText(t, g, region, (id) => groupName(ctx, id)),
                  ),
                ),
              ),
            ),
    );
  } else {
    const paths = dataOf(ctx.res.paths)?.referralPaths ?? null;
    const nodeNames = new Map((ctx.slice?.nodes ?? []).map((n) => [n.id, n.label]));
    const from = state.pathFrom ?? '';
    replaceKeepingFocus(
      el,
      h(
        'h3',
        {},
        t.t('paths.heading', { from: nodeNames.get(from) ?? from }),
        ' ',
        glossaryLink(ctx, 'doorverwijzing'),
      ),
      feedback(t, 'what.paths', ctx.res.paths, ctx.actions),
      paths === null
        ? null
        : paths.length === 0
          ? h('p', {}, t.t('paths.none', { hops: MAX_HOPS }))
          : h(
              'ol',
              { className: 'mode-list', id: 'path-list' },
              paths.map((p) =>
                h(
                  'li',
                  {},
                  h('strong', {}, t.t('paths.to', { name: p.to.name })),
                  ' ',
                  h('span', { className: 'badge' }, t.t('paths.hops', { count: p.length })),
                  ' ',
                  h(
                    'span',
                    { className: p.operational ? 'badge badge--ok' : 'badge badge--warn' },
                    t.t(p.operational ? 'paths.operational' : 'paths.notOperational'),
                  ),
                  h(
                    'p',
                    { className: 'path' },
                    [p.hops[0]?.from.id ?? from, ...p.hops.map((hop) => hop.to.id)]
                      .map((id) => nodeNames.get(id) ?? (id === p.to.id ? p.to.name : id))
                      .join(' → '),
                  ),
                  h('p', { className: 'muted' }, p.hops.map((hop) => t.label('status', hop.status)).join(' · ')),
                ),
              ),
            ),
    );
  }
}

/** The graph view's HTML around the drawing (which graph/render.ts owns): controls, summary, mode lists. */
export function mountGraphView(
  els: GraphViewElements,
  progressOf: () => GraphProgress | null,
): (ctx: ViewContext) => void {
  const progress = memo(
    (ctx: ViewContext) => progressLine(ctx, progressOf()),
    (ctx) => JSON.stringify([ctx.t.lang, progressOf(), identity(ctx.slice)]),
  );
  const progressLine = mountProgress(els.summary);
  const toolbar = memo(
    (ctx: ViewContext) => renderToolbar(els.toolbar, ctx),
    (ctx) =>
      JSON.stringify([
        ctx.t.lang,
        ctx.state.layout,
        ctx.state.mode,
        ctx.state.metric,
        ctx.state.pathFrom,
        identity(ctx.slice),
      ]),
  );
  const summary = memo(
    (ctx: ViewContext) => {
      const { t, slice } = ctx;
      const note = layoutById(ctx.state.layout).note;
      replaceKeepingFocus(
        els.summary,
        feedback(t, 'what.graph', ctx.res.graph, ctx.actions),
        slice
          ? slice.nodes.length === 0
            ? h('span', { className: 'alert alert--info' }, t.t('graph.empty'))
            : [
                t.t('graph.summary', { nodes: slice.nodes.length, edges: slice.edges.length }),
                ' ',
                h(
                  'button',
                  {
                    type: 'button',
                    className: 'link-button',
                    'data-focus': 'to-table',
                    onclick: () => ctx.dispatch((s) => setView(s, 'tabel')),
                  },
                  t.t('graph.toTable'),
                ),
              ]
          : null,
        note ? h('span', { className: 'hint' }, ' ', t.t(note)) : null,
      );
    },
    (ctx) => JSON.stringify([ctx.t.lang, ctx.state.layout, identity(ctx.slice), identity(ctx.res.graph)]),
  );
  const modePanel = memo(
    (ctx: ViewContext) => renderModePanel(els.modePanel, ctx),
    (ctx) =>
      JSON.stringify([
        ctx.t.lang,
        ctx.state.mode,
        ctx.state.region,
        ctx.state.targetGroup,
        ctx.state.pathFrom,
        ctx.state.metric,
        ctx.state.selected,
        identity(ctx.res.network),
        identity(ctx.res.overlaps),
        identity(ctx.res.gaps),
        identity(ctx.res.paths),
        identity(ctx.slice),
        identity(ctx.res.reference),
      ]),
  );
  return (ctx) => {
    toolbar(ctx);
    progress(ctx);
    summary(ctx);
    modePanel(ctx);
  };
}

/** What the drawing follows, read from the context. */
export function graphInput(ctx: ViewContext): GraphInput {
  // The overview's bands are the scales of the reference data: drawn before they arrive, the whole graph would be laid
  // out twice (a large one drawn twice over). A failed reference request draws without them.
  const waiting = ctx.res.reference?.status === 'loading';
  return {
    state: ctx.state,
    slice: waiting ? null : ctx.slice,
    t: ctx.t,
    drawing: editing(ctx.session),
    providers: dataOf(ctx.res.answer)?.whoServes.map((m) => m.organisation.id) ?? null,
    gaps: dataOf(ctx.res.gaps)?.referralGaps ?? null,
    paths: dataOf(ctx.res.paths)?.referralPaths ?? null,
    overlaps: dataOf(ctx.res.overlaps)?.overlaps ?? null,
    network: dataOf(ctx.res.network)?.referralNetwork ?? null,
    scales: dataOf(ctx.res.reference)?.scales ?? [],
  };
}
