import type { Topology } from 'topojson-specification';
import type { Translator } from '../i18n/index.ts';
import { COVERAGE_STATUS_APPEARANCE } from '../graph/appearance.ts';
import { regionShapes } from '../map/geometry.ts';
import { s } from '../views/dom.ts';

const WIDTH = 520;
const HEIGHT = 420;

/**
 * The region's municipalities, each filled with the colour of its coverage status for one group; a gap hatched in
 * orange, unknown cross-hatched in grey (so the two differ without colour). The matrix beside it is its table.
 */
export function regionMap(
  t: Translator,
  topology: Topology,
  statusOf: ReadonlyMap<string, string>,
  label: string,
): SVGSVGElement {
  const shapes = regionShapes(topology, 'MUNICIPALITY', WIDTH, HEIGHT, new Set(statusOf.keys()));
  const fill = (status: string) =>
    status === 'GAP'
      ? 'url(#rb-gap)'
      : status === 'UNMAPPED'
        ? 'url(#rb-unmapped)'
        : COVERAGE_STATUS_APPEARANCE[status]!.color;
  return s(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'rb-map', role: 'img', 'aria-label': label },
    s(
      'defs',
      {},
      s(
        'pattern',
        { id: 'rb-unmapped', width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
        s('rect', { width: 6, height: 6, fill: COVERAGE_STATUS_APPEARANCE['UNMAPPED']!.color }),
        s('path', { d: 'M0 0L6 6M6 0L0 6', stroke: '#9E9E9E', 'stroke-width': 0.6 }),
      ),
      s(
        'pattern',
        { id: 'rb-gap', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        s('rect', { width: 8, height: 8, fill: '#FFFFFF' }),
        s('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#D55E00', 'stroke-width': 3 }),
      ),
    ),
    ...shapes.map((r) => {
      const status = statusOf.get(r.id) ?? 'UNMAPPED';
      const path = s('path', { d: r.d, fill: fill(status), stroke: '#333', 'stroke-width': 0.8, 'data-id': r.id });
      path.append(s('title', {}, document.createTextNode(`${r.name}: ${t.label('coverage', status)}`)));
      return path;
    }),
    ...shapes.map((r) =>
      s(
        'text',
        { x: r.centroid[0], y: r.centroid[1], class: 'rb-map__label', 'text-anchor': 'middle' },
        document.createTextNode(r.name),
      ),
    ),
  );
}
