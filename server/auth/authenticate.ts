import { AppError } from '../errors.ts';
import type { Role, User, UserDirectory } from './users.ts';

/** How requests are authenticated; built once from the configuration. */
export interface AuthSettings {
  readonly users: UserDirectory;
  /** When true, reading (queries, exports) also needs a valid token. */
  readonly readRequiresToken: boolean;
  /** Header a trusted OIDC proxy sets to the signed-in user's name (lowercase), or null. */
  readonly proxyUserHeader: string | null;
}

type Headers = Readonly<Record<string, string | string[] | undefined>>;

function header(headers: Headers, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Who sent a request: the user of the bearer token, or of the trusted proxy header; null when anonymous.
 * A token that is present but unknown or malformed is an error (UNAUTHENTICATED), never silently anonymous.
 */
export function authenticate(settings: AuthSettings, headers: Headers): User | null {
  const authorization = header(headers, 'authorization');
  if (authorization !== undefined) {
    const m = /^Bearer ([A-Za-z0-9._~+/=-]{8,512})$/.exec(authorization.trim());
    if (!m?.[1]) {
      throw new AppError('UNAUTHENTICATED', 'The Authorization header must be `Bearer <token>`.');
    }
    const user = settings.users.byToken(m[1]);
    if (!user) throw new AppError('UNAUTHENTICATED', 'The bearer token is not valid.');
    return user;
  }
  if (settings.proxyUserHeader) {
    const name = header(headers, settings.proxyUserHeader)?.trim();
    if (name) {
      const user = settings.users.byName(name);
      if (!user) throw new AppError('FORBIDDEN', `User "${name}" has no role in this map; ask an administrator.`);
      return user;
    }
  }
  return null;
}

const RANK: Record<Role, number> = { READER: 0, EDITOR: 1, ADMIN: 2 };

/** Refuses reading when the server requires a token for it. */
export function assertCanRead(settings: AuthSettings, user: User | null): void {
  if (settings.readRequiresToken && !user) {
    throw new AppError('UNAUTHENTICATED', 'This map requires signing in to read it: send a bearer token.');
  }
}

/** Refuses unless the user has at least `role`. */
export function assertRole(user: User | null, role: Role): User {
  if (!user) throw new AppError('UNAUTHENTICATED', 'Changing the map requires signing in: send a bearer token.');
  if (RANK[user.role] < RANK[role]) {
    throw new AppError('FORBIDDEN', `This needs role ${role}; user "${user.name}" has role ${user.role}.`, {
      role: user.role,
      needed: role,
    });
  }
  return user;
}
