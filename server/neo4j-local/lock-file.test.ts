import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, formatLockFile, isProcessAlive, LOCK_FILE_NAME, parseLockFile } from './lock-file.ts';

describe('lock file format', () => {
  it('round-trips', () => {
    expect(parseLockFile(formatLockFile({ pid: 42 }))).toEqual({ pid: 42 });
    expect(parseLockFile(formatLockFile({ pid: 42, javaPid: 43 }))).toEqual({ pid: 42, javaPid: 43 });
  });
  it('rejects garbage', () => {
    expect(parseLockFile('')).toBeUndefined();
    expect(parseLockFile('abc\n')).toBeUndefined();
    expect(parseLockFile('-1')).toBeUndefined();
  });
});

describe('acquireLock', () => {
  let dir: string;
  const log = (): void => undefined;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'neo4j-lock-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a lock held by a live process, naming its pid', async () => {
    const lock = await acquireLock(dir, log);
    await expect(acquireLock(dir, log)).rejects.toMatchObject({
      code: 'ALREADY_RUNNING',
      message: expect.stringContaining(`(pid ${process.pid})`),
    });
    await lock.release();
    const again = await acquireLock(dir, log);
    await again.release();
  });

  it('takes over a stale lock from a dead process', async () => {
    const dead = spawnSync('true').pid!;
    expect(isProcessAlive(dead)).toBe(false);
    await writeFile(path.join(dir, LOCK_FILE_NAME), formatLockFile({ pid: dead, javaPid: dead }));
    const lock = await acquireLock(dir, log);
    await lock.setJavaPid(1234);
    expect(parseLockFile(await readFile(lock.file, 'utf8'))).toEqual({ pid: process.pid, javaPid: 1234 });
    await lock.release();
  });
});
