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
