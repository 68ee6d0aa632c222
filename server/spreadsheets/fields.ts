import { normaliseText, type FieldValue } from './cells.ts';
import type { EntityName } from './columns.ts';
import type { RecordRow } from './record-row.ts';
import type { FieldChange, ImportError } from './report.ts';
import type { Props } from './state.ts';

/** How a field is compared with what the database holds. */
type Compare = 'text' | 'set' | 'value' | 'sources';

/** A column that maps to a property of the fact (identity columns are not fields). */
interface FieldSpec {
  readonly column: string;
  readonly prop: string;
  readonly compare: Compare;
  /** What an absent property means (`partial` absent = false). */
  readonly absent?: FieldValue;
}

const f = (column: string, compare: Compare, prop = column, absent?: FieldValue): FieldSpec => ({
  column,
  prop,
  compare,
  ...(absent !== undefined ? { absent } : {}),
});
const years = [f('validFrom', 'value'), f('validTo', 'value')];
const sources = f('sources', 'sources');

/** The fields of each entity, by column. */
export const FIELDS: Readonly<Record<EntityName, readonly FieldSpec[]>> = {
  organisations: [
    f('name', 'text'),
    f('type', 'value'),
    f('aliases', 'set'),
    f('scale', 'value'),
    f('description', 'text'),
    f('lines', 'set'),
    f('phases', 'set'),
    f('themes', 'set'),
    ...years,
    sources,
    f('note', 'text'),
  ],
  coverage: [f('partial', 'value', 'partial', false), ...years, sources],
  serves: [f('role', 'value'), f('phases', 'set'), f('themes', 'set'), f('line', 'set', 'lines'), ...years, sources],
  services: [
    f('name', 'text'),
    f('description', 'text'),
    f('status', 'value'),
    f('targetGroups', 'set'),
    f('regions', 'set'),
    ...years,
    sources,
  ],
  referrals: [
    f('kind', 'value'),
    f('status', 'value'),
    f('targetGroups', 'set'),
    f('subject', 'text'),
    f('since', 'value', 'validFrom'),
    f('until', 'value', 'validTo'),
    sources,
  ],
  mappings: [f('year', 'value'), f('note', 'text'), sources],
};

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** A stored property as the import compares it: lists as lists ([] when absent), scalars or null. */
export function storedValue(spec: FieldSpec, props: Props): FieldValue {
  const v = props[spec.prop];
  if (spec.compare === 'set' || spec.compare === 'sources') return asList(v);
  if (v === undefined || v === null) return spec.absent ?? null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

function same(spec: FieldSpec, before: FieldValue, after: FieldValue): boolean {
  switch (spec.compare) {
    case 'set':
    case 'sources': {
      const a = [...asList(before)].sort();
      const b = [...asList(after)].sort();
      return a.length === b.length && a.every((x, i) => x === b[i]);
    }
    case 'text':
      return (typeof before === 'string' ? normaliseText(before) : before) === after;
    case 'value':
      return before === after;
  }
}

/** The planned writes of one row: what changes (for the report) and the properties to set (null removes). */
export interface FieldDiff {
  readonly changes: FieldChange[];
  readonly set: Props;
}

/**
 * Compares a row with the stored fact (null when it is new). Only columns the sheet has count; sources are added
 * to (never removed), and the import's source joins the sources of a fact that is created or changed.
 * @example diffFields(row, { name: 'Old' }, 'Import 2025').changes // [{ field: 'name', before: 'Old', after: 'New' }, …]
 */
export function diffFields(record: RecordRow, stored: Props | null, importSource: string): FieldDiff {
  const changes: FieldChange[] = [];
  const set: Props = {};
  let storedSources: string[] = [];
  let fileSources: string[] = [];
  for (const spec of FIELDS[record.entity]) {
    const before = stored ? storedValue(spec, stored) : null;
    if (spec.compare === 'sources') {
      storedSources = asList(before);
      fileSources = asList(record.values.get(spec.column));
      continue;
    }
    if (!record.values.has(spec.column)) continue;
    const after = record.values.get(spec.column) ?? null;
    if (stored === null) {
      const empty = after === null || (Array.isArray(after) && after.length === 0);
      if (!empty) changes.push({ field: spec.column, before: null, after });
      if (after !== null) set[spec.prop] = after;
    } else if (!same(spec, before, after)) {
      changes.push({ field: spec.column, before, after });
      set[spec.prop] = after;
    }
  }
  const added = fileSources.filter((s) => !storedSources.includes(s));
  if (stored === null || changes.length > 0 || added.length > 0) {
    const after = [...storedSources, ...added];
    if (!after.includes(importSource)) after.push(importSource);
    changes.push({ field: 'sources', before: stored ? storedSources : null, after });
    set['sources'] = after;
  }
  return { changes, set };
}

/**
 * Accepts the cells of a row whose values are outside the vocabulary when the map already holds exactly those
 * values for the fact (an exported legacy value, such as a service status `contested`, imports unchanged); returns
 * the errors of the others.
 */
export function settlePending(record: RecordRow, stored: Props | null): ImportError[] {
  const errors: ImportError[] = [];
  for (const [column, cell] of record.pending) {
    const spec = FIELDS[record.entity].find((s) => s.column === column)!;
    const before = stored ? storedValue(spec, stored) : null;
    const fold = (x: unknown) => String(x).toLowerCase();
    if (!Array.isArray(cell.candidate)) {
      if (typeof before === 'string' && fold(before) === fold(cell.candidate)) record.values.set(column, before);
      else errors.push(cell.error);
      continue;
    }
    const allowed = cell.error.allowed ?? [];
    const kept = asList(before);
    const items = (cell.candidate as string[]).map(
      (c) => allowed.find((a) => a === fold(c)) ?? kept.find((k) => fold(k) === fold(c)) ?? null,
    );
    if (items.every((i) => i !== null)) record.values.set(column, items as string[]);
    else errors.push(cell.error);
  }
  return errors;
}
