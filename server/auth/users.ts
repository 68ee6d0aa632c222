import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** Roles, weakest first. READER only matters when reading requires a token. */
export const ROLES = ['READER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** A configured user; `provinces` (province region ids) limits an EDITOR, empty means the whole country. */
export interface User {
  readonly name: string;
  readonly role: Role;
  readonly provinces: readonly string[];
}

interface UserEntry extends User {
  /** sha256 of the bearer token, hex; absent for users who only come in through a trusted proxy. */
  readonly tokenSha256: string | null;
}

const UserSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[^\s|]+(?: [^\s|]+)*$/, 'no leading/trailing spaces or `|`'),
    role: z.enum(ROLES),
    provinces: z
      .array(z.string().regex(/^PV(2\d|3[01])$/, 'must be a province id, PV20 to PV31 (e.g. PV21 Fryslân)'))
      .default([]),
    tokenSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be 64 hex characters (sha256 of the token: npm run users -- add)')
      .optional(),
  })
  .strict()
  .refine((u) => u.provinces.length === 0 || u.role === 'EDITOR', {
    message: 'provinces only apply to role EDITOR',
    path: ['provinces'],
  });

const UsersFileSchema = z.object({ users: z.array(UserSchema) }).strict();

export class UsersConfigError extends Error {
  override name = 'UsersConfigError';
}

/** The users a server knows, looked up by token hash or (behind a trusted proxy) by name. */
export interface UserDirectory {
  readonly size: number;
  byToken(token: string): User | null;
  byName(name: string): User | null;
  list(): readonly User[];
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random bearer token: `ek_` and 43 base64url characters (256 bits), so a plain sha256 suffices. */
export function newToken(): string {
  return `ek_${randomBytes(32).toString('base64url')}`;
}

/**
 * Validates a users document (the YAML/JSON file or AUTH_USERS), naming every problem by position.
 * @example parseUsers({ users: [{ name: 'anna', role: 'ADMIN', tokenSha256: hashToken('x') }] }, 'env')
 */
export function parseUsers(doc: unknown, origin: string): UserDirectory {
  const parsed = UsersFileSchema.safeParse(doc);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new UsersConfigError(`Invalid users in ${origin}:\n${problems}`);
  }
  const entries: UserEntry[] = parsed.data.users.map((u) => ({
    name: u.name,
    role: u.role,
    provinces: Object.freeze([...u.provinces]),
    tokenSha256: u.tokenSha256 ?? null,
  }));
  const names = new Set<string>();
  const hashes = new Set<string>();
  for (const u of entries) {
    if (names.has(u.name)) throw new UsersConfigError(`Invalid users in ${origin}: user "${u.name}" appears twice`);
    names.add(u.name);
    if (u.tokenSha256 !== null) {
      if (hashes.has(u.tokenSha256))
        throw new UsersConfigError(`Invalid users in ${origin}: user "${u.name}" shares a token with another user`);
      hashes.add(u.tokenSha256);
    }
  }
  const publicUser = (u: UserEntry): User => Object.freeze({ name: u.name, role: u.role, provinces: u.provinces });
  return {
    size: entries.length,
    byToken(token) {
      const candidate = Buffer.from(hashToken(token), 'hex');
      // Compare against every entry in constant time, so the answer's timing says nothing about the hashes.
      let found: UserEntry | null = null;
      for (const u of entries) {
        if (u.tokenSha256 !== null && timingSafeEqual(candidate, Buffer.from(u.tokenSha256, 'hex'))) found = u;
      }
      return found ? publicUser(found) : null;
    },
    byName(name) {
      const u = entries.find((e) => e.name === name);
      return u ? publicUser(u) : null;
    },
    list: () => entries.map(publicUser),
  };
}

/** Reads a users file (YAML or JSON); a missing file is an empty directory (nobody can write). */
export function loadUsersFile(file: string): UserDirectory {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return parseUsers({ users: [] }, file);
    throw new UsersConfigError(`Cannot read users file ${file}: ${(e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new UsersConfigError(`Users file ${file} is not valid YAML/JSON: ${(e as Error).message}`);
  }
  return parseUsers(doc ?? { users: [] }, file);
}

/** The users of a configuration: AUTH_USERS when set, else the users file. */
export function loadUsers(auth: { usersFile: string; usersInline: string | null }): UserDirectory {
  if (auth.usersInline !== null) {
    let doc: unknown;
    try {
      doc = parseYaml(auth.usersInline);
    } catch (e) {
      throw new UsersConfigError(`AUTH_USERS is not valid YAML/JSON: ${(e as Error).message}`);
    }
    return parseUsers(doc, 'AUTH_USERS');
  }
  return loadUsersFile(auth.usersFile);
}
