// The process of the server: read config, start or reach Neo4j, fill an empty map, serve, shut down. Its entry
// point, scripts/start.ts, hands in what fills an empty map (the seed), since the server imports no seed code.
import { once } from 'node:events';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { loadUsers, UsersConfigError } from './auth/users.ts';
import { openDatabase, StartupError } from './bootstrap.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { LocalNeo4jError } from './neo4j-local/index.ts';
import type { Db } from './db/run.ts';

/** Fills the map when the database holds none (with `SEED_ON_EMPTY`); says whether it did. */
export type FillEmptyDatabase = (db: Db, log: Logger) => Promise<boolean>;

async function run(fillEmpty: FillEmptyDatabase): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  // Users are read before Neo4j starts, so a broken users file fails fast.
  const users = loadUsers(config.auth);
  const auth = {
    users,
    readRequiresToken: config.auth.readRequiresToken,
    proxyUserHeader: config.auth.proxyUserHeader,
  };
  log.info(
    { users: users.size, readRequiresToken: auth.readRequiresToken, proxy: auth.proxyUserHeader !== null },
    users.size === 0 ? 'no users configured: the map is read-only (npm run users -- add)' : 'users loaded',
  );
  const { db, local, close } = await openDatabase(config, log);
  let shuttingDown = false;
  try {
    if (config.seedOnEmpty) await fillEmpty(db, log);
    const app = await createApp({
      config,
      db,
      log,
      auth,
      importMaxBytes: config.importMaxBytes,
      neo4j: local ?? undefined,
      readModelPollMs: config.readModelPollMs,
    });
    app.server.listen(config.port, config.host);
    await Promise.race([
      once(app.server, 'listening'),
      once(app.server, 'error').then(([e]) => {
        const err = e as NodeJS.ErrnoException;
        throw new StartupError(
          err.code === 'EADDRINUSE'
            ? `Port ${config.port} on ${config.host} is already in use: stop the other program or set PORT.`
            : `Cannot listen on ${config.host}:${config.port}: ${err.message}`,
        );
      }),
    ]);
    log.info(`Ecosysteemkaart is ready on http://${config.host}:${config.port}/ (GraphQL at /graphql)`);

    const shutdown = async (signal: string) => {
      if (shuttingDown) return;
      shuttingDown = true;
      log.info({ signal }, 'shutting down: HTTP server, then Neo4j');
      try {
        await app.stop();
        await close();
        log.info('stopped cleanly');
        process.exit(0);
      } catch (e) {
        log.error({ err: e }, 'error during shutdown');
        process.exit(1);
      }
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (e) {
    await close();
    throw e;
  }
}

/** Runs the server until a signal stops it; a start-up failure is printed and ends the process with exit code 1. */
export function serve(fillEmpty: FillEmptyDatabase): void {
  run(fillEmpty).catch(reportStartupFailure);
}

function reportStartupFailure(e: unknown): never {
  // Known start-up problems carry a message that says what to do; print it alone, without a stack.
  if (
    e instanceof StartupError ||
    e instanceof ConfigError ||
    e instanceof UsersConfigError ||
    e instanceof LocalNeo4jError
  ) {
    process.stderr.write(`\nEcosysteemkaart could not start:\n${e.message}\n`);
  } else {
    process.stderr.write(
      `\nEcosysteemkaart could not start:\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
  }
  process.exit(1);
}
