import type { SourceFieldsFragment } from '../api/generated.ts';

/** A numbered footnote: one citation, the same number every time the section cites it again. */
export interface Footnote {
  n: number;
  text: string;
}

/** One citation as the footnote prints it: the document, then the section and lines (`kplusv-2023 · §5.4.2 [L824]`). */
export const footnoteText = (s: SourceFieldsFragment): string =>
  [s.document, s.citation].filter((x): x is string => Boolean(x)).join(' · ');

/**
 * The footnotes of one section: each distinct citation gets the next number the first time it is cited; citing it
 * again gives the same number. Numbers start at 1 in every section, and the list is printed at its end.
 * @example const f = footnotes(); f.cite([a, b]) // [1, 2]; f.cite([b]) // [2]; f.list() // [{n:1,…},{n:2,…}]
 */
export function footnotes(): { cite(sources: readonly SourceFieldsFragment[]): number[]; list(): Footnote[] } {
  const numbers = new Map<string, number>();
  return {
    cite(sources) {
      const cited = sources.map((s) => {
        const text = footnoteText(s);
        let n = numbers.get(text);
        if (n === undefined) {
          n = numbers.size + 1;
          numbers.set(text, n);
        }
        return n;
      });
      return [...new Set(cited)].sort((a, b) => a - b);
    },
    list: () => [...numbers].map(([text, n]) => ({ n, text })),
  };
}

/**
 * The marks of a statement's footnotes, ranges shortened: [1, 2, 3, 5] → "1–3, 5"; none → "".
 * @example footnoteMarks([1, 2, 3, 5]) === '1–3, 5'
 */
export function footnoteMarks(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}
