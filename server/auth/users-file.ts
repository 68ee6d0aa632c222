import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { hashToken, newToken, parseUsers, ROLES, UsersConfigError, type Role } from './users.ts';

interface Entry {
  name: string;
  role: Role;
  provinces?: string[];
  tokenSha256?: string;
}

/** The users file as stored: read, changed by the commands below, written back (mode 0600). */
export function readUsersDocument(file: string): { users: Entry[] } {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const doc = (text.trim() === '' ? { users: [] } : parseYaml(text)) as { users: Entry[] };
  parseUsers(doc, file); // refuses a broken file before anything is changed
  return doc;
}

export function writeUsersDocument(file: string, doc: { users: Entry[] }): void {
  parseUsers(doc, file);
  mkdirSync(path.dirname(file), { recursive: true });
  const header =
    '# Users of Ecosysteemkaart: role, provinces (EDITOR only) and the sha256 of their bearer token.\n' +
    '# Managed with `npm run users -- add|rotate|remove|list`; the tokens themselves are shown once and never stored.\n';
  writeFileSync(file, header + stringifyYaml(doc), { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** Adds a user with a new token; returns the token (to show once). */
export function addUser(
  doc: { users: Entry[] },
  name: string,
  role: string,
  provinces: readonly string[],
): { doc: { users: Entry[] }; token: string } {
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new UsersConfigError(`Unknown role "${role}": use one of ${ROLES.join(', ')}.`);
  }
  if (doc.users.some((u) => u.name === name)) {
    throw new UsersConfigError(`User "${name}" exists already: use \`rotate\` for a new token or \`remove\` first.`);
  }
  const token = newToken();
  const entry: Entry = { name, role: role as Role, tokenSha256: hashToken(token) };
  if (provinces.length > 0) entry.provinces = [...provinces];
  return { doc: { users: [...doc.users, entry] }, token };
}

/** Gives a user a new token (the old one stops working). */
export function rotateToken(doc: { users: Entry[] }, name: string): { doc: { users: Entry[] }; token: string } {
  const token = newToken();
  if (!doc.users.some((u) => u.name === name)) throw new UsersConfigError(`No user "${name}".`);
  return {
    doc: { users: doc.users.map((u) => (u.name === name ? { ...u, tokenSha256: hashToken(token) } : u)) },
    token,
  };
}

export function removeUser(doc: { users: Entry[] }, name: string): { users: Entry[] } {
  if (!doc.users.some((u) => u.name === name)) throw new UsersConfigError(`No user "${name}".`);
  return { users: doc.users.filter((u) => u.name !== name) };
}
