import { looseKey } from './search-key.ts';

/** Words of a search looked at: more never make a name more findable, and each adds clauses. */
export const MAX_SEARCH_TERMS = 8;
/** Characters of a search looked at: longer than any organisation name. */
export const MAX_SEARCH_INPUT = 120;
/** Words this long or longer may be misspelt by one letter ("Brainprot"); shorter ones would match too much. */
const FUZZY_MIN_LENGTH = 4;

/** Characters Lucene's query parser reads as syntax. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * Escapes Lucene's query syntax in one term, so user text is always matched as text.
 * @example escapeLucene('a+b') // 'a\\+b'
 */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

const fuzzy = (t: string) => (t.length >= FUZZY_MIN_LENGTH ? `${escapeLucene(t)}~1` : escapeLucene(t));

/**
 * A Lucene query for the organisation_names full-text index from what a user typed, or null when it holds no
 * letters or digits. The text is folded (lower case, no diacritics, punctuation as space) and every word must be
 * found, in one of these forms:
 * - itself, with one typo allowed from four letters on ("brainprot" finds Brainport);
 * - joined with the word before or after it ("innovation quarter" finds InnovationQuarter, "ontwikkelings
 *   maatschappij" finds Ontwikkelingsmaatschappij), or all words joined ("novel t" → novelt);
 * - for the last word, and all words joined, as the start of a word, for text still being typed ("ynbus" finds
 *   YnBusiness).
 * Words like AND, OR or NOT are lower-cased by the fold, so they are never read as operators.
 * @example organisationLuceneQuery('Novel T') // '+(novel~1 novelt~1 novelt*) +(t novelt~1 novelt*)'
 */
export function organisationLuceneQuery(text: string): string | null {
  const terms = looseKey(text.slice(0, MAX_SEARCH_INPUT * 2))
    .slice(0, MAX_SEARCH_INPUT)
    .split(' ')
    .filter((t) => t !== '')
    .slice(0, MAX_SEARCH_TERMS);
  if (terms.length === 0) return null;
  const joined = terms.join('');
  const groups = terms.map((t, i) => {
    const forms = [fuzzy(t)];
    if (i > 0) forms.push(fuzzy(terms[i - 1]! + t));
    if (i + 1 < terms.length) forms.push(fuzzy(t + terms[i + 1]!));
    if (terms.length > 2) forms.push(fuzzy(joined));
    if (i === terms.length - 1 && t.length >= 2) forms.push(`${escapeLucene(t)}*`);
    if (terms.length > 1) forms.push(`${escapeLucene(joined)}*`);
    return `+(${[...new Set(forms)].join(' ')})`;
  });
  return groups.join(' ');
}
