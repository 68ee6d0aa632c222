/** An option of an autocomplete list. */
export interface Choice {
  id: string;
  label: string;
  /** Shown after the label, e.g. the level of a region. */
  hint?: string;
  /** Other names it is found by (aliases). */
  aliases?: readonly string[];
  /** Lower ranks are listed first among equally good matches. */
  rank?: number;
}

/** Lower case without diacritics: `Fryslân` and `fryslan` match. */
export const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/**
 * The choices matching a typed text, best first: exact name or alias, then prefix, then word prefix,
 * then anywhere; ties by rank, then label. An empty text lists everything.
 * @example matchChoices([{ id: 'PV21', label: 'Fryslân', aliases: ['Friesland'] }], 'fries')[0].id === 'PV21'
 */
export function matchChoices(choices: readonly Choice[], text: string, limit = 50): Choice[] {
  const q = normalise(text);
  const scored: { c: Choice; score: number }[] = [];
  for (const c of choices) {
    const names = [c.label, ...(c.aliases ?? []), c.id].map(normalise);
    let score = Infinity;
    for (const n of names) {
      if (q === '') score = 3;
      else if (n === q) score = Math.min(score, 0);
      else if (n.startsWith(q)) score = Math.min(score, 1);
      else if (n.split(/[\s\-/'()]+/).some((w) => w.startsWith(q))) score = Math.min(score, 2);
      else if (n.includes(q)) score = Math.min(score, 3);
    }
    if (score < Infinity) scored.push({ c, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.c.rank ?? 0) - (b.c.rank ?? 0) || a.c.label.localeCompare(b.c.label, 'nl'))
    .slice(0, limit)
    .map((s) => s.c);
}
