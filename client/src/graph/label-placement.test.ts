import { describe, expect, it } from 'vitest';
import { intersects, LABEL_GAP, placeLabels, wrapLabel, type LabelCandidate } from './label-placement.ts';

const VIEW = { x1: 0, y1: 0, x2: 500, y2: 300 };
const label = (id: string, x: number, y: number, priority: number, w = 60, h = 12): LabelCandidate => ({
  id,
  box: { x1: x, y1: y, x2: x + w, y2: y + h },
  priority,
  owner: id,
});

describe('placeLabels', () => {
  it('shows the more important of two colliding labels and hides the other', () => {
    const shown = placeLabels([label('minor', 10, 10, 1), label('major', 30, 15, 9)], [], VIEW);
    expect([...shown]).toEqual(['major']);
  });

  it('shows labels that lie apart, and keeps LABEL_GAP pixels between them', () => {
    const apart = placeLabels([label('a', 0, 0, 1), label('b', 0, 12 + LABEL_GAP + 1, 1)], [], VIEW);
    expect(apart.size).toBe(2);
    const touching = placeLabels([label('a', 0, 0, 1), label('b', 0, 13, 1)], [], VIEW);
    expect(touching.size).toBe(1);
  });

  it('never shows two labels that overlap, however many there are', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      label(`n${i}`, (i * 37) % 450, (i * 53) % 280, i % 11, 40 + (i % 5) * 10, 12),
    );
    const placed = placeLabels(many, [], VIEW);
    const shown = many.filter((c) => placed.has(c.id));
    expect(shown.length).toBeGreaterThan(20);
    shown.forEach((a, i) => shown.slice(i + 1).forEach((b) => expect(intersects(a.box, b.box)).toBe(false)));
  });

  it('hides a label that does not lie wholly within the view', () => {
    expect(placeLabels([label('edge', 480, 10, 5)], [], VIEW).size).toBe(0);
  });

  it('lets a label cover a less important node, never a more important one or another label', () => {
    const body = (id: string, priority: number) => ({ id, box: { x1: 20, y1: 12, x2: 30, y2: 22 }, priority });
    expect(placeLabels([label('a', 10, 10, 5)], [body('small', 1)], VIEW).has('a')).toBe(true);
    expect(placeLabels([label('a', 10, 10, 5)], [body('big', 8)], VIEW).has('a')).toBe(false);
    // Its own node does not count.
    expect(placeLabels([label('a', 10, 10, 5)], [body('a', 8)], VIEW).has('a')).toBe(true);
  });

  it('breaks ties by id, so the same labels are shown every time', () => {
    const a = placeLabels([label('b', 0, 0, 1), label('a', 5, 0, 1)], [], VIEW);
    const b = placeLabels([label('a', 5, 0, 1), label('b', 0, 0, 1)], [], VIEW);
    expect([...a]).toEqual(['a']);
    expect([...b]).toEqual(['a']);
  });
});

describe('wrapLabel', () => {
  const chars = (s: string) => s.length * 6;

  it('breaks a name at spaces into lines that fit', () => {
    expect(wrapLabel('Kamer van Koophandel', 60, chars)).toBe('Kamer van\nKoophandel');
  });

  it('keeps a short name on one line', () => {
    expect(wrapLabel('RVO', 60, chars)).toBe('RVO');
  });

  it('cuts a name longer than two lines with an ellipsis', () => {
    const text = wrapLabel('Noordelijke Ontwikkelingsmaatschappij voor het Noorden', 90, chars);
    const lines = text.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(chars(l)).toBeLessThanOrEqual(90);
  });

  it('cuts a single word wider than a line', () => {
    expect(wrapLabel('Ontwikkelingsmaatschappij', 60, chars)).toBe('Ontwikkel…');
  });
});
