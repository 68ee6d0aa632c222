import type { Topology } from 'topojson-specification';
import { ApiError } from '../api/client.ts';
import { loadTopology } from '../data/topology.ts';
import { COVERAGE_STATUS_APPEARANCE } from '../graph/appearance.ts';
import { COUNT_BINS, binOf, regionShapes, type RegionShape } from '../map/geometry.ts';
import { selectCell, setMapLevel } from '../state/transitions.ts';
import { MAP_LEVELS, type MapLevel } from '../state/view-state.ts';
import { dataOf, groupName, type ViewContext } from './context.ts';
import { coverageLegend } from './coverage-legend.ts';
import { h, identity, memo, replaceKeepingFocus, s } from './dom.ts';
import { errorMessage, loadingMessage, feedback } from './feedback.ts';
import { cellCounts, nationalSuffix } from './provider-counts.ts';

const WIDTH = 560;
const HEIGHT = 660;
/** Shown when no target group is asked: the group the report is most about. */
const DEFAULT_GROUP = 'breed-mkb';
/** The ground of a patterned status, from the one table of coverage colours (styles.css mirrors it for the matrix). */
const statusColour = (status: string): string => COVERAGE_STATUS_APPEARANCE[status]!.color;

/**
 * The map view: a choropleth of the regional providers of the chosen target group per province, COROP
 * region or municipality, gaps hatched; a click, or Enter on the focused region (arrow keys move), asks
 * the question for that region. The CBS/PDOK attribution stays visible.
 */
export function mountMapView(container: HTMLElement, requestRender: () => void): (ctx: ViewContext) => void {
  const topologies = new Map<MapLevel, Topology | Error>();
  const shapes = new Map<MapLevel, RegionShape[]>();
  let focusId: string | null = null;

  function topologyOf(level: MapLevel): Topology | Error | null {
    const found = topologies.get(level);
    if (found) return found;
    loadTopology(level)
      .then(
        (t) => topologies.set(level, t),
        (e: unknown) => topologies.set(level, e instanceof Error ? e : new Error(String(e))),
      )
      .finally(requestRender);
    return null;
  }

  return memo(
    (ctx) => {
      const { t, state } = ctx;
      const level = state.mapLevel;
      const group = state.targetGroup ?? DEFAULT_GROUP;
      const levelSelect = h(
        'label',
        { className: 'field' },
        h('span', {}, t.t('map.level')),
        h(
          'select',
          {
            id: 'map-level',
            'data-focus': 'map-level',
            onchange: (e: Event) =>
              ctx.dispatch((st) => setMapLevel(st, (e.target as HTMLSelectElement).value as MapLevel)),
          },
          MAP_LEVELS.map((l) => h('option', { value: l, selected: l === level }, t.label('level', l))),
        ),
      );
      const attribution = h('p', { className: 'attribution', id: 'map-attribution' }, t.t('map.attribution'));
      const heading = h('h2', { id: 'map-heading' }, t.t('map.heading'));
      const prompt =
        state.targetGroup === null
          ? h('p', { className: 'hint' }, t.t('map.pickGroup', { group: groupName(ctx, group) }))
          : null;
      const topology = topologyOf(level);
      const coverage = dataOf(ctx.res.map)?.coverage ?? null;
      const waiting =
        topology instanceof Error
          ? errorMessage(t, 'what.geometry', new ApiError(topology.message, 'NETWORK'), ctx.actions)
          : topology === null
            ? loadingMessage(t, 'what.geometry')
            : feedback(t, 'what.map', ctx.res.map, ctx.actions);
      if (!(topology && !(topology instanceof Error)) || !coverage) {
        replaceKeepingFocus(
          container,
          heading,
          h('div', { className: 'toolbar' }, levelSelect),
          prompt,
          waiting,
          attribution,
        );
        return;
      }
      let regions = shapes.get(level);
      if (!regions) {
        regions = regionShapes(topology, level, WIDTH, HEIGHT);
        shapes.set(level, regions);
      }
      const cells = new Map(coverage.cells.filter((c) => c.targetGroup === group).map((c) => [c.region, c]));
      const ordered = [...regions].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      if (!focusId || !regions.some((r) => r.id === focusId))
        focusId = state.region && regions.some((r) => r.id === state.region) ? state.region : (ordered[0]?.id ?? null);
      const describe = (r: RegionShape) => {
        const c = cells.get(r.id);
        const counts = cellCounts(c);
        return t.t('map.region', {
          region: r.name,
          count: counts.regional,
          national: nationalSuffix(t, counts.national, counts.local),
          status: t.label('coverage', c?.status ?? 'UNMAPPED'),
        });
      };
      const choose = (id: string) => {
        focusId = id;
        ctx.dispatch((st) => selectCell(st, id, group));
      };
      const svg = s(
        'svg',
        {
          viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
          class: 'map',
          role: 'group',
          'aria-label': t.t('map.label', { level: t.label('level', level) }),
          'aria-describedby': 'map-caption',
        },
        s(
          'defs',
          {},
          // Not mapped: grey with a fine cross-hatch, unlike the orange stripes of a gap (a source looked there).
          s(
            'pattern',
            { id: 'unmapped', width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
            s('rect', { width: 6, height: 6, fill: statusColour('UNMAPPED') }),
            s('path', { d: 'M0 0L6 6M6 0L0 6', stroke: '#9E9E9E', 'stroke-width': 0.6 }),
          ),
          s(
            'pattern',
            { id: 'hatch', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
            s('rect', { width: 8, height: 8, fill: statusColour('GAP') }),
            s('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#D55E00', 'stroke-width': 3 }),
          ),
          s(
            'pattern',
            { id: 'dots', width: 8, height: 8, patternUnits: 'userSpaceOnUse' },
            s('rect', { width: 8, height: 8, fill: statusColour('DEVELOPING') }),
            s('circle', { cx: 4, cy: 4, r: 1.6, fill: '#6B4E00' }),
          ),
        ),
        ...regions.map((r) => {
          const c = cells.get(r.id);
          const status = c?.status ?? 'UNMAPPED';
          const fill =
            status === 'UNMAPPED'
              ? 'url(#unmapped)'
              : status === 'GAP'
                ? 'url(#hatch)'
                : status === 'DEVELOPING'
                  ? 'url(#dots)'
                  : binOf(c?.regionalProviders ?? 0).color;
          const label = describe(r);
          const path = s('path', {
            d: r.d,
            fill,
            class: `map__region${r.id === state.region ? ' is-current' : ''}`,
            role: 'button',
            tabindex: r.id === focusId ? 0 : -1,
            'aria-label': label,
            'aria-pressed': r.id === state.region ? 'true' : 'false',
            'data-region': r.id,
            'data-status': status,
            'data-focus': `region-${r.id}`,
          });
          path.append(s('title', {}, document.createTextNode(label)));
          path.addEventListener('click', () => choose(r.id));
          return path;
        }),
        // Counts on the larger regions; municipalities are too small to label.
        ...(level === 'MUNICIPALITY'
          ? []
          : regions.map((r) => {
              const text = s('text', {
                x: r.centroid[0],
                y: r.centroid[1],
                class: 'map__label',
                'aria-hidden': 'true',
                'data-region': r.id,
              });
              // The regional number, as in the matrix; the national ones are in the region's label.
              text.textContent = String(cellCounts(cells.get(r.id)).regional);
              return text;
            })),
      );
      svg.addEventListener('keydown', (e) => {
        const target = e.target as SVGElement;
        const id = target.dataset['region'];
        if (!id) return;
        const i = ordered.findIndex((r) => r.id === id);
        let next = -1;
        if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(ordered.length - 1, i + 1);
        else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(0, i - 1);
        else if (e.key === 'Home') next = 0;
        else if (e.key === 'End') next = ordered.length - 1;
        else if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          choose(id);
          return;
        } else return;
        e.preventDefault();
        const nextId = ordered[next]!.id;
        focusId = nextId;
        target.setAttribute('tabindex', '-1');
        const el = svg.querySelector<SVGElement>(`[data-region="${nextId}"]`);
        el?.setAttribute('tabindex', '0');
        el?.focus();
      });
      replaceKeepingFocus(
        container,
        heading,
        h('div', { className: 'toolbar' }, levelSelect),
        prompt,
        h(
          'p',
          { id: 'map-caption', className: 'hint' },
          t.t('map.caption', { group: groupName(ctx, group), level: t.label('level', level) }),
        ),
        h(
          'div',
          { className: 'map-layout' },
          h('div', { className: 'map-wrap' }, svg),
          h(
            'div',
            { className: 'map-legends' },
            h(
              'div',
              { className: 'legend' },
              h('p', { className: 'legend__title' }, t.t('map.legend')),
              h(
                'ul',
                {},
                COUNT_BINS.slice(1).map((b) =>
                  h(
                    'li',
                    {},
                    h('span', { className: 'swatch', style: `background:${b.color}`, 'aria-hidden': 'true' }),
                    b.max === Infinity ? `${b.min}+` : b.min === b.max ? String(b.min) : `${b.min}–${b.max}`,
                  ),
                ),
              ),
            ),
            coverageLegend(t),
          ),
        ),
        attribution,
      );
    },
    (ctx) =>
      JSON.stringify([
        ctx.t.lang,
        ctx.state.mapLevel,
        ctx.state.targetGroup,
        ctx.state.region,
        identity(ctx.res.map),
        identity(ctx.res.reference),
        topologies.size,
      ]),
  );
}
