import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalNeo4jError } from './errors.ts';
import { ensurePasswordFile, generatePassword } from './password.ts';

describe('generatePassword', () => {
  it('is 32 URL-safe characters and different every time', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(new Set(Array.from({ length: 50 }, generatePassword)).size).toBe(50);
  });
});

describe('ensurePasswordFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'neo4j-pw-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the file with mode 0600 and then reuses it', async () => {
    const file = path.join(dir, 'nested', 'password');
    const first = await ensurePasswordFile(file);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await ensurePasswordFile(file)).toBe(first);
    expect((await readFile(file, 'utf8')).trim()).toBe(first);
  });

  it('accepts a hand-written password and rejects a too short one', async () => {
    const file = path.join(dir, 'password');
    await writeFile(file, 'my-own-password\n', { mode: 0o644 });
    expect(await ensurePasswordFile(file)).toBe('my-own-password');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await writeFile(file, 'short');
    await expect(ensurePasswordFile(file)).rejects.toBeInstanceOf(LocalNeo4jError);
  });
});
