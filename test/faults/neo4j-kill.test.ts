import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { ROOT_DIR } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { migrate } from '../../server/db/migrate.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { createDb, type Db } from '../../server/db/run.ts';
import { createLogger } from '../../server/logger.ts';
import { superviseLocalNeo4j, type SupervisedNeo4j, type SupervisorEvent } from '../../server/neo4j-local/index.ts';
import { seedReferenceData } from '../../seed/load.ts';
import { toSeedRows } from '../../seed/rows.ts';
import { SEED_DATA_DIR, validateSeedDir } from '../../seed/validate.ts';
import { freePort } from '../helpers/explorer-server.ts';
import { createTestUsers } from '../helpers/test-users.ts';
import { createWithRetries, HANG_GUARD_MS, post, READ, startLoad, type Sample } from './load.ts';

// The embedded Neo4j killed (kill -9) under load, with the app and its driver left as they are: requests fail
// fast with DB_UNAVAILABLE, the supervisor restarts Neo4j, the app heals by itself, and no acknowledged create is
// lost or duplicated. A Neo4j of its own: killing the shared test database would break the other files.

const dir = path.join(ROOT_DIR, '.neo4j', 'faults', `run-${process.pid}`);
const events: (SupervisorEvent & { at: number })[] = [];
const availabilityChanges: { available: boolean; at: number }[] = [];
let neo4j: SupervisedNeo4j;
let driver: Driver;
let db: Db;
let app: App;
let baseUrl = '';
let token = '';
const readIds: string[] = [];

/** Pids of live processes started with our data folder on their command line (the launcher JVMs). */
function jvmsOf(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dataDir)) pids.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

async function readyz(): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(HANG_GUARD_MS) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** The hang guard for requests once Neo4j is back: a JVM that has just started may be slow on a busy machine. */
const SLOW_GUARD_MS = 60_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  neo4j = await superviseLocalNeo4j({
    rootDir: ROOT_DIR,
    dataDir: path.join(dir, 'data'),
    passwordFile: path.join(dir, 'password'),
    boltPort: await freePort(),
    readyTimeoutMs: 240_000,
    log: () => {},
    onEvent: (e) => events.push({ ...e, at: Date.now() }),
  });
  driver = createDriver(neo4j);
  db = createDb(driver, 'neo4j', loadQueries());
  db.availability.onChange((s) => availabilityChanges.push({ available: s.available, at: Date.now() }));
  await migrate(db);
  // The vocabulary and regions only (the whole map takes long to load on a busy machine); the load reads
  // organisations that it creates first.
  const seed = await validateSeedDir(SEED_DATA_DIR);
  if (!seed.ok) throw new Error('seed/data does not validate');
  await seedReferenceData(db, toSeedRows(seed.data));
  const users = createTestUsers();
  token = users.tokens.admin;
  app = await createApp({
    config: { env: 'test', clientDist: path.join(ROOT_DIR, 'dist', 'client') },
    db,
    log: createLogger('silent', false),
    auth: users.auth,
    neo4j,
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  baseUrl = `http://127.0.0.1:${address.port}`;
  // Fixtures to read, made through the API: this also compiles the queries, so the first requests of the load
  // do not wait for a cold JVM (the hang guard is for the outage, not for the warm-up).
  const fixtureMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = Date.now();
    const created = await createWithRetries(baseUrl, token, [], Date.now(), 120_000);
    fixtureMs.push(Date.now() - started);
    if (!created.acknowledgedId) throw new Error(`could not create a fixture: ${created.lastCode}`);
    readIds.push(created.acknowledgedId);
    await post(baseUrl, 'read', { query: READ, variables: { id: created.acknowledgedId } }, [], undefined, 120_000);
  }
  process.stdout.write(`[faults] fixture creates on a fresh JVM took ${fixtureMs.join(', ')} ms\n`);
});

afterAll(async () => {
  await app?.stop();
  db?.availability.stop();
  await driver?.close();
  await neo4j?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('a kill -9 of the embedded Neo4j under load', () => {
  it('fails requests fast, restarts Neo4j, heals without an app restart and loses or duplicates no create', async () => {
    const load = startLoad({ baseUrl, token, readIds, workers: 4, guardMs: SLOW_GUARD_MS });
    await sleep(3_000);
    expect(load.samples.length).toBeGreaterThan(0);
    expect(load.samples.every((s) => s.code === 'OK')).toBe(true);

    const killedPid = neo4j.pid;
    const killedAt = Date.now();
    process.kill(killedPid, 'SIGKILL');

    const notReadyAt = await waitFor(
      '/readyz to answer 503',
      async () => ((await readyz()).status === 503 ? Date.now() : undefined),
      10_000,
    );
    const restarted = await waitFor(
      'the supervisor to restart Neo4j',
      async () => events.find((e) => e.kind === 'restarted'),
      240_000,
    );
    // The database is back once it answers a query of its own (a just-started JVM on a busy machine answers
    // slowly at first: that is Neo4j warming up, not the app healing, so the app's 30 s are counted from here).
    const answeringAt = await waitFor(
      'Neo4j to answer a query',
      async () => {
        const session = driver.session({ database: 'neo4j' });
        try {
          await session.run('MATCH (o:Organisation {id: $id}) RETURN o.name AS name', { id: readIds[0] });
          return Date.now();
        } catch {
          return undefined;
        } finally {
          await session.close();
        }
      },
      120_000,
    );
    // Recovered: ready again and a read of the test's own answered (the load's creates may still be busy
    // with a JVM that has just started, which a busy machine makes slow).
    const readyAgainAt = await waitFor(
      '/readyz to answer 200 and a read to succeed again',
      async () => {
        if ((await readyz()).status !== 200) return undefined;
        const { sample } = await post(baseUrl, 'read', { query: READ, variables: { id: readIds[0] } }, [], undefined);
        return sample.code === 'OK' ? sample.end : undefined;
      },
      120_000,
    );
    // Some load after the recovery, then every create is carried through to an answer.
    await sleep(3_000);
    await load.stop();

    const backAt = restarted.at;
    const duringOutage = load.samples.filter((s) => s.start >= killedAt && s.start < backAt);
    const refused = duringOutage.filter((s) => s.code === 'DB_UNAVAILABLE');
    const trackerUp = availabilityChanges.find((c) => c.available && c.at >= backAt);
    const report = {
      requests: load.samples.length,
      creates: load.creates.length,
      createTries: load.creates.reduce((n, c) => n + c.tries, 0),
      refusedDuringOutage: refused.length,
      refusalMedianMs: median(refused.map((s) => s.end - s.start)),
      refusalMaxMs: Math.max(...refused.map((s) => s.end - s.start)),
      unknownOutcomes: load.samples.filter((s) => s.outcome === 'unknown').length,
      readyz503AfterKillMs: notReadyAt - killedAt,
      neo4jBackAfterKillMs: backAt - killedAt,
      trackerUpAfterNeo4jBackMs: trackerUp ? trackerUp.at - backAt : null,
      answeringAfterNeo4jBackMs: answeringAt - backAt,
      recoveredAfterAnsweringMs: readyAgainAt - answeringAt,
      recoveredAfterNeo4jBackMs: readyAgainAt - backAt,
      recoveredAfterKillMs: readyAgainAt - killedAt,
      slowestAfterNeo4jBackMs: Math.max(...load.samples.filter((s) => s.start >= backAt).map((s) => s.end - s.start)),
      httpStatusesOfRefusals: [...new Set(refused.map((s) => s.status))],
    };
    process.stdout.write(`[faults] ${JSON.stringify(report)}\n`);

    // While Neo4j was down no request hung: each was answered within the hang guard, with DB_UNAVAILABLE.
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((s) => s.status))).toEqual(new Set([503]));
    expect(duringOutage.filter((s) => s.end - s.start > HANG_GUARD_MS || s.code === 'HUNG')).toEqual([]);
    expect(duringOutage.filter((s) => s.code !== 'OK' && s.code !== 'DB_UNAVAILABLE')).toEqual([]);
    // Nothing failed in another way, nor hung, over the whole run (a cold JVM may be slow, never stuck).
    expect(load.samples.filter((s: Sample) => s.code !== 'OK' && s.code !== 'DB_UNAVAILABLE')).toEqual([]);
    // The app healed by itself within 30 s of the database answering again, and serves again.
    expect(readyAgainAt - answeringAt).toBeLessThan(30_000);
    const afterRecovery = load.samples.filter((s) => s.start > readyAgainAt);
    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(afterRecovery.every((s) => s.code === 'OK')).toBe(true);

    // The supervisor logged (as an event) and counted the exit and the restart; /readyz and /metrics show them.
    expect(events.find((e) => e.kind === 'exited')).toMatchObject({ pid: killedPid, how: 'SIGKILL' });
    expect(neo4j.status()).toMatchObject({ state: 'running', unexpectedExits: 1, restarts: 1 });
    expect(neo4j.pid).not.toBe(killedPid);
    expect((await readyz()).body).toMatchObject({ neo4j: { restarts: 1 }, database: { available: true } });
    const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
    expect(metrics).toContain('\necosysteemkaart_neo4j_restarts_total 1\n');
    expect(metrics).toContain('\necosysteemkaart_db_available 1\n');

    // Every create answered OK is in the database, and no key made two organisations.
    expect(load.creates.every((c) => c.acknowledgedId !== null)).toBe(true);
    const names = load.creates.map((c) => c.name);
    const stored = await db.readRaw<{ name: string; ids: string[] }>(
      'test',
      'MATCH (o:Organisation) WHERE o.name IN $names RETURN o.name AS name, collect(o.id) AS ids',
      { names },
    );
    const byName = new Map(stored.map((r) => [r.name, r.ids]));
    for (const c of load.creates) expect(byName.get(c.name), c.name).toEqual([c.acknowledgedId]);
  }, 300_000);

  it('stops cleanly while a restart is under way and leaves no JVM behind', async () => {
    const dataDir = path.join(dir, 'data');
    expect(jvmsOf(dataDir)).toEqual([neo4j.pid]);
    const killed = neo4j.pid;
    process.kill(killed, 'SIGKILL');
    await waitFor('the exit to be noticed', async () => neo4j.status().state === 'restarting' || undefined, 10_000);
    // Stop while the next JVM is starting (the back-off has passed and it is loading), not yet ready.
    await waitFor(
      'a new JVM to be starting',
      async () => jvmsOf(dataDir).some((pid) => pid !== killed) || undefined,
      60_000,
    );
    expect(neo4j.status().state).toBe('restarting');
    await neo4j.stop();
    expect(neo4j.status().state).toBe('stopped');
    expect(jvmsOf(dataDir)).toEqual([]);
  }, 120_000);
});
