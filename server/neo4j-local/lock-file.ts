import { readFileSync } from 'node:fs';
import { open, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LocalNeo4jError } from './errors.ts';

/** Who holds the data directory: the Node process that started Neo4j and, once spawned, its JVM. */
export interface LockInfo {
  pid: number;
  javaPid?: number;
}

/** A held lock; release() only removes the file while it is still ours. */
export interface LockHandle {
  readonly file: string;
  setJavaPid(javaPid: number): Promise<void>;
  release(): Promise<void>;
}

export const LOCK_FILE_NAME = 'neo4j-local.lock';
const LAUNCHER_CLASS = 'nl.ecosysteemkaart.neo4j.Launcher';

/** Serialises lock info; the first line is the bare pid so `cat` answers "who holds it". */
export function formatLockFile(info: LockInfo): string {
  return info.javaPid === undefined ? `${info.pid}\n` : `${info.pid}\njava=${info.javaPid}\n`;
}

/** Parses a lock file written by formatLockFile; undefined when it is empty or garbled. */
export function parseLockFile(text: string): LockInfo | undefined {
  const [first, ...rest] = text.split('\n').map((l) => l.trim());
  const pid = Number(first);
  if (!first || !Number.isInteger(pid) || pid <= 0) return undefined;
  const java = rest.map((l) => /^java=(\d+)$/.exec(l)?.[1]).find((v) => v !== undefined);
  return java === undefined ? { pid } : { pid, javaPid: Number(java) };
}

/** True when a process with this pid exists (EPERM means it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<dataDir>/neo4j-local.lock` for this process, taking over a stale lock from a dead pid. */
export async function acquireLock(dataDir: string, log: (msg: string) => void): Promise<LockHandle> {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      // 'wx' is an atomic create-if-absent, so two starts racing cannot both win.
      const handle = await open(file, 'wx', 0o644);
      await handle.writeFile(formatLockFile({ pid: process.pid }));
      await handle.close();
      return makeHandle(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = parseLockFile(await readFile(file, 'utf8').catch(() => ''));
    if (holder && isProcessAlive(holder.pid)) {
      throw new LocalNeo4jError(
        'ALREADY_RUNNING',
        `Neo4j is already running from ${dataDir} (pid ${holder.pid}): stop the other \`npm start\` first.`,
      );
    }
    // The owner died; its JVM notices the closed stdin and shuts down, which can take seconds.
    // Starting a second JVM before that would fail on Neo4j's own store lock.
    if (holder?.javaPid !== undefined && isLauncher(holder.javaPid)) {
      await waitForPreviousJvm(holder.javaPid, dataDir, log);
    }
    log(`Taking over a stale Neo4j lock in ${dataDir}${holder ? ` (pid ${holder.pid} is gone)` : ''}.`);
    await rm(file, { force: true });
  }
  throw new LocalNeo4jError('ALREADY_RUNNING', `Could not take the lock ${file}; is another start racing this one?`);
}

async function waitForPreviousJvm(javaPid: number, dataDir: string, log: (msg: string) => void): Promise<void> {
  log(`Waiting for the previous Neo4j (pid ${javaPid}) to finish shutting down…`);
  const deadline = Date.now() + 60_000;
  while (isLauncher(javaPid)) {
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        'ALREADY_RUNNING',
        `An earlier Neo4j (pid ${javaPid}) still runs from ${dataDir} although the process that started it is gone: ` +
          `stop it (kill ${javaPid}) and try again.`,
      );
    }
    await sleep(250);
  }
}

/** Whether pid is alive and, where /proc can tell (Linux), really our launcher and not a reused pid. */
function isLauncher(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    return process.platform !== 'linux';
  }
}

function makeHandle(file: string): LockHandle {
  const ours = async (): Promise<boolean> =>
    parseLockFile(await readFile(file, 'utf8').catch(() => ''))?.pid === process.pid;
  return {
    file,
    async setJavaPid(javaPid) {
      if (await ours()) await writeFile(file, formatLockFile({ pid: process.pid, javaPid }));
    },
    async release() {
      if (await ours()) await rm(file, { force: true });
    },
  };
}
