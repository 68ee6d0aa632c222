import type { ApiError } from '../api/client.ts';
import { formatValue, HIDDEN_PROPERTIES } from './diff.ts';
import type { FormSpec } from './form-spec.ts';

/** The kinds of refusal an edit can meet, each explained in its own words (i18n `edit.error.*`). */
export type EditErrorKind =
  | 'CONFLICT'
  /** A deletion refused because others still refer to what is deleted. */
  | 'REFERENCED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'NETWORK'
  | 'INTERNAL';

const KINDS: readonly string[] = ['CONFLICT', 'FORBIDDEN', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'NOT_FOUND', 'NETWORK'];

/** An edit error taken apart for the dialog: what kind, which field, what is allowed, and the current state. */
export interface EditProblem {
  kind: EditErrorKind;
  /** The server's message (English), shown under the plain-language explanation. */
  message: string;
  /** The input field named by the server (`extensions.field`), its last path segment: `patch.type` → `type`. */
  field: string | null;
  /** The refused value, as text. */
  value: string | null;
  /** What the field allows (`extensions.allowed`). */
  allowed: string[];
  /** For a conflict: the current values (`extensions.current`) as field and text, in a stable order. */
  current: { field: string; value: string }[] | null;
  /** The version stored now, when the conflict names it. */
  currentVersion: number | null;
  /** For a refused deletion: how many relationships remain, and with whom. */
  related: string[];
}

const lastSegment = (path: string): string =>
  path
    .split(/[.[\]]/)
    .filter(Boolean)
    .pop() ?? path;

function currentValues(current: unknown): { field: string; value: string }[] | null {
  if (current === null || typeof current !== 'object' || Array.isArray(current)) return null;
  // A conflict may name several entities ({ organisation: {...} }) or be one entity's properties.
  return Object.entries(current as Record<string, unknown>)
    .filter(([k]) => !HIDDEN_PROPERTIES.has(k))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([field, value]) => ({ field, value: formatValue(value) }));
}

/**
 * Reads an API error as the edit dialog explains it.
 * @example describeError(new ApiError('stale', 'CONFLICT', { current: { name: 'KVK' } })).current
 *   → [{ field: 'name', value: 'KVK' }]
 */
export function describeError(error: ApiError): EditProblem {
  const ext = error.extensions;
  const allowed = ext['allowed'];
  const field = typeof ext['field'] === 'string' ? lastSegment(ext['field']) : null;
  const current = ext['current'];
  const version =
    current && typeof current === 'object' && 'version' in current ? (current as { version: unknown }).version : null;
  const referenced = error.code === 'CONFLICT' && typeof ext['relationships'] === 'number';
  const related = ext['related'];
  return {
    kind: referenced ? 'REFERENCED' : ((KINDS.includes(error.code) ? error.code : 'INTERNAL') as EditErrorKind),
    message: error.message,
    field,
    value: ext['value'] === undefined ? null : formatValue(ext['value']),
    allowed: Array.isArray(allowed) ? allowed.map((a) => formatValue(a)) : typeof allowed === 'string' ? [allowed] : [],
    current: error.code === 'CONFLICT' && !referenced ? currentValues(current) : null,
    currentVersion: typeof version === 'number' ? version : null,
    related: Array.isArray(related) ? related.map((r) => formatValue(r)) : [],
  };
}

/** A field of a conflict: what the form showed and what is stored now. */
export interface ConflictRow {
  field: string;
  shown: string;
  now: string;
}

/**
 * What someone else changed, as far as the form is concerned: its fields whose stored value differs from what
 * the form showed. When none differ (or the state names none of the form's fields), every stored value.
 * @example conflictRows(problem.current, spec) → [{ field: 'description', shown: 'Oud', now: 'Nieuw' }]
 */
export function conflictRows(
  current: EditProblem['current'],
  spec: Pick<FormSpec, 'fields' | 'initial'>,
): ConflictRow[] {
  if (!current) return [];
  const names = new Set(spec.fields.map((f) => f.name));
  const rows = current
    .filter((c) => names.has(c.field))
    .map((c) => ({ field: c.field, shown: formatValue(spec.initial[c.field]), now: c.value }));
  const changed = rows.filter((r) => r.shown !== r.now);
  if (changed.length > 0) return changed;
  if (rows.length > 0) return rows;
  return current.map((c) => ({ field: c.field, shown: '—', now: c.value }));
}
