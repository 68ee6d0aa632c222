import {
  hasExited,
  launchJvm,
  prepareLocalNeo4j,
  stopJvm,
  type JvmRun,
  type LocalNeo4j,
  type StartLocalNeo4jOptions,
} from './start.ts';

/** What an operator wants to know about the supervised Neo4j (shown by /readyz and /metrics). */
export interface SupervisorStatus {
  readonly state: 'running' | 'restarting' | 'stopped';
  /** The current JVM's pid, null while there is none. */
  readonly pid: number | null;
  /** JVM exits nobody asked for (a crash, kill -9, out of memory). */
  readonly unexpectedExits: number;
  /** Restarts that reached READY. */
  readonly restarts: number;
  /** Restart attempts that failed (port taken, start-up error, timeout). */
  readonly failedRestarts: number;
  /** How the last JVM ended, e.g. "SIGKILL" or "exit code 1"; null before any exit. */
  readonly lastExit: string | null;
}

/** Something the supervisor did; bootstrap logs `exited` and `restart-failed` as errors. */
export type SupervisorEvent =
  | { kind: 'exited'; pid: number; how: string; restartInMs: number; launcherLog: string }
  | { kind: 'restarted'; pid: number; downMs: number }
  | { kind: 'restart-failed'; message: string; restartInMs: number };

export interface SupervisedNeo4j extends LocalNeo4j {
  status(): SupervisorStatus;
}

export interface BackoffOptions {
  /** First pause before a restart, default 1 s. */
  initialMs?: number;
  /** Longest pause, default 30 s. */
  maxMs?: number;
  /** A JVM that ran this long before dying restarts after initialMs again, default 60 s. */
  stableMs?: number;
}

export interface SuperviseOptions extends StartLocalNeo4jOptions {
  onEvent?: (event: SupervisorEvent) => void;
  backoff?: BackoffOptions;
}

/**
 * Pause before restart number `failures` (0-based) of a run of failures: initialMs doubling, at most maxMs.
 * @example restartDelay(0) === 1000; restartDelay(3) === 8000; restartDelay(10) === 30000
 */
export function restartDelay(failures: number, opts: BackoffOptions = {}): number {
  const initial = opts.initialMs ?? 1_000;
  return Math.min(opts.maxMs ?? 30_000, initial * 2 ** Math.min(failures, 30));
}

/**
 * Starts the local Neo4j like startLocalNeo4j and keeps it running: when the JVM exits without stop() it is
 * started again on the same port, folder, password and lock, after a pause that grows with each failure
 * in a row. The driver keeps its URI, so its pool reconnects by itself once Bolt answers again.
 * stop() also ends a restart in progress (pending or starting) and leaves no JVM.
 */
export async function superviseLocalNeo4j(opts: SuperviseOptions): Promise<SupervisedNeo4j> {
  const home = await prepareLocalNeo4j(opts);
  let current: JvmRun;
  try {
    current = await launchJvm(home);
  } catch (err) {
    await home.lock.release();
    throw err;
  }
  const emit = (event: SupervisorEvent): void => {
    try {
      opts.onEvent?.(event);
    } catch {
      // A listener that throws (a broken log stream) must not end supervision or crash the process.
    }
  };
  const backoff = { stableMs: 60_000, ...opts.backoff };
  let state: SupervisorStatus['state'] = 'running';
  let live: JvmRun | null = current;
  let failuresInARow = 0;
  let unexpectedExits = 0;
  let restarts = 0;
  let failedRestarts = 0;
  let lastExit: string | null = null;
  let downSince = 0;
  let timer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  const abort = new AbortController();

  // 'exit' handlers must be synchronous: signal the JVM; its stdin closing stops it too.
  const onProcessExit = (): void => {
    if (live && !hasExited(live)) live.child.kill('SIGTERM');
  };
  process.on('exit', onProcessExit);

  const scheduleRestart = (): number => {
    const delay = restartDelay(failuresInARow++, backoff);
    timer = setTimeout(() => {
      timer = undefined;
      restarting = restart()
        .catch(() => undefined)
        .finally(() => (restarting = undefined));
    }, delay);
    return delay;
  };

  const watch = (run: JvmRun): void => {
    const started = Date.now();
    run.child.once('exit', (code, signal) => {
      if (stopping) return;
      live = null;
      state = 'restarting';
      unexpectedExits++;
      downSince = Date.now();
      lastExit = signal ?? `exit code ${code}`;
      void run.cds.discard();
      if (Date.now() - started >= backoff.stableMs) failuresInARow = 0;
      const restartInMs = scheduleRestart();
      emit({ kind: 'exited', pid: run.pid, how: lastExit, restartInMs, launcherLog: home.launcherLog });
    });
  };

  const restart = async (): Promise<void> => {
    if (stopping) return;
    let run: JvmRun;
    try {
      run = await launchJvm(home, abort.signal);
    } catch (err) {
      if (stopping) return;
      failedRestarts++;
      const restartInMs = scheduleRestart();
      emit({ kind: 'restart-failed', message: err instanceof Error ? err.message : String(err), restartInMs });
      return;
    }
    if (stopping) {
      await stopJvm(run, opts.stopTimeoutMs ?? 60_000);
      return;
    }
    live = current = run;
    state = 'running';
    restarts++;
    watch(run);
    emit({ kind: 'restarted', pid: run.pid, downMs: Date.now() - downSince });
  };

  watch(current);
  return {
    uri: current.uri,
    user: 'neo4j',
    password: home.password,
    get pid() {
      return current.pid;
    },
    status: () => ({
      state,
      pid: live?.pid ?? null,
      unexpectedExits,
      restarts,
      failedRestarts,
      lastExit,
    }),
    stop() {
      stopping ??= (async () => {
        clearTimeout(timer);
        abort.abort();
        await restarting;
        if (live && !hasExited(live)) await stopJvm(live, opts.stopTimeoutMs ?? 60_000);
        live = null;
        state = 'stopped';
        process.off('exit', onProcessExit);
        await home.lock.release();
      })();
      return stopping;
    },
  };
}
