import { afterAll, describe, expect, inject, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { resetToSeed } from '../helpers/db.ts';
import { healthy, problemOf, runAll, sendHttp, statusLabel, type FuzzCase } from './helpers/fuzz-run.ts';
import { graphqlCase } from './helpers/graphql-cases.ts';
import { INVALID_URL_REQUEST, rawCase, sendRaw } from './helpers/raw-http.ts';
import { restCase } from './helpers/rest-cases.ts';

// Fuzzing with a fixed seed and a bounded count: 1,200 requests against the test server, in batches, with the
// server's health checked after each batch. Any case can be rebuilt on its own from the seed and its index
// (see docs/security.md), and every failure is printed with both.

const SEED = 20_261_206;
const BATCH = 50;
const CONCURRENCY = 4;
const COUNTS = { graphql: 600, raw: 300, rest: 300 } as const;

const baseUrl = inject('baseUrl');
const tokens = inject('tokens');

// Fuzzed mutations run with real tokens, so some of them are accepted and change the map.
afterAll(async () => {
  await resetToSeed();
});

interface Report {
  statuses: Map<string, number>;
  problems: string[];
}

/** Sends the cases batch by batch; after each batch the server must still answer /healthz. */
async function fuzz(family: string, cases: FuzzCase[]): Promise<Report> {
  const report: Report = { statuses: new Map(), problems: [] };
  for (let start = 0; start < cases.length; start += BATCH) {
    const batch = cases.slice(start, start + BATCH);
    const outcomes = await runAll(batch, baseUrl, CONCURRENCY);
    batch.forEach((c, i) => {
      const o = outcomes[i]!;
      const label = statusLabel(o);
      report.statuses.set(label, (report.statuses.get(label) ?? 0) + 1);
      const problem = problemOf(c, o);
      if (problem) report.problems.push(`seed ${SEED} ${c.family} #${c.index}: ${problem}\n    request: ${c.shown}`);
    });
    if (!(await healthy(baseUrl))) {
      report.problems.push(
        `seed ${SEED} ${family} batch #${batch[0]!.index}–#${batch.at(-1)!.index}: /healthz no longer answers`,
      );
      break;
    }
  }
  const counts = [...report.statuses.entries()].sort(([a], [b]) => a.localeCompare(b));
  // The summary of the run: how many requests got which status.
  process.stdout.write(
    `fuzz ${family} (seed ${SEED}, ${cases.length} requests): ${counts.map(([s, n]) => `${s}×${n}`).join(', ')}\n`,
  );
  return report;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('fuzzing with a fixed seed', () => {
  it('counts a 5xx, an INTERNAL error, a stack trace, a source path and a stall as failures', () => {
    const c: FuzzCase = { family: 'graphql', index: 0, shown: '', send: () => Promise.reject(new Error('unused')) };
    const error = (code: string) => JSON.stringify({ errors: [{ message: 'x', extensions: { code } }] });
    expect(problemOf(c, { status: 500, body: '{"error":"internal error"}' })).toMatch(/HTTP 500/);
    expect(problemOf(c, { status: 200, body: error('INTERNAL') })).toMatch(/INTERNAL/);
    expect(problemOf(c, { status: 400, body: error('GRAPHQL_PARSE_FAILED') })).toMatch(/GRAPHQL_PARSE_FAILED/);
    expect(problemOf(c, { status: 400, body: 'TypeError: x\n    at handle (/srv/app.ts:1:2)' })).toMatch(/stack/);
    expect(problemOf(c, { status: 404, body: `no file ${ROOT_DIR}/dist/x` })).toMatch(/installation folder/);
    expect(problemOf(c, { status: 0, body: '', failure: 'timeout' })).toMatch(/stalled/);
    expect(problemOf(c, { status: 503, body: error('DB_UNAVAILABLE') })).toBeNull();
    expect(problemOf(c, { status: 400, body: error('BAD_USER_INPUT') })).toBeNull();
  });

  it('answers a request line with an unparsable path and keeps serving', async () => {
    const outcome = await sendRaw(baseUrl, INVALID_URL_REQUEST);
    expect(outcome.failure).toBeUndefined();
    expect(outcome.status).toBeGreaterThanOrEqual(400);
    expect(outcome.status).toBeLessThan(500);
    expect(await healthy(baseUrl)).toBe(true);
  });

  it('answers a GraphQL syntax error with 400, not 500', async () => {
    const outcome = await sendHttp(baseUrl, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename' }),
    });
    expect(outcome.status).toBe(400);
    expect(JSON.parse(outcome.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it(`survives ${COUNTS.graphql} GraphQL operations built from the schema without a 5xx or a leak`, async () => {
    const report = await fuzz(
      'graphql',
      range(COUNTS.graphql).map((i) => graphqlCase(SEED, i, tokens)),
    );
    expect(report.problems).toEqual([]);
  }, 600_000);

  it(`survives ${COUNTS.raw} malformed raw HTTP requests without a 5xx or a leak`, async () => {
    const report = await fuzz(
      'raw',
      range(COUNTS.raw).map((i) => rawCase(SEED, i)),
    );
    expect(report.problems).toEqual([]);
  }, 600_000);

  it(`survives ${COUNTS.rest} odd REST requests under /api without a 5xx or a leak`, async () => {
    const report = await fuzz(
      'rest',
      range(COUNTS.rest).map((i) => restCase(SEED, i, tokens)),
    );
    expect(report.problems).toEqual([]);
  }, 600_000);
});
