// The key of a serves statement (a SERVES edge's `key`): an organisation may say it serves a target group once per
// reading of an ambiguous fact and per region it limits the statement to. The seed, the editing API, the spreadsheet
// import and export all build and read it here.

/** The reading of a statement that has none. */
export const SOLE_READING = 'sole';
/** The scope of a statement that is not limited to a region. */
export const ALL_SCOPE = 'all';

/** What a serves key is made of; a missing reading or scope takes its default. */
export interface ServesKeyParts {
  targetGroup: string;
  reading?: string | null | undefined;
  scope?: string | null | undefined;
}

/**
 * The key that identifies one SERVES edge: `organisation|targetGroup|reading|scope`.
 * @example servesKey('ynbusiness', { targetGroup: 'breed-mkb' }) // 'ynbusiness|breed-mkb|sole|all'
 */
export function servesKey(organisation: string, s: ServesKeyParts): string {
  return [organisation, s.targetGroup, s.reading ?? SOLE_READING, s.scope ?? ALL_SCOPE].join('|');
}

/**
 * A serves key taken apart; the default reading and scope come back as '' (none).
 * @example servesKeyParts('ynbusiness|breed-mkb|sole|PV21') // { organisation: 'ynbusiness', targetGroup: 'breed-mkb', reading: '', scope: 'PV21' }
 */
export function servesKeyParts(key: string): {
  organisation: string;
  targetGroup: string;
  reading: string;
  scope: string;
} {
  const [organisation = '', targetGroup = '', reading = '', scope = ''] = key.split('|');
  return {
    organisation,
    targetGroup,
    reading: reading === SOLE_READING ? '' : reading,
    scope: scope === ALL_SCOPE ? '' : scope,
  };
}
