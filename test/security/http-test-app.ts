import { Socket } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp, type App, type AppDeps } from '../../server/app.ts';
import { ROOT_DIR } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { createDb } from '../../server/db/run.ts';
import '../helpers/env.ts';

/** An app of a test file's own on the shared test database, with every log line it writes. */
export interface HttpTestApp {
  readonly base: string;
  readonly port: number;
  /** The log lines (JSON) written so far. */
  readonly lines: string[];
  readonly app: App;
}

/**
 * Starts an app on the seeded test database before the file's tests and stops it after them. The log is captured
 * (level trace) so tests can check what was logged and at which level.
 * @example const t = useHttpTestApp({ auth }); … fetch(`${t().base}/healthz`)
 */
export function useHttpTestApp(overrides: Partial<Omit<AppDeps, 'db' | 'log'>> = {}): () => HttpTestApp {
  const target = inject('neo4j');
  const driver = createDriver(target);
  const lines: string[] = [];
  let started: HttpTestApp | null = null;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const app = await createApp({
      config: { env: 'test', clientDist: path.join(ROOT_DIR, 'dist', 'client') },
      db: createDb(driver, target.database, loadQueries()),
      log: pino({ level: 'trace' }, sink),
      ...overrides,
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const { port } = app.server.address() as { port: number };
    started = { base: `http://127.0.0.1:${port}`, port, lines, app };
  });
  afterAll(async () => {
    await started?.app.stop();
    await driver.close();
  });
  return () => {
    if (!started) throw new Error('the test app is not started yet');
    return started;
  };
}

/** What came back on a raw connection: the bytes, and whether the server closed it. */
export interface RawAnswer {
  readonly text: string;
  readonly status: number | null;
  readonly closedByServer: boolean;
}

/**
 * Sends raw bytes on a new TCP connection and collects the answer until the server closes the connection or
 * `waitMs` passes (a hang guard, never asserted on).
 */
export function sendRaw(port: number, bytes: string | Buffer, waitMs = 5_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (closedByServer: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ text, status: match ? Number(match[1]) : null, closedByServer });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', (e: NodeJS.ErrnoException) => {
      // A reset after the answer is the server closing on us; before any byte it is a failure to connect.
      if (chunks.length > 0 || e.code === 'ECONNRESET' || e.code === 'EPIPE') finish(true);
      else if (!settled) {
        settled = true;
        clearTimeout(timer);
        reject(e);
      }
    });
    socket.connect(port, '127.0.0.1', () => socket.write(bytes));
  });
}
