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

/**
 * A case- and diacritic-insensitive search key over a name and its aliases, each between bars so that
 * `CONTAINS '|fryslan|'` matches a whole name and `CONTAINS 'frys'` any part of one: stored on organisations,
 * regions, target groups and activities by the seed and by every write that changes a name.
 * @example searchKeyOf('Fryslân', ['Friesland']) // '|fryslan|friesland|'
 */
export function searchKeyOf(name: string, aliases: readonly string[] = []): string {
  return `|${[...new Set([name, ...aliases].map(searchKey))].join('|')}|`;
}
