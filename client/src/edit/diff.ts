/** Bookkeeping properties every write sets; the history leaves them out of a change's diff. */
export const HIDDEN_PROPERTIES: ReadonlySet<string> = new Set(['version', 'updatedAt', 'updatedBy']);

/**
 * A stored value as readable text: lists joined with commas, nothing as a dash, maps as `key: value` pairs.
 * @example formatValue(['weten', 'kunnen']) === 'weten, kunnen'
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => formatValue(v)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${formatValue(v)}`)
      .join('; ');
  }
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return String(value);
}

/** One property a change touched, before and after, as text. */
export interface FieldDiff {
  field: string;
  before: string;
  after: string;
}

const asMap = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/**
 * The properties that differ between an entity's stored states (a created entity has no `before`, a deleted
 * one no `after`), sorted by name, without the bookkeeping ones.
 * @example entityDiff({ name: 'A', version: 1 }, { name: 'B', version: 2 }) → [{ field: 'name', before: 'A', after: 'B' }]
 */
export function entityDiff(before: unknown, after: unknown): FieldDiff[] {
  const a = asMap(before);
  const b = asMap(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !HIDDEN_PROPERTIES.has(k) && JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null))
    .sort((x, y) => x.localeCompare(y))
    .map((field) => ({ field, before: formatValue(a[field]), after: formatValue(b[field]) }));
}
