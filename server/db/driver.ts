import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/** Creates the process's one driver. Integers arrive as JS numbers: the graph's counts stay far below 2^53. */
export function createDriver(target: DriverTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    // Waiting for a free connection of a busy pool; a dead server fails sooner (connectionTimeout).
    connectionAcquisitionTimeout: 10_000,
    // A black-holed network answers nothing: a new connection gives up after 2 s (a refused one at once),
    // and the database then counts as down, so later requests fail at once (db/availability.ts).
    connectionTimeout: 2_000,
    // Only the driver's own managed calls (tests' executeQuery) retry; db/run.ts retries transient errors
    // itself and never waits on a server that is gone.
    maxTransactionRetryTime: 1_000,
    // The driver logs nothing by default; errors surface through run.ts.
  });
}
