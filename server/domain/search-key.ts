/**
 * Folds a name for lookup: lower case, diacritics removed, runs of white space as one space, so
 * "Fryslân", "fryslan" and "FRYSLAN " meet. Punctuation stays: stored search keys keep slugs such as
 * `noord-brabant` intact (see looseKey for matching across punctuation).
 * @example searchKey('Súdwest-Fryslân') // 'sudwest-fryslan'
 */
export function searchKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A looser fold that also treats punctuation as space, so "Noord Brabant" meets "Noord-Brabant".
 * @example looseKey("Súdwest-Fryslân") // 'sudwest fryslan'
 */
export function looseKey(name: string): string {
  return searchKey(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
