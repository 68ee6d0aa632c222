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
    connectionAcquisitionTimeout: 20_000,
    // An outage should surface as DB_UNAVAILABLE within seconds, while a cluster's leader switch (a few
    // seconds) is still ridden out by the managed transactions' retries.
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 8_000,
    // The driver logs nothing by default; errors surface through run.ts.
  });
}
