import type { Rng } from './prng.ts';

// Ids and names that exist in the seed, so that part of the fuzzed requests reach the resolvers' real work
// instead of stopping at "not found".
export const KNOWN_IDS = [
  'kvk',
  'novel-t',
  'qredits',
  'rom-nl',
  'GM0193',
  'GM0153',
  'PV23',
  'PV30',
  'CR12',
  'NL',
  'Zwolle',
  'Enschede',
  'breed-mkb',
  'starter',
  'zzp',
  'innovatie',
  'weten',
] as const;

// Strings that have broken parsers, databases, logs and spreadsheets elsewhere.
const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\ud83dy',
  '\udc00\ud800',
  '\ufffe',
  '\uffff',
  '\ufeffZwolle',
  '\u202eelowZ',
  '\u200b\u200c\u200d',
  'e\u0301'.repeat(200),
  '👩‍👩‍👧‍👦'.repeat(50),
  'Fryslân',
  'ǅ İ ß ﬃ',
  '\r\n\t\v\f\b',
  '"',
  "'",
  '\\',
  '`',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  '") DETACH DELETE n //',
  'MATCH (n) DETACH DELETE n',
  '../../../../etc/passwd',
  '%00',
  '%zz',
  '=HYPERLINK("http://x","klik")',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  '-1+1',
  '__proto__',
  'constructor',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(400),
  'GM' + '0'.repeat(100),
  'kvk|breed-mkb|sole|all',
  'a|b|c|d|e|f',
];

/** A string of `length` characters made of one repeated unit (letters, digits, surrogate pairs or junk). */
export function longString(rng: Rng, length: number): string {
  const unit = rng.pick(['a', 'Zwolle ', '9', '🙂', 'é', '\ud800', '%', '\\', '"', '<', ' ']);
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * A hostile string: odd characters, a known id with junk, or a long one (up to 20,000 characters; with `huge`,
 * rarely 100,000 or 300,000).
 */
export function hostileString(rng: Rng, huge = false): string {
  const r = rng.next();
  if (r < 0.45) return rng.pick(ODD_STRINGS);
  if (r < 0.6) return rng.pick(KNOWN_IDS) + rng.pick(ODD_STRINGS);
  if (r < 0.93 || !huge) return longString(rng, rng.pick([257, 1_001, 5_000, 20_000]));
  return longString(rng, rng.pick([100_000, 300_000]));
}

/** A string argument: most of the time a plausible one (a known id), else hostile. */
export function stringValue(rng: Rng, huge = false): string {
  return rng.chance(0.5) ? rng.pick(KNOWN_IDS) : hostileString(rng, huge);
}

/** Numbers at and beyond the edges of GraphQL's Int (32-bit) and of JavaScript's safe integers. */
export const ODD_INTS = [0, -1, 1, 1900, 2024, 2026, 9999, -2147483648, 2147483647, 2147483648, -2147483649, 2 ** 53];

/** An Int argument: a year most of the time, else an edge value. */
export function intValue(rng: Rng): number {
  return rng.chance(0.5) ? rng.int(1990, 2030) : rng.pick(ODD_INTS);
}

/** A value of the wrong kind for whatever is expected. */
export function wrongKindValue(rng: Rng): unknown {
  return rng.pick<unknown>([
    null,
    true,
    0.5,
    -1e300,
    '',
    '123',
    [],
    [null],
    {},
    { id: 'kvk' },
    [[[[['deep']]]]],
    'x'.repeat(3000),
  ]);
}

/** A JSON value nested `depth` levels deep (arrays or objects). */
export function deepJson(depth: number, asObject: boolean): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v];
  return v;
}
