import type { Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { createDriver } from '../../server/db/driver.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { createDb, type Db } from '../../server/db/run.ts';
import './env.ts';

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

/**
 * Puts the shared test database back to exactly the seed (map and audit trail removed, seed loaded again).
 * Test files that change the map call it in `afterAll`, so the files after them see the seeded map.
 */
export async function resetToSeed(): Promise<void> {
  const { resetDatabase, seedDatabase } = await import('../../seed/load.ts');
  const d = testDb();
  await resetDatabase(d);
  await seedDatabase(d);
}
