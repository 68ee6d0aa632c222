import { YEAR_MAX, YEAR_MIN } from '../domain/rules.ts';
import { FIELD_LIMITS } from '../validation/fields.ts';

// The spreadsheet format of the import and the CSV export: one sheet per entity, one row per fact, stable English
// column headers (matched case-insensitively). Lists are `;`-separated. An absent optional column leaves that field
// alone; an empty cell in a present column clears it. Documented for users in the "uitleg" sheet of the template.

/** The years a year column accepts, in words. */
const YEARS = `${YEAR_MIN}–${YEAR_MAX}`;

/** The entities a spreadsheet can hold, one sheet each, in the order they are written. */
export const ENTITIES = ['organisations', 'coverage', 'serves', 'services', 'referrals', 'mappings'] as const;
export type EntityName = (typeof ENTITIES)[number];

/** Sheet names accepted for each entity besides its own name (case-insensitive). */
export const SHEET_ALIASES: Readonly<Record<EntityName, readonly string[]>> = {
  organisations: ['organisation', 'organisaties', 'organisatie'],
  coverage: ['dekking', 'werkgebied', 'werkgebieden'],
  serves: ['doelgroepen', 'doelgroep', 'bedient'],
  services: ['diensten', 'dienst', 'activiteiten', 'activities'],
  referrals: ['verwijzingen', 'doorverwijzingen', 'verwijzing'],
  mappings: ['in kaart', 'in-kaart', 'in kaart gebracht', 'mapping'],
};

/** The sheets whose rows can remove a fact (column `remove`); every other sheet's rows only create or update. */
export const REMOVABLE: ReadonlySet<EntityName> = new Set<EntityName>(['mappings']);

/** Sheets of a workbook that are documentation and never imported. */
export const EXPLANATION_SHEETS = ['uitleg', 'explanation', 'toelichting', 'readme', 'lees mij'];

/** The most data rows one sheet may have; larger files are refused before anything is validated. */
export const MAX_ROWS_PER_SHEET = 50_000;

/**
 * The most facts one apply creates or changes: they are written in one transaction, which must stay within the
 * database's time and memory limits for a transaction. A larger file is checked completely, then refused.
 */
export const MAX_WRITES_PER_APPLY = 20_000;

/** The fixed values of the model, as stored (the rest comes from the database's vocabulary). */
export { REFERRAL_KINDS, REFERRAL_STATUSES, SERVE_ROLES, SERVICE_STATUSES } from '../domain/rules.ts';

/** Where the allowed values of a column come from. */
export type ValueSet =
  | 'orgType'
  | 'scale'
  | 'line'
  | 'phase'
  | 'theme'
  | 'targetGroup'
  | 'role'
  | 'serviceStatus'
  | 'referralKind'
  | 'referralStatus';

export type ColumnKind =
  | { readonly type: 'text'; readonly max: number }
  | { readonly type: 'list'; readonly max: number }
  | { readonly type: 'year' }
  | { readonly type: 'boolean' }
  | { readonly type: 'value'; readonly values: ValueSet }
  | { readonly type: 'values'; readonly values: ValueSet }
  | { readonly type: 'region' }
  | { readonly type: 'regions' }
  | { readonly type: 'organisation' };

export interface ColumnSpec {
  /** The header, exactly as templates and exports write it. */
  readonly name: string;
  /** The header must be there and every row needs a value. */
  readonly required: boolean;
  readonly kind: ColumnKind;
  /** For the explanation sheet and the README. */
  readonly description: string;
  readonly example: string;
}

const text = (max: number): ColumnKind => ({ type: 'text', max });
const list = (max: number): ColumnKind => ({ type: 'list', max });
const year: ColumnKind = { type: 'year' };
const value = (values: ValueSet): ColumnKind => ({ type: 'value', values });
const values = (v: ValueSet): ColumnKind => ({ type: 'values', values: v });

const col = (name: string, required: boolean, kind: ColumnKind, description: string, example: string): ColumnSpec => ({
  name,
  required,
  kind,
  description,
  example,
});

const validFrom = col('validFrom', false, year, `First year (inclusive), ${YEARS}; empty = open.`, '2019');
const validTo = col('validTo', false, year, `Last year (inclusive), ${YEARS}, not before validFrom; empty = open.`, '');
const sources = col(
  'sources',
  false,
  list(500),
  'Citations or URLs, `;`-separated. They are added to the existing ones (an import never removes a source); ' +
    "the import's own source is added to every fact it creates or changes.",
  'https://www.example.nl/over-ons',
);

/** The columns of each sheet, in template order. */
export const COLUMNS: Readonly<Record<EntityName, readonly ColumnSpec[]>> = {
  organisations: [
    col(
      'id',
      true,
      text(FIELD_LIMITS.id),
      'Identity: lowercase letters, digits and dashes (2–80). An existing id updates that organisation, a new one creates it.',
      'ondernemershuis-zwolle',
    ),
    col('name', true, text(FIELD_LIMITS.name), 'Name.', 'Ondernemershuis Zwolle'),
    col('type', true, value('orgType'), 'Organisation type.', 'regional-executor'),
    col('aliases', false, list(FIELD_LIMITS.name), 'Other names, `;`-separated.', 'OHZ; Ondernemershuis'),
    col('scale', false, value('scale'), 'Scale of operation.', 'regional'),
    col(
      'description',
      false,
      text(FIELD_LIMITS.description),
      'What it does.',
      'Eerste loket voor ondernemers in regio Zwolle.',
    ),
    col('lines', false, values('line'), 'Lines of support, `;`-separated.', 'eerstelijns'),
    col('phases', false, values('phase'), 'Main phases, `;`-separated.', 'weten; willen'),
    col('themes', false, values('theme'), 'Themes, `;`-separated.', 'innovatie; digitalisering'),
    validFrom,
    validTo,
    sources,
    col('note', false, text(FIELD_LIMITS.note), 'Remark.', ''),
  ],
  coverage: [
    col(
      'organisation',
      true,
      { type: 'organisation' },
      'Organisation id (in the map or in the organisations sheet).',
      'ondernemershuis-zwolle',
    ),
    col('region', true, { type: 'region' }, 'Region covered: id (PV23, CR12, GM0193), name or alias.', 'Zwolle'),
    col(
      'partial',
      false,
      { type: 'boolean' },
      'Works in only part of the region: true/false (ja/nee); empty = false.',
      'false',
    ),
    validFrom,
    validTo,
    sources,
  ],
  serves: [
    col('organisation', true, { type: 'organisation' }, 'Organisation id.', 'ondernemershuis-zwolle'),
    col('targetGroup', true, value('targetGroup'), 'Target group id.', 'breed-mkb'),
    col('role', true, value('role'), 'Role for the group.', 'primary'),
    col('phases', false, values('phase'), 'Phases for this group, `;`-separated.', 'weten'),
    col('themes', false, values('theme'), 'Themes for this group, `;`-separated.', ''),
    col('line', false, values('line'), 'Line(s) for this group; `;`-separated when both.', 'eerstelijns'),
    col(
      'scope',
      false,
      { type: 'region' },
      'Region the statement is limited to (id, name or alias); empty = wherever the organisation works. Part of the identity.',
      '',
    ),
    col(
      'reading',
      false,
      text(80),
      'Only for statements that are one reading of an ambiguity in the sources (as exported); leave empty otherwise. Part of the identity.',
      '',
    ),
    validFrom,
    validTo,
    sources,
  ],
  services: [
    col(
      'id',
      true,
      text(120),
      'Identity: `act-` followed by lowercase letters, digits and dashes.',
      'act-ondernemerscafe-zwolle',
    ),
    col(
      'organisation',
      true,
      { type: 'organisation' },
      'Organisation running it (owner); cannot change for an existing service.',
      'ondernemershuis-zwolle',
    ),
    col('name', true, text(FIELD_LIMITS.name), 'Name.', 'Ondernemerscafé Zwolle'),
    col('description', false, text(FIELD_LIMITS.description), 'What it is.', ''),
    col('status', true, value('serviceStatus'), 'Lifecycle; `stopped` needs validTo.', 'active'),
    col('targetGroups', false, values('targetGroup'), 'Target group ids, `;`-separated.', 'starter; zzp'),
    col('regions', false, { type: 'regions' }, 'Regions it runs in (ids, names or aliases), `;`-separated.', 'Zwolle'),
    validFrom,
    validTo,
    sources,
  ],
  referrals: [
    col(
      'id',
      false,
      text(100),
      'Identity of the referral; empty = the one referral of this kind from → to if there is one, else a new one (`rel-user-<uuid>`).',
      '',
    ),
    col('from', true, { type: 'organisation' }, 'Referring organisation id.', 'kvk'),
    col(
      'to',
      true,
      { type: 'organisation' },
      'Organisation referred to (not the same as from).',
      'ondernemershuis-zwolle',
    ),
    col('kind', true, value('referralKind'), 'Kind of referral.', 'warm-handover'),
    col('status', true, value('referralStatus'), 'Status.', 'active'),
    col('targetGroups', false, values('targetGroup'), 'Target groups it is for, `;`-separated.', 'starter'),
    col('subject', false, text(1000), 'What it is about.', ''),
    col('since', false, year, `Year since when (${YEARS}).`, '2022'),
    col('until', false, year, 'Year until when, not before since.', ''),
    sources,
  ],
  mappings: [
    col(
      'region',
      true,
      { type: 'region' },
      'Region a source looked at: id (PV20, CR12, GM0193), name or alias. Speaks for the regions inside it.',
      'Groningen',
    ),
    col(
      'targetGroup',
      true,
      value('targetGroup'),
      'Target group the source looked at (and the groups within it).',
      'breed-mkb',
    ),
    col('year', false, year, `Year the source describes (${YEARS}); it speaks for that year and later.`, '2024'),
    col('note', false, text(FIELD_LIMITS.note), 'Remark: what was looked at, how.', ''),
    sources,
    col(
      'remove',
      false,
      { type: 'boolean' },
      'true/ja removes this record (the cells turn back to "niet in kaart gebracht" where nobody serves the group); empty = keep.',
      '',
    ),
  ],
};

/** The entity a sheet name stands for (own name or alias, any case), or null. */
export function entityOfSheet(name: string): EntityName | null {
  const n = name.trim().toLowerCase();
  for (const e of ENTITIES) if (e === n || SHEET_ALIASES[e].includes(n)) return e;
  return null;
}

/** True for the explanation sheet of a template (ignored on import). */
export function isExplanationSheet(name: string): boolean {
  return EXPLANATION_SHEETS.includes(name.trim().toLowerCase());
}

/** The entity named by a request parameter (own name or alias), or null. */
export function entityOfParameter(name: string | null | undefined): EntityName | null {
  return name ? entityOfSheet(name) : null;
}

/** The column of a sheet with this header (case-insensitive, surrounding spaces ignored), or undefined. */
export function columnOfHeader(entity: EntityName, header: string): ColumnSpec | undefined {
  const h = header.trim().toLowerCase();
  return COLUMNS[entity].find((c) => c.name.toLowerCase() === h);
}
