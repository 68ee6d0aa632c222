/**
 * Folds a name for lookup: lower case, diacritics removed, punctuation and runs of spaces as one space,
 * so "Fryslân", "fryslan" and "FRYSLAN " meet.
 * @example searchKey('Súdwest-Fryslân') // 'sudwest fryslan'
 */
export function searchKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
