import {
  FALLBACK_APPEARANCE,
  HIGHLIGHT,
  REFERRAL_STATUS_APPEARANCE,
  RELATION_APPEARANCE,
  TYPE_APPEARANCE,
} from '../graph/appearance.ts';
import type { ViewContext } from './context.ts';
import { scenarioLegend } from './scenario-legend.ts';
import { h, identity, memo, s } from './dom.ts';
import { glossaryLink } from './glossary.ts';

// Unit polygons (in a 20×20 box) approximating Cytoscape's node shapes for the legend.
const POLYGONS: Record<string, string> = {
  rectangle: '2,2 18,2 18,18 2,18',
  diamond: '10,1 19,10 10,19 1,10',
  triangle: '10,2 19,18 1,18',
  hexagon: '5,2 15,2 19,10 15,18 5,18 1,10',
  'concave-hexagon': '1,2 19,2 16,10 19,18 1,18 4,10',
  pentagon: '10,1 19,8 15,19 5,19 1,8',
  octagon: '6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6',
  star: '10,1 12.5,7.5 19,7.5 14,12 16,19 10,15 4,19 6,12 1,7.5 7.5,7.5',
  vee: '1,2 10,8 19,2 10,19',
  rhomboid: '6,3 19,3 14,17 1,17',
  tag: '1,3 14,3 19,10 14,17 1,17',
  'cut-rectangle': '5,2 15,2 19,6 19,14 15,18 5,18 1,14 1,6',
  barrel: '3,2 17,2 19,10 17,18 3,18 1,10',
};

/** A small picture of a node shape in a colour. */
export function shapeIcon(shape: string, color: string): SVGSVGElement {
  const base = shape.replace(/^round-/, '');
  const inner =
    base === 'ellipse'
      ? s('circle', { cx: 10, cy: 10, r: 8.5, fill: color, stroke: '#1B1B1B' })
      : base === 'rectangle' && shape.startsWith('round')
        ? s('rect', { x: 2, y: 3, width: 16, height: 14, rx: 4, fill: color, stroke: '#1B1B1B' })
        : s('polygon', { points: POLYGONS[base] ?? POLYGONS['rectangle']!, fill: color, stroke: '#1B1B1B' });
  return s('svg', { width: 18, height: 18, viewBox: '0 0 20 20', 'aria-hidden': 'true', class: 'shape-icon' }, inner);
}

function lineIcon(color: string, width: number, dashed: boolean, arrow: string, hollow: boolean): SVGSVGElement {
  const head =
    arrow === 'none'
      ? null
      : arrow === 'tee'
        ? s('line', { x1: 30, y1: 3, x2: 30, y2: 13, stroke: color, 'stroke-width': 2.5 })
        : s('polygon', {
            points: arrow === 'vee' ? '24,3 31,8 24,13 27,8' : '24,3 31,8 24,13',
            fill: hollow ? '#FFFFFF' : color,
            stroke: color,
            'stroke-width': 1.5,
          });
  return s(
    'svg',
    { width: 34, height: 16, viewBox: '0 0 34 16', 'aria-hidden': 'true', class: 'line-icon' },
    s('line', {
      x1: 2,
      y1: 8,
      x2: 26,
      y2: 8,
      stroke: color,
      'stroke-width': width,
      'stroke-dasharray': dashed ? '4 3' : null,
    }),
    head,
  );
}

/** What the overview shows beyond shapes and colours: its groups, which names are shown, and the keys. */
function overviewPart(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  return h(
    'div',
    { className: 'legend__overview' },
    h('p', { className: 'legend__title' }, t.t('legend.groups')),
    h('p', { className: 'hint' }, t.t('legend.groupsText')),
    h('p', { className: 'hint' }, t.t('legend.labels')),
    h('p', { className: 'hint' }, t.t('overview.keys')),
  );
}

/**
 * The graph legend, beside the graph and open until closed (a disclosure, so it is reached and toggled with the
 * keyboard): the overview's groups, the types in view (shape and colour), relation types, referral status and
 * highlights.
 */
export function mountLegend(container: HTMLElement): (ctx: ViewContext) => void {
  // Whether the reader closed it: kept when the legend is drawn again for another answer.
  let open = true;
  return memo(
    (ctx) => {
      const { t, slice } = ctx;
      const types = [...new Set((slice?.nodes ?? []).map((n) => n.type ?? 'unknown'))].sort((a, b) =>
        t.label('type', a).localeCompare(t.label('type', b), t.lang),
      );
      const relationTypes = [...new Set((slice?.edges ?? []).map((e) => e.type))].sort();
      container.replaceChildren(
        h(
          'details',
          {
            className: 'legend legend--graph',
            id: 'graph-legend-box',
            open,
            ontoggle: (e: Event) => {
              open = (e.target as HTMLDetailsElement).open;
              container.classList.toggle('graph-legend--closed', !open);
            },
          },
          h('summary', { 'data-focus': 'graph-legend' }, t.t('legend.heading')),
          h(
            'div',
            {},
            ctx.state.layout === 'overzicht' ? overviewPart(ctx) : null,
            h(
              'div',
              {},
              h('p', { className: 'legend__title' }, t.t('legend.types'), ' ', glossaryLink(ctx, 'rom')),
              h(
                'ul',
                {},
                types.map((type) => {
                  const a = TYPE_APPEARANCE[type] ?? FALLBACK_APPEARANCE;
                  return h('li', {}, shapeIcon(a.shape, a.color), ' ', t.label('type', type));
                }),
              ),
              h('p', { className: 'hint' }, t.t('legend.size')),
              h('p', { className: 'hint' }, t.t('legend.generic'), ' ', glossaryLink(ctx, 'generieke-groep')),
            ),
            h(
              'div',
              {},
              h('p', { className: 'legend__title' }, t.t('legend.relations')),
              h(
                'ul',
                {},
                relationTypes.map((type) => {
                  const a = RELATION_APPEARANCE[type];
                  const arrow = type === 'COLLABORATES_WITH' ? 'none' : 'triangle';
                  return h(
                    'li',
                    {},
                    lineIcon(a?.color ?? '#9A9A9A', 2, a?.style === 'dotted', arrow, false),
                    ' ',
                    t.label('relation', type),
                  );
                }),
              ),
            ),
            h(
              'div',
              {},
              h(
                'p',
                { className: 'legend__title' },
                t.t('legend.referralStatus'),
                ' ',
                glossaryLink(ctx, 'doorverwijzing'),
              ),
              h(
                'ul',
                {},
                Object.entries(REFERRAL_STATUS_APPEARANCE).map(([status, a]) =>
                  h(
                    'li',
                    {},
                    lineIcon(RELATION_APPEARANCE['REFERS_TO']!.color, a.width, a.dashed, a.arrow, a.fill === 'hollow'),
                    ' ',
                    t.label('status', status),
                  ),
                ),
              ),
              h('p', { className: 'hint' }, t.t('legend.warmHandover'), ' ', glossaryLink(ctx, 'warme-overdracht')),
            ),
            h(
              'div',
              {},
              h('p', { className: 'legend__title' }, t.t('legend.highlight')),
              h(
                'ul',
                {},
                h(
                  'li',
                  {},
                  h('span', { className: 'ring', style: `border-color:${HIGHLIGHT.selected}`, 'aria-hidden': 'true' }),
                  ' ',
                  t.t('legend.selected'),
                ),
                h(
                  'li',
                  {},
                  h('span', {
                    className: 'ring ring--double',
                    style: `border-color:${HIGHLIGHT.gap}`,
                    'aria-hidden': 'true',
                  }),
                  ' ',
                  t.t('legend.gap'),
                ),
                h(
                  'li',
                  {},
                  h('span', { className: 'ring', style: `border-color:${HIGHLIGHT.path}`, 'aria-hidden': 'true' }),
                  ' ',
                  t.t('legend.provider'),
                ),
              ),
            ),
            scenarioLegend(ctx),
          ),
        ),
      );
    },
    (ctx) => JSON.stringify([ctx.t.lang, ctx.state.layout, identity(ctx.slice)]),
  );
}
