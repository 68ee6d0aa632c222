import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT } from './appearance.ts';
import { fontOf, labelBox, labelPaint, labelShape, labelTexts, upright, type LabelShape } from './label-drawing.ts';
import { LABEL, LABEL_FONT, LABEL_LOOK } from './label-look.ts';
import { stylesheet } from './style.ts';

/** Six pixels a character, whatever the font. */
const texts = () => labelTexts((_font, s) => s.length * 6);

/** An organisation at (100, 100), one below right of it, a referral between them, a band's name and a faded one. */
function graph() {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: stylesheet(),
    elements: [
      { data: { id: 'a', type: 'kvk', degree: 0, label: 'Kamer van Koophandel voor Nederland' } },
      { data: { id: 'b', type: 'rom', degree: 20, label: 'ROM' } },
      {
        data: { id: 'r', source: 'b', target: 'a', type: 'REFERS_TO', status: 'pilot', label: 'pilot' },
        classes: 'referral',
      },
      { data: { id: 'h', label: 'lokaal · 3' }, classes: 'axis group-header' },
      { data: { id: 'f', type: 'kvk', degree: 0, label: 'Vervaagd' }, classes: 'faded' },
    ],
  });
  cy.$id('a').position({ x: 100, y: 100 });
  cy.$id('b').position({ x: 300, y: 300 });
  cy.$id('f').position({ x: 0, y: 300 });
  return cy;
}

describe('labelShape', () => {
  it("centres an organisation's name below it, broken into lines of at most LABEL.width", () => {
    const cy = graph();
    const a = cy.$id('a');
    const s = labelShape(a, texts(), 1)!;
    expect(s.kind).toBe('organisation');
    expect(s.lines).toEqual(['Kamer van Koophandel', 'voor Nederland']);
    expect(s.lines.every((l) => l.length * 6 <= LABEL.width)).toBe(true);
    expect(s.x).toBe(100);
    // The background's top lies LABEL.margin below the node; the text's height is a line per LABEL.font.
    expect(labelBox(s).y1).toBe(100 + a.height() / 2 + LABEL.margin);
    expect(s.h).toBe(2 * LABEL.font);
  });

  it('keeps the same screen size at every zoom, the node growing apart from it', () => {
    const cy = graph();
    cy.viewport({ zoom: 2, pan: { x: 0, y: 0 } });
    const a = cy.$id('a');
    const s = labelShape(a, texts(), cy.zoom())!;
    expect(s.h).toBe(2 * LABEL.font);
    expect(s.x).toBe(200);
    expect(labelBox(s).y1).toBe(200 + a.height() + LABEL.margin);
  });

  it("starts a band's name at its position", () => {
    const cy = graph();
    const header = labelShape(cy.$id('h'), texts(), 1)!;
    expect(header.kind).toBe('header');
    expect(labelBox(header).x1).toBe(0);
    expect(header.lines).toEqual(['lokaal · 3']);
  });

  it('has no shape for an element without a name', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'x' } }] });
    expect(labelShape(cy.$id('x'), texts(), 1)).toBeNull();
  });
});

describe('upright', () => {
  it("turns a relation's label with its line, whichever way the line runs, never upside down", () => {
    expect(upright(1, 1)).toBeCloseTo(Math.PI / 4);
    expect(upright(-1, -1)).toBeCloseTo(Math.PI / 4);
    expect(upright(-1, 1)).toBeCloseTo(-Math.PI / 4);
    expect(upright(0, -5)).toBeCloseTo(Math.PI / 2);
    expect(upright(0, 0)).toBe(0);
  });
});

describe('labelBox', () => {
  const shape = (angle: number): LabelShape => ({ kind: 'relation', lines: ['x'], x: 50, y: 20, w: 40, h: 10, angle });

  it('is the text with its padding, and the box around it when turned', () => {
    const p = LABEL.padding;
    expect(labelBox(shape(0))).toEqual({ x1: 30 - p, y1: 15 - p, x2: 70 + p, y2: 25 + p });
    const upright = labelBox(shape(Math.PI / 2));
    expect(upright.x2 - upright.x1).toBeCloseTo(10 + 2 * p);
    expect(upright.y2 - upright.y1).toBeCloseTo(40 + 2 * p);
  });
});

describe('labelPaint', () => {
  it('paints as the stylesheet does: the look per kind, a referral in its colour, faded as Cytoscape fades text', () => {
    const cy = graph();
    expect(labelPaint(cy.$id('a'), 'organisation')).toEqual({
      color: LABEL_LOOK.organisation.color,
      opacity: 1,
      backgroundOpacity: LABEL_LOOK.organisation.backgroundOpacity,
    });
    expect(labelPaint(cy.$id('r'), 'relation')?.color).toBe('rgb(0,114,178)');
    expect(HIGHLIGHT.path).toBe('#0072B2');
    expect(labelPaint(cy.$id('h'), 'header')?.color).toBe(LABEL_LOOK.header.color);
    const faded = labelPaint(cy.$id('f'), 'organisation')!;
    expect(faded.opacity).toBeCloseTo(0.15 * 0.3);
    expect(faded.backgroundOpacity).toBeCloseTo(LABEL_LOOK.organisation.backgroundOpacity * 0.15);
  });

  it('paints nothing for a hidden element', () => {
    const cy = graph();
    cy.$id('a').style('display', 'none');
    expect(labelPaint(cy.$id('a'), 'organisation')).toBeNull();
  });

  it("draws in the stylesheet's font, bold for the axes", () => {
    expect(fontOf('organisation')).toBe(`normal normal ${LABEL.font}px ${LABEL_FONT}`);
    expect(fontOf('header')).toBe(`normal bold ${LABEL.axisFont}px ${LABEL_FONT}`);
  });
});
