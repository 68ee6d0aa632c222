import {
  RelationType,
  ScenarioChangeKind,
  type ReferralKind,
  type ReferralStatus,
  type ServeRole,
  type ServiceStatus,
} from './generated/enums.ts';

// The model's fixed rules, each defined once: the years a fact may carry, the relation types, the statuses and kinds
// the API accepts and how they are stored, and the form of an id. The enums themselves are declared in
// server/graphql/schema.graphql (the API's contract) and reach this file and the client through codegen; reads,
// writes, spreadsheets, JSON import and the seed all take them from here. docs/rules.md lists who uses what.

/** The first year a fact, an `asOf` or an edit may name. The map's earliest fact is from 2011; a founding year may be far older. */
export const YEAR_MIN = 1800;
/** The last year a fact, an `asOf` or an edit may name. */
export const YEAR_MAX = 2100;

/** True for a whole number from YEAR_MIN to YEAR_MAX. */
export function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX;
}

/** The relationship types a relation (`rel-…`) may have: the schema's RelationType. */
export const RELATION_TYPES: readonly RelationType[] = Object.freeze(Object.values(RelationType));
/** What a scenario's change may do: the schema's ScenarioChangeKind. */
export const SCENARIO_CHANGE_KIND_VALUES: readonly ScenarioChangeKind[] = Object.freeze(
  Object.values(ScenarioChangeKind),
);
export type { ReferralKind, ReferralStatus, RelationType, ServeRole, ServiceStatus };

// Every value of an enum, in the order the API's messages list them; `satisfies` with the exhaustiveness check below
// keeps each list equal to the schema's enum.
type Exactly<T extends string, L extends readonly T[]> = [Exclude<T, L[number]>] extends [never] ? L : never;
const every =
  <T extends string>() =>
  <L extends readonly T[]>(values: Exactly<T, L>): Exactly<T, L> =>
    values;

/** Statuses of a referral or another relation, as the API takes them. */
export const REFERRAL_STATUS_VALUES = every<ReferralStatus>()([
  'ACTIVE',
  'PILOT',
  'PLANNED',
  'WISHED',
  'RECOMMENDED',
  'PAST',
  'POSSIBLE',
] as const);
/** Lifecycle statuses a service may be given through the API. */
export const SERVICE_STATUS_VALUES = every<ServiceStatus>()(['PLANNED', 'ACTIVE', 'ONE_OFF', 'STOPPED'] as const);
/** Roles an organisation may have for a target group, strongest first. */
export const SERVE_ROLE_VALUES = every<ServeRole>()([
  'PRIMARY',
  'SECONDARY',
  'DEVELOPING',
  'UNSPECIFIED',
  'NOT_SERVED',
] as const);
/** Kinds of referral, as the API takes them. */
export const REFERRAL_KIND_VALUES = every<ReferralKind>()(['REFERRAL', 'WARM_HANDOVER'] as const);

/**
 * How an enum value is stored and read back: lower case with dashes (`WARM_HANDOVER` → `warm-handover`).
 * @example storedValue('ONE_OFF') // 'one-off'
 */
export function storedValue(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

/**
 * The enum value of a stored value, or null when it is none of `allowed`.
 * @example enumValue(SERVICE_STATUS_VALUES, 'one-off') // 'ONE_OFF'
 */
export function enumValue<T extends string>(allowed: readonly T[], stored: string | null | undefined): T | null {
  const candidate = (stored ?? '').trim().toUpperCase().replace(/-/g, '_');
  return (allowed as readonly string[]).includes(candidate) ? (candidate as T) : null;
}

/** Statuses of a relation as stored (`active`, `pilot`, …): the seed's and the spreadsheets' values. */
export const REFERRAL_STATUSES = Object.freeze(REFERRAL_STATUS_VALUES.map(storedValue));
/** Lifecycle statuses of a service as stored (`planned`, `active`, `one-off`, `stopped`). */
export const SERVICE_STATUSES = Object.freeze(SERVICE_STATUS_VALUES.map(storedValue));
/** Roles as stored (`primary` … `not-served`). */
export const SERVE_ROLES = Object.freeze(SERVE_ROLE_VALUES.map(storedValue));
/** Kinds of referral as stored (`referral`, `warm-handover`). */
export const REFERRAL_KINDS = Object.freeze(REFERRAL_KIND_VALUES.map(storedValue));

/**
 * The kinds of organisation the map knows (KVK, an agency, a ROM, a municipality, a regional executor, …); the seed's
 * vocabulary.yaml describes each in words.
 */
export const ORGANISATION_TYPES = Object.freeze([
  'kvk',
  'agency',
  'rom',
  'rom-subregional',
  'ministry',
  'ministry-unit',
  'province',
  'municipality',
  'regional-executor',
  'business-association',
  'financier',
  'knowledge-institution',
  'economic-board',
  'partnership',
  'umbrella',
  'advisory-body',
  'data-provider',
  'consultancy',
  'programme',
  'parliament',
  'role',
  'other',
] as const);

/** The scales an organisation or service works at, from one municipality to Europe. */
export const SCALES = Object.freeze([
  'local',
  'regional',
  'provincial',
  'multi-provincial',
  'national',
  'european',
] as const);

/** Lines of support (*eerstelijns*: first contact; *tweedelijns*: specialised help). */
export const LINES = Object.freeze(['eerstelijns', 'tweedelijns'] as const);

/** Most characters of an id made by the API (its prefix not counted). */
export const SLUG_MAX = 80;

/**
 * True for an id the API may create: `prefix`, then lowercase letters, digits and single dashes, starting with a
 * letter, not ending with a dash, 2 to SLUG_MAX characters.
 * @example isSlug('novel-t') // true
 * @example isSlug('act-spreekuur', 'act-') // true
 */
export function isSlug(value: string, prefix = ''): boolean {
  if (!value.startsWith(prefix)) return false;
  const rest = value.slice(prefix.length);
  return /^[a-z][a-z0-9-]+$/.test(rest) && rest.length <= SLUG_MAX && !value.endsWith('-') && !value.includes('--');
}

/**
 * A slug made from a name: "Ondernemershuis Zwolle" → "ondernemershuis-zwolle".
 * @example slugify('Ondernemershuis Zwolle – Fryslân!') // 'ondernemershuis-zwolle-fryslan'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/g, '');
}
