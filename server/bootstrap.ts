import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { createDriver } from './db/driver.ts';
import { migrate } from './db/migrate.ts';
import { loadQueries } from './db/queries.ts';
import { createDb, type Db } from './db/run.ts';
import { ROOT_DIR } from './config.ts';
import { superviseLocalNeo4j, type SupervisedNeo4j, type SupervisorEvent } from './neo4j-local/index.ts';

/** A usable database: the driver, the query runner, and how to let go of both (and a local Neo4j). */
export interface OpenDatabase {
  readonly driver: Driver;
  readonly db: Db;
  /** The embedded Neo4j and its supervisor, null when NEO4J_URI points elsewhere. */
  readonly local: SupervisedNeo4j | null;
  close(): Promise<void>;
}

/** A start-up failure with a message that tells the user what to do; main.ts prints it without a stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

function describeConnectError(e: unknown, uri: string, local: boolean): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return local
      ? `Neo4j at ${uri} refused the generated password. The password file no longer matches the data folder: ` +
          'stop the server and remove .neo4j/password and .neo4j/data (this deletes the local map), or restore the old password file.'
      : `Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.`;
  }
  if (code === 'ServiceUnavailable') {
    return `Neo4j at ${uri} is not reachable: check NEO4J_URI, that the server runs, and the network or firewall.`;
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `Neo4j at ${uri} has no such database: check NEO4J_DATABASE.`;
  }
  return `Could not connect to Neo4j at ${uri}: ${e instanceof Error ? e.message : String(e)}`;
}

/** Logs what the supervisor did: a dead or unrestartable database is an error an operator must see. */
function logSupervisorEvent(log: Logger, e: SupervisorEvent): void {
  if (e.kind === 'exited') {
    log.error(
      { pid: e.pid, exit: e.how, restartInMs: e.restartInMs, log: e.launcherLog },
      `Neo4j exited unexpectedly (${e.how}); restarting it in ${e.restartInMs / 1000} s`,
    );
  } else if (e.kind === 'restart-failed') {
    log.error(
      { restartInMs: e.restartInMs },
      `Neo4j could not be restarted: ${e.message} Next attempt in ${e.restartInMs / 1000} s.`,
    );
  } else {
    log.warn({ pid: e.pid, downMs: e.downMs }, `Neo4j restarted after ${Math.round(e.downMs / 100) / 10} s down`);
  }
}

/**
 * Starts the embedded-default Neo4j when NEO4J_URI is unset (or connects to the configured one),
 * checks the credentials, and applies pending schema migrations.
 */
export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  const target = config.neo4j;
  let local: SupervisedNeo4j | null = null;
  // A dead JVM means the database is down: say so at once rather than when the next query fails.
  const onExit: (() => void)[] = [];
  let uri: string, user: string, password: string;
  if (target.kind === 'local') {
    local = await superviseLocalNeo4j({
      rootDir: ROOT_DIR,
      dataDir: target.dataDir,
      boltPort: target.boltPort,
      passwordFile: target.passwordFile,
      readyTimeoutMs: target.startTimeoutMs,
      heap: target.heap,
      log: (msg) => log.info(msg),
      onEvent: (e) => {
        logSupervisorEvent(log, e);
        if (e.kind === 'exited') for (const f of onExit) f();
      },
    });
    ({ uri, user, password } = local);
  } else {
    ({ uri, user, password } = target);
  }
  const driver = createDriver({ uri, user, password });
  const db = createDb(driver, target.database, loadQueries());
  const close = async () => {
    db.availability.stop();
    await driver.close();
    if (local) await local.stop();
  };
  try {
    await driver.verifyConnectivity({ database: target.database });
    // verifyConnectivity does not always authenticate; a session round trip does.
    const session = driver.session({ database: target.database });
    try {
      await session.executeRead((tx) => tx.run('RETURN 1'));
    } finally {
      await session.close();
    }
  } catch (e) {
    await close();
    throw new StartupError(describeConnectError(e, uri, local !== null));
  }
  onExit.push(() => db.availability.markDown('Neo4jExited'));
  db.availability.onChange((s) => {
    if (s.available) log.warn('the database answers again: requests are served');
    else
      log.error(
        { cause: s.lastError },
        'the database is not reachable: requests fail with DB_UNAVAILABLE until it answers',
      );
  });
  try {
    const report = await migrate(db);
    if (report.applied.length > 0) log.info({ applied: report.applied }, 'schema migrations applied');
  } catch (e) {
    await close();
    throw e;
  }
  return { driver, db, local, close };
}
