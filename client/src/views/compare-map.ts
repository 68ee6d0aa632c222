import type { Topology } from 'topojson-specification';
import { loadTopology } from '../data/topology.ts';
import type { Translator } from '../i18n/index.ts';
import { regionShapes, type RegionShape } from '../map/geometry.ts';
import { MAP_LEVELS, type MapLevel, type MatrixLevel } from '../state/view-state.ts';
import { h, s } from './dom.ts';

const WIDTH = 360;
const HEIGHT = 420;

/**
 * The layer of changed regions: each region of the comparison drawn, the changed ones hatched and outlined (not by
 * colour alone: their names are listed in the table beside it). The shapes of a level are loaded once.
 */
export function createCompareMap(requestRender: () => void) {
  const shapes = new Map<MapLevel, RegionShape[] | 'loading' | 'failed'>();
  const shapesOf = (level: MapLevel) => {
    const found = shapes.get(level);
    if (found) return found;
    shapes.set(level, 'loading');
    loadTopology(level)
      .then(
        (t: Topology) => shapes.set(level, regionShapes(t, level, WIDTH, HEIGHT)),
        () => shapes.set(level, 'failed'),
      )
      .finally(requestRender);
    return 'loading';
  };
  return {
    /** What the picture depends on besides its input, for the caller's memo key. */
    key: (level: MatrixLevel) =>
      (MAP_LEVELS as readonly string[]).includes(level) ? String(typeof shapes.get(level as MapLevel)) : 'none',
    /** The map, or null where there is none to draw (KVK regions have no shapes, or they failed to load). */
    draw(t: Translator, level: MatrixLevel, rows: readonly string[], changed: ReadonlySet<string>): Element | null {
      if (!(MAP_LEVELS as readonly string[]).includes(level)) return null;
      const found = shapesOf(level as MapLevel);
      if (found === 'failed') return null;
      if (found === 'loading') return h('p', { className: 'muted' }, t.t('status.loading'));
      const inRows = new Set(rows);
      return s(
        'svg',
        {
          id: 'compare-map',
          viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
          class: 'compare-map',
          role: 'img',
          'aria-label': t.t('compare.map', { count: changed.size }),
        },
        s(
          'defs',
          {},
          s(
            'pattern',
            {
              id: 'compare-hatch',
              width: 6,
              height: 6,
              patternUnits: 'userSpaceOnUse',
              patternTransform: 'rotate(45)',
            },
            s('rect', { width: 6, height: 6, fill: '#e8f1fa' }),
            s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#154273', 'stroke-width': 2.5 }),
          ),
        ),
        ...found
          .filter((r) => inRows.has(r.id) || rows.length === 0)
          .map((r) =>
            s('path', {
              d: r.d,
              class: changed.has(r.id) ? 'compare-map__region is-changed' : 'compare-map__region',
              fill: changed.has(r.id) ? 'url(#compare-hatch)' : '#f5f6f8',
              'data-region': r.id,
            }),
          ),
      );
    },
  };
}
