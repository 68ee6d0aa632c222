import { setTimeout as sleep } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { createDriver } from '../../server/db/driver.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { createDb, type Db } from '../../server/db/run.ts';
import './env.ts';
import { gql } from './graphql.ts';

let driver: Driver | null = null;
let db: Db | null = null;

/** A Db on the seeded test database; the driver is closed after the calling test file. */
export function testDb(): Db {
  if (db) return db;
  const target = inject('neo4j');
  driver = createDriver(target);
  db = createDb(driver, target.database, loadQueries());
  afterAll(async () => {
    await driver?.close();
    driver = null;
    db = null;
  });
  return db;
}

/** The driver behind testDb(), for tests that must run raw Cypher such as EXPLAIN. */
export function testDriver(): Driver {
  testDb();
  return driver!;
}

/** The number of changes in the audit trail: a refused write leaves it as it was, an accepted one adds one. */
export async function auditEntries(): Promise<number> {
  const [row] = await testDb().readRaw<{ n: number }>(
    'test: count audit entries',
    'MATCH (c:Change) RETURN count(c) AS n',
  );
  return Number(row?.n ?? 0);
}

/**
 * Puts the shared test database back to exactly the seed (map and audit trail removed, seed loaded again).
 * Test files that change the map call it in `afterAll`, so the files after them see the seeded map.
 */
export async function resetToSeed(): Promise<void> {
  const { resetDatabase, seedDatabase } = await import('../../seed/load.ts');
  const d = testDb();
  await resetDatabase(d);
  await seedDatabase(d);
  await serverCaughtUp();
}

/**
 * Waits until the test server answers from the map as it is now. Its read model notices a write made around it (as
 * resetToSeed's) by polling the data-version token, so a test that wrote through testDb() waits before asking.
 */
export async function serverCaughtUp(timeoutMs = 15_000): Promise<void> {
  const [row] = await testDb().read<{ token: string | null }>('read-model/find-data-version');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await gql<{ dataVersion: { token: string | null } }>('{ dataVersion { token } }');
    if (res.data?.dataVersion.token === row?.token) return;
    if (Date.now() > deadline) {
      throw new Error(`The test server still answers from data version ${res.data?.dataVersion.token ?? '(none)'}`);
    }
    await sleep(25);
  }
}
