import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { LocalNeo4jError, NEO4J_URI_HINT, type LocalNeo4jErrorCode } from './errors.ts';
import { planCds, type CdsPlan } from './class-data-sharing.ts';
import { jvmArgs } from './jvm-args.ts';
import { parseLauncherLine } from './launcher-protocol.ts';
import { acquireLock, type LockHandle } from './lock-file.ts';
import { ensurePasswordFile } from './password.ts';
import { isPortFree } from './port-check.ts';
import { provisionNeo4j, type ProvisionedNeo4j } from './provision.ts';

/** A running local Neo4j; stop() is idempotent. */
export interface LocalNeo4j {
  uri: string;
  user: 'neo4j';
  password: string;
  pid: number;
  stop(): Promise<void>;
}

export interface StartLocalNeo4jOptions {
  rootDir: string;
  dataDir: string;
  boltPort: number;
  passwordFile: string;
  readyTimeoutMs: number;
  log: (msg: string) => void;
  /** JVM heap (-Xms/-Xmx), default 1g. */
  heap?: string;
  /** Neo4j page cache, default 256m. */
  pageCache?: string;
  /** How long stop() waits after SIGTERM before SIGKILL, default 60 s. */
  stopTimeoutMs?: number;
  /** Use (and on first run create) a class data sharing archive to start faster, default true. */
  classDataSharing?: boolean;
}

const HOST = '127.0.0.1';
const LAUNCHER_CLASS = 'nl.ecosysteemkaart.neo4j.Launcher';
const PROGRESS_EVERY_MS = 5_000;

/** What stays the same across every JVM run of one local Neo4j: its files, port, password and lock. */
export interface LocalNeo4jHome {
  readonly opts: StartLocalNeo4jOptions;
  readonly neo: ProvisionedNeo4j;
  readonly dataDir: string;
  readonly launcherLog: string;
  readonly password: string;
  readonly lock: LockHandle;
}

/** One running JVM; stopJvm() ends it. */
export interface JvmRun {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly uri: string;
  readonly cds: CdsPlan;
}

/** Provisions Neo4j (first run), makes sure the password file exists and takes the data folder's lock. */
export async function prepareLocalNeo4j(opts: StartLocalNeo4jOptions): Promise<LocalNeo4jHome> {
  const neo = await provisionNeo4j({ rootDir: opts.rootDir, log: opts.log });
  const dataDir = path.resolve(opts.dataDir);
  const logsDir = path.join(dataDir, 'logs');
  mkdirSync(logsDir, { recursive: true });
  const password = await ensurePasswordFile(opts.passwordFile);
  const lock = await acquireLock(dataDir, opts.log);
  return { opts, neo, dataDir, launcherLog: path.join(logsDir, 'launcher.log'), password, lock };
}

/**
 * Starts one JVM on the home's port and resolves when Bolt is ready. A failed or aborted start leaves no JVM
 * behind; the lock stays with the caller.
 */
export async function launchJvm(home: LocalNeo4jHome, signal?: AbortSignal): Promise<JvmRun> {
  const { opts, neo, dataDir, launcherLog } = home;
  let child: ChildProcess | undefined;
  let cds: CdsPlan | undefined;
  try {
    if (!(await isPortFree(opts.boltPort, HOST))) {
      throw new LocalNeo4jError(
        'PORT_IN_USE',
        `Port ${opts.boltPort} on ${HOST} is already in use, so the local Neo4j cannot listen there: ` +
          `stop whatever uses it, or pick another port with NEO4J_LOCAL_BOLT_PORT, ${NEO4J_URI_HINT}.`,
      );
    }
    cds = await planCds(neo.distDir, neo.javaVersionText, opts.classDataSharing ?? true);
    const jvm = [...jvmArgs({ heap: opts.heap ?? '1g', javaMajor: neo.javaMajor }), ...cds.args];
    child = spawnLauncher(neo.javaCmd, jvm, neo.classpath, dataDir, launcherLog, opts);
    const pid = child.pid;
    if (pid === undefined) {
      // spawn() failed synchronously (e.g. java vanished); the 'error' event carries the reason.
      await waitForReady(child, opts, launcherLog, signal);
      throw new LocalNeo4jError('START_FAILED', `Could not start ${neo.javaCmd}.`);
    }
    await home.lock.setJavaPid(pid);
    const uri = await waitForReady(child, opts, launcherLog, signal);
    // Keep draining stdout so the launcher can never block on it.
    child.stdout?.resume();
    return { child, pid, uri, cds };
  } catch (err) {
    if (child) await terminate(child, 10_000);
    await cds?.discard();
    throw err;
  }
}

/** Stops a JVM (SIGTERM, SIGKILL after the timeout); keeps a freshly dumped class archive only after a clean stop. */
export async function stopJvm(run: JvmRun, timeoutMs: number): Promise<void> {
  const clean = await terminate(run.child, timeoutMs);
  await (clean ? run.cds.keep() : run.cds.discard());
}

/** True once the JVM has exited (or never started). */
export function hasExited(run: JvmRun): boolean {
  return run.child.exitCode !== null || run.child.signalCode !== null;
}

/**
 * Provisions (first run), then starts Neo4j on 127.0.0.1:boltPort with data in dataDir; resolves when Bolt is
 * ready. Not restarted when it dies: superviseLocalNeo4j (supervise.ts) does that.
 */
export async function startLocalNeo4j(opts: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const home = await prepareLocalNeo4j(opts);
  try {
    return running(home, await launchJvm(home));
  } catch (err) {
    await home.lock.release();
    throw err;
  }
}

function spawnLauncher(
  javaCmd: string,
  jvm: string[],
  classpath: string,
  dataDir: string,
  launcherLog: string,
  opts: StartLocalNeo4jOptions,
): ChildProcess {
  // The JVM's stderr (our launcher's messages, stack traces, JVM warnings) goes straight to a file,
  // so it can never block on a full pipe and stays readable after a crash.
  const logFd = openSync(launcherLog, 'a');
  writeSync(logFd, `\n=== ${new Date().toISOString()} starting Neo4j on ${HOST}:${opts.boltPort} ===\n`);
  try {
    return spawn(
      javaCmd,
      [
        ...jvm,
        '-cp',
        classpath,
        LAUNCHER_CLASS,
        '--data-dir',
        dataDir,
        '--bolt-port',
        String(opts.boltPort),
        '--password-file',
        path.resolve(opts.passwordFile),
        '--page-cache',
        opts.pageCache ?? '256m',
      ],
      // stdin stays a pipe we never write to: when this process dies the pipe closes and the
      // launcher shuts Neo4j down instead of living on as an orphan. Its own process group keeps a
      // terminal's Ctrl-C away from the JVM, so Node can stop the web server first and Neo4j after.
      { stdio: ['pipe', 'pipe', logFd], cwd: dataDir, detached: true },
    );
  } finally {
    closeSync(logFd);
  }
}

function waitForReady(
  child: ChildProcess,
  opts: StartLocalNeo4jOptions,
  launcherLog: string,
  signal?: AbortSignal,
): Promise<string> {
  const started = Date.now();
  const seconds = (): number => Math.round((Date.now() - started) / 1000);
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const progress = setInterval(() => {
      opts.log(`Waiting for Neo4j on ${HOST}:${opts.boltPort}… ${seconds()} s`);
    }, PROGRESS_EVERY_MS);
    const timeout = setTimeout(() => {
      fail(
        'START_TIMEOUT',
        `Neo4j did not come up within ${Math.round(opts.readyTimeoutMs / 1000)} s; ` +
          `see ${launcherLog} and ${path.join(path.dirname(launcherLog), 'debug.log')}.`,
      );
    }, opts.readyTimeoutMs);
    const cleanup = (): void => {
      clearInterval(progress);
      clearTimeout(timeout);
      child.off('exit', onExit);
      child.off('error', onError);
      lines.off('line', onLine);
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (code: LocalNeo4jErrorCode, message: string): void => {
      cleanup();
      lines.close();
      reject(new LocalNeo4jError(code, message));
    };
    const onLine = (line: string): void => {
      const msg = parseLauncherLine(line);
      if (msg?.kind === 'ready') {
        cleanup();
        opts.log(`Neo4j is ready on ${msg.uri} (${seconds()} s).`);
        resolve(msg.uri);
      } else if (msg?.kind === 'error') {
        const code: LocalNeo4jErrorCode =
          msg.code === 'PORT_IN_USE' ? 'PORT_IN_USE' : msg.code === 'STORE_LOCKED' ? 'ALREADY_RUNNING' : 'START_FAILED';
        const hint = code === 'PORT_IN_USE' ? ` Pick another port with NEO4J_LOCAL_BOLT_PORT, ${NEO4J_URI_HINT}.` : '';
        fail(code, `Neo4j failed to start: ${msg.reason}.${hint} Log: ${launcherLog}`);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      fail(
        'START_FAILED',
        `Neo4j exited during startup (${signal ?? `exit code ${code}`}); see ${launcherLog}:\n${logTail(launcherLog)}`,
      );
    };
    const onError = (err: Error): void => fail('START_FAILED', `Could not run Java: ${err.message}`);
    const onAbort = (): void => fail('START_FAILED', 'Neo4j was stopped while it was starting.');
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    lines.on('line', onLine);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

function running(home: LocalNeo4jHome, run: JvmRun): LocalNeo4j {
  const { child, pid, uri, cds } = run;
  const { password, lock, launcherLog, opts } = home;
  let stopping: Promise<void> | undefined;
  // Best effort if Node exits without calling stop(): 'exit' handlers must be synchronous, so we
  // can only signal. The lock stays, naming the JVM, so the next start waits for it to finish.
  const onProcessExit = (): void => {
    if (!hasExited(run)) child.kill('SIGTERM');
  };
  process.on('exit', onProcessExit);
  child.once('exit', (code, signal) => {
    process.off('exit', onProcessExit);
    if (!stopping) {
      opts.log(`Neo4j exited unexpectedly (${signal ?? `exit code ${code}`}); see ${launcherLog}.`);
      void cds.discard();
      void lock.release();
    }
  });
  return {
    uri,
    user: 'neo4j',
    password,
    pid,
    stop() {
      stopping ??= (async () => {
        await stopJvm(run, opts.stopTimeoutMs ?? 60_000);
        await lock.release();
      })();
      return stopping;
    },
  };
}

/** SIGTERM (the launcher's shutdown hook closes the store cleanly), then SIGKILL after timeoutMs; true if clean. */
async function terminate(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs))),
  ]);
  clearTimeout(timer);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
  child.stdin?.destroy();
  return !timedOut;
}

function logTail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
