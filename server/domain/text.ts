// What a stored text may hold: well-formed Unicode without control characters. Lone surrogates cannot be
// encoded as UTF-8 (Neo4j, JSON and CSV writers would each mangle them differently), noncharacters are reserved
// for a program's internal use, and control characters are invisible in every view yet change what is compared.

/** Text allowed to run over more than this many characters is free text (a description, a remark): lines allowed. */
export const SINGLE_LINE_MAX = 200;

const SURROGATE = /[\uD800-\uDFFF]/u;

// U+FDD0..U+FDEF and the last two code points of each of the 17 planes: the 66 noncharacters.
const NONCHARACTER = new RegExp(
  `[\\uFDD0-\\uFDEF${Array.from({ length: 17 }, (_, plane) => {
    const hex = (plane * 0x10000 + 0xfffe).toString(16);
    return `\\u{${hex}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`;
  }).join('')}]`,
  'u',
);

// C0 controls and DEL and C1 controls; tab, line feed and carriage return are decided separately.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const LINE_OR_TAB = /[\t\n\r]/u;

const codePoint = (s: string, at: number) =>
  `U+${(s.codePointAt(at) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export interface TextRules {
  /** True for free text (descriptions, remarks): tabs and line breaks allowed. */
  readonly multiline: boolean;
}

/**
 * What is wrong with a text that is to be stored, or null: a lone surrogate, a noncharacter (U+FFFE, U+FFFF and
 * the other 64), a control character, or — in one-line text such as a name — a tab or line break. The message
 * names the character and its position (from 1), never the text itself.
 * @example textProblem('a\uFFFEb', { multiline: false }) // 'contains the noncharacter U+FFFE at position 2'
 */
export function textProblem(value: string, rules: TextRules): string | null {
  const surrogate = SURROGATE.exec(value);
  if (surrogate) {
    return `contains a lone surrogate ${codePoint(value, surrogate.index)} at position ${surrogate.index + 1} (not well-formed Unicode)`;
  }
  const nonchar = NONCHARACTER.exec(value);
  if (nonchar) return `contains the noncharacter ${codePoint(value, nonchar.index)} at position ${nonchar.index + 1}`;
  const control = CONTROL.exec(value);
  if (control) {
    return `contains control characters (${codePoint(value, control.index)} at position ${control.index + 1})`;
  }
  if (!rules.multiline) {
    const line = LINE_OR_TAB.exec(value);
    if (line) {
      return `must be one line: contains ${line[0] === '\t' ? 'a tab' : 'a line break'} at position ${line.index + 1}`;
    }
  }
  return null;
}

/**
 * textProblem for a value of any type as an import carries it: a string, or the strings of a list, as free text
 * (an import restores what was stored, whatever property it is); other values have no text problem.
 * @example textValueProblem(['ok', 'a\uD800']) // 'item 1: contains a lone surrogate …'
 */
export function textValueProblem(value: unknown): string | null {
  if (typeof value === 'string') return textProblem(value, { multiline: true });
  if (!Array.isArray(value)) return null;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const problem = typeof item === 'string' ? textProblem(item, { multiline: true }) : null;
    if (problem) return `item ${i}: ${problem}`;
  }
  return null;
}
