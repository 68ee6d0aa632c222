import { enumValue, SERVE_ROLE_VALUES, storedValue, type ServeRole } from './rules.ts';

export type { ServeRole };

/** Sort order of roles: primary first. */
export const ROLE_ORDER = Object.fromEntries(SERVE_ROLE_VALUES.map((r, i) => [r, i])) as Record<ServeRole, number>;

/** Maps the stored role (`not-served`) to the API's enum value (`NOT_SERVED`); unknown values count as unspecified. */
export function toRole(stored: unknown): ServeRole {
  return typeof stored === 'string' ? (enumValue(SERVE_ROLE_VALUES, stored) ?? 'UNSPECIFIED') : 'UNSPECIFIED';
}

/** Maps an API role back to the stored value. */
export function fromRole(role: ServeRole): string {
  return storedValue(role);
}
