import { describe, expect, it } from 'vitest';
import { textProblem, textValueProblem } from './text.ts';

const oneLine = { multiline: false };
const free = { multiline: true };

describe('textProblem', () => {
  it('accepts ordinary names, accents, emoji and other scripts', () => {
    for (const ok of ['Novel-T', 'Súdwest-Fryslân', 'Ondernemers 🚀', 'Ζωή', '北京', 'a\u00a0b', 'x\u2028y']) {
      expect(textProblem(ok, oneLine)).toBeNull();
    }
  });

  it('refuses a lone high or low surrogate but not a pair', () => {
    expect(textProblem('a\uD800b', oneLine)).toMatch(/lone surrogate U\+D800 at position 2/);
    expect(textProblem('\uDC00', oneLine)).toMatch(/lone surrogate U\+DC00/);
    expect(textProblem('end\uD83D', free)).toMatch(/lone surrogate/);
    expect(textProblem('\uD83D\uDE00', oneLine)).toBeNull();
  });

  it('refuses all 66 noncharacters', () => {
    const nonchars = [
      ...Array.from({ length: 32 }, (_, i) => 0xfdd0 + i),
      ...Array.from({ length: 17 }, (_, p) => [p * 0x10000 + 0xfffe, p * 0x10000 + 0xffff]).flat(),
    ];
    expect(nonchars).toHaveLength(66);
    for (const cp of nonchars) {
      expect(textProblem(`x${String.fromCodePoint(cp)}`, free), cp.toString(16)).toMatch(/noncharacter/);
    }
    expect(textProblem('a\uFFFEb', oneLine)).toBe('contains the noncharacter U+FFFE at position 2');
    expect(textProblem('\uFFFD\uFDCF\uFDF0', oneLine)).toBeNull();
  });

  it('refuses C0 and C1 control characters and DEL', () => {
    for (const c of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f']) {
      expect(textProblem(`a${c}`, free)).toMatch(/control characters/);
    }
  });

  it('allows tabs and line breaks in free text only', () => {
    expect(textProblem('line one\nline two\r\n\tindented', free)).toBeNull();
    expect(textProblem('Novel\nT', oneLine)).toMatch(/one line: contains a line break at position 6/);
    expect(textProblem('Novel\tT', oneLine)).toMatch(/a tab/);
  });

  it('never repeats the text itself', () => {
    expect(textProblem(`${'secret '.repeat(50)}\uFFFF`, oneLine)).not.toContain('secret');
  });
});

describe('textValueProblem', () => {
  it('checks strings and the strings of a list, and nothing else', () => {
    expect(textValueProblem('a\uFFFF')).toMatch(/noncharacter/);
    expect(textValueProblem(['fine', 'a\uD800'])).toMatch(/^item 1: contains a lone surrogate/);
    expect(textValueProblem(['multi\nline'])).toBeNull();
    expect(textValueProblem(42)).toBeNull();
    expect(textValueProblem({ srid: 4326, x: 1, y: 2 })).toBeNull();
  });
});
