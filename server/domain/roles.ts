export type ServeRole = 'PRIMARY' | 'SECONDARY' | 'DEVELOPING' | 'UNSPECIFIED' | 'NOT_SERVED';

const ROLE_OF: Record<string, ServeRole> = {
  primary: 'PRIMARY',
  secondary: 'SECONDARY',
  developing: 'DEVELOPING',
  unspecified: 'UNSPECIFIED',
  'not-served': 'NOT_SERVED',
};

/** Sort order of roles: primary first. */
export const ROLE_ORDER: Record<ServeRole, number> = {
  PRIMARY: 0,
  SECONDARY: 1,
  DEVELOPING: 2,
  UNSPECIFIED: 3,
  NOT_SERVED: 4,
};

/** Maps the stored role (`not-served`) to the API's enum value (`NOT_SERVED`); unknown values count as unspecified. */
export function toRole(stored: unknown): ServeRole {
  return ROLE_OF[String(stored)] ?? 'UNSPECIFIED';
}

/** Maps an API role back to the stored value. */
export function fromRole(role: ServeRole): string {
  return role === 'NOT_SERVED' ? 'not-served' : role.toLowerCase();
}
