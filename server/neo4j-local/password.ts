import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError } from './errors.ts';

/** Neo4j's default minimum password length (dbms.security.auth_minimum_password_length). */
export const MIN_PASSWORD_LENGTH = 8;

/** A random, URL-safe password (32 chars of [A-Za-z0-9_-]) that needs no escaping in a URI or shell. */
export function generatePassword(): string {
  return randomBytes(24).toString('base64url');
}

/** Reads the password from `file`, creating it (mode 0600) with a fresh password if it does not exist. */
export async function ensurePasswordFile(file: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    // 'wx' fails if the file exists, so two concurrent starts never overwrite each other's password.
    await writeFile(file, generatePassword() + '\n', { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const password = (await readFile(file, 'utf8')).trim();
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new LocalNeo4jError(
      'PASSWORD_FILE_INVALID',
      `The Neo4j password in ${file} is shorter than ${MIN_PASSWORD_LENGTH} characters: ` +
        'delete the file to have a new one generated.',
    );
  }
  // Tighten a file that someone created by hand with looser permissions.
  await chmod(file, 0o600).catch(() => undefined);
  return password;
}
