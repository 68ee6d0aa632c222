import { describe, expect, it } from 'vitest';
import { footnoteMarks, footnotes, footnoteText } from './footnotes.ts';

const src = (citation: string, document: string | null = 'kplusv-2023') => ({
  document,
  citation,
  section: null,
  lineFrom: null,
  lineTo: null,
});

describe('the footnotes of a section', () => {
  it('numbers each distinct citation from 1 in the order first cited', () => {
    const notes = footnotes();
    expect(notes.cite([src('Bijlage 7 [L1395]'), src('Bijlage 7 [L1416]')])).toEqual([1, 2]);
    expect(notes.cite([src('§7.3.2 [L1112]')])).toEqual([3]);
    expect(notes.list()).toEqual([
      { n: 1, text: 'kplusv-2023 · Bijlage 7 [L1395]' },
      { n: 2, text: 'kplusv-2023 · Bijlage 7 [L1416]' },
      { n: 3, text: 'kplusv-2023 · §7.3.2 [L1112]' },
    ]);
  });

  it('gives a citation cited again its first number, once per statement and in order', () => {
    const notes = footnotes();
    notes.cite([src('A'), src('B')]);
    expect(notes.cite([src('B'), src('A'), src('B')])).toEqual([1, 2]);
    expect(notes.list()).toHaveLength(2);
  });

  it('cites nothing for a statement without sources', () => {
    const notes = footnotes();
    expect(notes.cite([])).toEqual([]);
    expect(notes.list()).toEqual([]);
  });

  it('starts again at 1 in another section', () => {
    footnotes().cite([src('A'), src('B')]);
    expect(footnotes().cite([src('B')])).toEqual([1]);
  });

  it('writes a citation without a document as the citation alone', () => {
    expect(footnoteText(src('www.ynbusiness.nl', null))).toBe('www.ynbusiness.nl');
  });
});

describe('the marks of a statement', () => {
  it('shortens runs of three or more to a range and keeps pairs apart', () => {
    expect(footnoteMarks([1, 2, 3, 5])).toBe('1–3, 5');
    expect(footnoteMarks([2, 3])).toBe('2, 3');
    expect(footnoteMarks([7, 4, 5, 6, 9, 10, 11])).toBe('4–7, 9–11');
  });

  it('is empty without footnotes', () => {
    expect(footnoteMarks([])).toBe('');
  });
});
