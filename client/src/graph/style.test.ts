import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  COVERAGE_STATUS_APPEARANCE,
  REFERRAL_STATUS_APPEARANCE,
  RELATION_APPEARANCE,
  TYPE_APPEARANCE,
} from './appearance.ts';
import { LEGIBLE_FONT_SIZE, largeGraphRules, stylesheet } from './style.ts';

const rules = stylesheet() as { selector: string; style: Record<string, unknown> }[];
const rule = (selector: string) => rules.find((r) => r.selector === selector)?.style;

describe('stylesheet', () => {
  it('gives every organisation type its colour and shape', () => {
    for (const [type, a] of Object.entries(TYPE_APPEARANCE)) {
      expect(rule(`node[type = "${type}"]`)).toEqual({ 'background-color': a.color, shape: a.shape });
    }
  });

  it('never tells two types apart by colour alone', () => {
    const pairs = Object.values(TYPE_APPEARANCE).map((a) => `${a.color}/${a.shape}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('sizes nodes by degree', () => {
    expect(rule('node')?.['width']).toMatch(/^mapData\(degree,/);
  });

  it('shows referral status by width and arrow, and labels what is not operational', () => {
    for (const [status, a] of Object.entries(REFERRAL_STATUS_APPEARANCE)) {
      expect(rule(`edge.referral[status = "${status}"]`)).toMatchObject({
        width: a.width,
        'target-arrow-shape': a.arrow,
        'target-arrow-fill': a.fill,
      });
    }
    const widths = new Set(Object.values(REFERRAL_STATUS_APPEARANCE).map((a) => `${a.width}/${a.arrow}/${a.fill}`));
    expect(widths.size).toBeGreaterThanOrEqual(4);
    expect(REFERRAL_STATUS_APPEARANCE['active']?.labelled).toBe(false);
    expect(REFERRAL_STATUS_APPEARANCE['planned']?.labelled).toBe(true);
  });

  it('colours edges by relation type and has a rule for every state class', () => {
    for (const type of Object.keys(RELATION_APPEARANCE)) expect(rule(`edge[type = "${type}"]`)).toBeDefined();
    for (const cls of [
      '.faded',
      'node.selected',
      'node.gap',
      'edge.gap',
      'node.provider',
      'node.on-path',
      'edge.on-path',
      'node.axis',
    ]) {
      expect(rule(cls), cls).toBeDefined();
    }
  });

  it('uses valid hex colours throughout', () => {
    const colours = [
      ...Object.values(TYPE_APPEARANCE).map((a) => a.color),
      ...Object.values(RELATION_APPEARANCE).map((a) => a.color),
      ...Object.values(COVERAGE_STATUS_APPEARANCE).map((a) => a.color),
    ];
    for (const c of colours) expect(c).toMatch(/^#[0-9A-F]{6}$/i);
  });
});

describe('largeGraphRules', () => {
  const large = largeGraphRules() as { selector: string; style: Record<string, unknown> }[];
  const of = (selector: string) => large.find((r) => r.selector === selector)?.style;

  it('draws the edges of a large graph as straight lines without arrowheads', () => {
    expect(of('edge')).toMatchObject({
      'curve-style': 'haystack',
      'target-arrow-shape': 'none',
      'source-arrow-shape': 'none',
    });
  });

  it('draws labels of a large graph only once they are legible', () => {
    expect(of('.label-shown')?.['min-zoomed-font-size']).toBe(LEGIBLE_FONT_SIZE);
    const cy = drawn([...stylesheet(), ...largeGraphRules()]);
    for (const id of ['a', 'r']) expect(cy.$id(id).style('min-zoomed-font-size')).toBe(`${LEGIBLE_FONT_SIZE}px`);
  });
});

/** Two organisations, a relation and an overview band's name, all showing their label, styled as the page does. */
function drawn(style: cytoscape.StylesheetJson) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style,
    elements: [
      { data: { id: 'a', type: 'kvk', degree: 3, display: 'KVK' }, classes: 'label-shown' },
      { data: { id: 'b', type: 'rom', degree: 1, display: 'ROM' } },
      { data: { id: 'r', source: 'a', target: 'b', type: 'REFERS_TO', display: 'pilot' }, classes: 'label-shown' },
      { data: { id: 'h', display: 'Lokaal (3)' }, classes: 'axis group-header label-shown' },
    ],
  });
}

describe('labels', () => {
  it('look as they did when every element carried the label properties', () => {
    const cy = drawn(stylesheet());
    const node = cy.$id('a');
    expect(node.style('label')).toBe('KVK');
    expect([node.style('font-size'), node.style('color'), node.style('text-valign')]).toEqual([
      '11px',
      'rgb(27,27,27)',
      'bottom',
    ]);
    expect([node.style('text-wrap'), node.style('text-max-width'), node.style('text-background-opacity')]).toEqual([
      'wrap',
      '260px',
      '0.7',
    ]);
    expect([node.style('text-margin-y'), node.style('min-zoomed-font-size')]).toEqual(['3px', '5px']);
    const edge = cy.$id('r');
    expect([edge.style('label'), edge.style('font-size'), edge.style('text-rotation')]).toEqual([
      'pilot',
      '9px',
      'autorotate',
    ]);
    expect([edge.style('text-background-color'), edge.style('text-background-opacity')]).toEqual([
      'rgb(255,255,255)',
      '0.85',
    ]);
    // A band's name keeps the axis rules' look, which come after.
    const header = cy.$id('h');
    expect([header.style('font-size'), header.style('font-weight'), header.style('text-halign')]).toEqual([
      '13px',
      'bold',
      'right',
    ]);
  });

  it('are styled only on the elements that show one (the others carry no label properties to apply)', () => {
    for (const selector of ['node', 'edge']) {
      const props = Object.keys(rule(selector) ?? {});
      expect(
        props.filter((p) => p.startsWith('text-') || p.startsWith('font-') || p === 'color'),
        selector,
      ).toEqual([]);
    }
    expect(drawn(stylesheet()).$id('b').style('label')).toBe('');
  });
});
