/** What the server knows about the database right now; read by /readyz and /metrics. */
export interface AvailabilityStatus {
  readonly available: boolean;
  /** When the current state began (ISO 8601). */
  readonly since: string;
  /** How often the database was found unreachable since the server started. */
  readonly outages: number;
  /** The driver's code for the last failure that marked it unreachable (never a message: it may hold hosts). */
  readonly lastError: string | null;
}

/**
 * Remembers whether the database answers. A connection error marks it down; from then on queries are refused
 * at once (instead of each waiting for its own timeouts) while a background probe checks it every
 * `probeIntervalMs`; the first probe that succeeds marks it up again, so nothing needs a restart.
 */
export interface Availability {
  isAvailable(): boolean;
  /** Marks the database unreachable and starts probing; `reason` is a driver error code. */
  markDown(reason: string): void;
  status(): AvailabilityStatus;
  /** Calls `listener` on every change between up and down; returns how to stop listening. */
  onChange(listener: (status: AvailabilityStatus) => void): () => void;
  /** Ends probing for good (the driver is being closed). */
  stop(): void;
}

export interface AvailabilityOptions {
  /** Resolves when the database answers a trivial query, rejects otherwise. */
  probe: () => Promise<unknown>;
  /** Pause between probes while the database is down, default 500 ms. */
  probeIntervalMs?: number;
  /** A probe that takes longer than this counts as failed, default 5 s (a black-holed network never answers). */
  probeTimeoutMs?: number;
}

/** Rejects when `work` has not settled within `ms` (the work itself goes on; its result is dropped). */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Creates the tracker for one driver; it starts as available (start-up has just checked the connection).
 * @example const availability = createAvailability({ probe: () => session.run('RETURN 1') });
 */
export function createAvailability(opts: AvailabilityOptions): Availability {
  const interval = opts.probeIntervalMs ?? 500;
  const probeTimeout = opts.probeTimeoutMs ?? 5_000;
  const listeners = new Set<(status: AvailabilityStatus) => void>();
  let available = true;
  let since = new Date();
  let outages = 0;
  let lastError: string | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const status = (): AvailabilityStatus => ({ available, since: since.toISOString(), outages, lastError });
  const changed = (): void => {
    const s = status();
    for (const listener of listeners) listener(s);
  };
  const schedule = (): void => {
    if (stopped || available) return;
    timer = setTimeout(() => void probeOnce(), interval);
    // Probing must never keep a process alive that is otherwise done (tests, a shutdown).
    timer.unref();
  };
  const probeOnce = async (): Promise<void> => {
    timer = undefined;
    try {
      await withDeadline(opts.probe(), probeTimeout);
    } catch {
      schedule();
      return;
    }
    if (stopped || available) return;
    available = true;
    since = new Date();
    changed();
  };

  return {
    isAvailable: () => available,
    markDown(reason) {
      lastError = reason;
      if (!available || stopped) return;
      available = false;
      since = new Date();
      outages++;
      changed();
      schedule();
    },
    status,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
