// The API benchmark of issue 4: p50/p95 of whoServes, coverage, referralGaps and graph through GraphQL (HTTP on
// loopback, the app in this process), each next to the same Cypher with the same parameters sent straight
// through the driver, interleaved in the same run; the ratio of their p50s is the API's overhead. On the seed
// (.neo4j/bench-seed, port 7690) and on the seed plus the synthetic graph (.neo4j/bench, port 7689), one
// Neo4j at a time, each stopped at the end. Numbers are reported, not asserted.
//
//   npx tsx bench/api-bench.ts [--dataset seed|synthetic|both] [--iterations N] [--warmup N] [--budget S] [--profile]
//     [--cases TEXT]
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { loadQueries, type QueryName } from '../server/db/queries.ts';
import type { Params } from '../server/db/run.ts';
import { relevantRegionIds } from '../server/domain/providers.ts';
import type { RegionCatalog } from '../server/domain/region-catalog.ts';
import { resolveRegion } from '../server/domain/region-index.ts';
import { loadRegionCatalog, loadVocabulary, type Vocabulary } from '../server/repos/catalog.ts';
import { graphQuery, type GraphQuery } from '../server/repos/graph.ts';
import { startBenchApp } from './lib/bench-app.ts';
import { resolverRunner } from './lib/resolver-runner.ts';
import type { BenchDatabase } from './lib/bench-database.ts';
import { timeInterleaved } from './lib/interleave.ts';
import { processMemory, type ProcessMemory } from './lib/memory.ts';
import { profileQuery, type ProfileSummary } from './lib/profile.ts';
import { formatMs, toMarkdownTable, writeResults, type BenchResult } from './lib/results.ts';
import { prepareSeedDatabase, prepareSyntheticDatabase } from './synthetic/prepare.ts';
import { CONFORMANCE, COVERAGE, GRAPH, OVERLAPS, REFERRAL_GAPS, WHO_SERVES } from './lib/operations.ts';

const USAGE = `usage: npx tsx bench/api-bench.ts [options]
  --dataset D      seed, synthetic or both (default both)
  --iterations N   measured calls per case and side (default 20)
  --warmup N       unmeasured calls per case and side first (default 3)
  --budget S       seconds per case: a slow case stops after it, with at least 5 measured calls (default 60)
  --profile        also PROFILE each case's Cypher once and print where its db hits go
  --cases TEXT     only the cases whose name contains TEXT (e.g. graph)`;

/**
 * One case: a GraphQL operation, and the best single computation of the same answer without the API: the Cypher its
 * resolver runs (graph), or the resolver itself called in this process on the read model (the analysis questions).
 */
interface Case {
  readonly name: string;
  readonly gql: string;
  readonly variables: Record<string, unknown>;
  /** What `direct` runs, for the table: a query file, or `resolver <field>`. */
  readonly directLabel: string;
  /** Runs the direct computation once; returns its number of rows or items. */
  readonly direct: () => Promise<number>;
  /** The Cypher to PROFILE with --profile, when the direct side is one. */
  readonly profile?: { readonly query: QueryName; readonly params: Params };
  /** What the API answered, in a few words (for the note). */
  readonly describe: (data: Record<string, unknown>) => string;
}

const lengthOf = (v: unknown): number => (Array.isArray(v) ? v.length : 0);
const field = (data: Record<string, unknown>, key: string): Record<string, unknown> =>
  (data[key] ?? {}) as Record<string, unknown>;

// The cases' regions: a province, a municipality in it, and the largest province for the referral network.
const PROVINCE = 'PV23'; // Overijssel
const MUNICIPALITY = 'GM0193'; // Zwolle
const REFERRAL_PROVINCE = 'PV30'; // Noord-Brabant
const TARGET_GROUP = 'breed-mkb';

/**
 * The cases, with the Cypher parameters computed as the resolvers compute them (server/graphql/resolvers/
 * query-analysis.ts and query-graph.ts): the region through the catalog's index, its relevant region ids
 * through relevantRegionIds, the reference data through the repos the app's context uses.
 */
function buildCases(catalog: RegionCatalog, vocabulary: Vocabulary, direct: DirectRunners): Case[] {
  const regionIds = (input: string) => relevantRegionIds(catalog, resolveRegion(catalog.index, input, 'region').id);
  const resolver = (field: string, args: Record<string, unknown>) => ({
    directLabel: `resolver ${field}`,
    direct: () => direct.resolve(field, args),
  });
  const cypher = (query: QueryName, params: Params) => ({
    directLabel: `${query}.cypher`,
    direct: () => direct.cypher(query, params),
    profile: { query, params },
  });
  const graph = (q: Partial<GraphQuery> & { limit: number }): Params => ({ ...graphQuery(q) });
  // coverage without `targetGroups`: the columns are the target groups of entrepreneurs (kind ≠ public).
  const columns = vocabulary.targetGroups.filter((t) => t.kind !== 'public').map((t) => t.id);
  const municipalities = catalog.all.filter((r) => r.level === 'MUNICIPALITY').length;
  const whoServes = (region: string, what: string): Case => ({
    name: `whoServes ${TARGET_GROUP} ${what} (${region})`,
    gql: WHO_SERVES,
    variables: { targetGroup: TARGET_GROUP, region },
    ...resolver('whoServes', { targetGroup: TARGET_GROUP, region }),
    describe: (d) => `${lengthOf(d['whoServes'])} matches`,
  });
  const gaps = (d: Record<string, unknown>) => {
    const r = field(d, 'referralGaps');
    const kinds = ['unreferredProviders', 'deadEnds', 'oneWay', 'isolated', 'unreachableGroups'];
    return `${kinds.reduce((n, k) => n + lengthOf(r[k]), 0)} gaps`;
  };
  const slice = (d: Record<string, unknown>) => {
    const g = field(d, 'graph');
    return `${lengthOf(g['nodes'])} nodes, ${lengthOf(g['edges'])} edges of ${String(g['total'])}`;
  };
  return [
    whoServes(PROVINCE, 'province'),
    whoServes(MUNICIPALITY, 'municipality'),
    {
      name: `coverage MUNICIPALITY ${municipalities}×${columns.length}`,
      gql: COVERAGE,
      variables: { level: 'MUNICIPALITY' },
      ...resolver('coverage', { level: 'MUNICIPALITY' }),
      describe: (d) => `${lengthOf(field(d, 'coverage')['cells'])} cells`,
    },
    {
      name: `referralGaps province (${REFERRAL_PROVINCE})`,
      gql: REFERRAL_GAPS,
      variables: { region: REFERRAL_PROVINCE },
      ...resolver('referralGaps', { region: REFERRAL_PROVINCE }),
      describe: gaps,
    },
    {
      name: `overlaps province (${REFERRAL_PROVINCE})`,
      gql: OVERLAPS,
      variables: { region: REFERRAL_PROVINCE },
      ...resolver('overlaps', { region: REFERRAL_PROVINCE }),
      describe: (d) => `${lengthOf(d['overlaps'])} overlaps`,
    },
    {
      name: `conformance province (${REFERRAL_PROVINCE})`,
      gql: CONFORMANCE,
      variables: { region: REFERRAL_PROVINCE },
      ...resolver('conformance', { region: REFERRAL_PROVINCE }),
      describe: (d) => `${lengthOf(d['conformance'])} deviations`,
    },
    {
      name: 'graph limit 2000',
      gql: GRAPH,
      variables: { filter: { limit: 2000 } },
      ...cypher('graph/find-graph-slice', graph({ limit: 2000 })),
      describe: slice,
    },
    {
      name: `graph region ${PROVINCE} limit 2000`,
      gql: GRAPH,
      variables: { filter: { limit: 2000, region: PROVINCE } },
      ...cypher('graph/find-graph-slice', graph({ limit: 2000, regionIds: regionIds(PROVINCE) })),
      describe: slice,
    },
  ];
}

/** How a case's direct side runs: a query through the driver, or a resolver in this process. */
interface DirectRunners {
  cypher(query: QueryName, params: Params): Promise<number>;
  resolve(field: string, args: Record<string, unknown>): Promise<number>;
}

/** The same Cypher straight through the driver: a session, executeRead, every record fetched. */
async function runCypher(driver: Driver, database: string, text: string, params: Params): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(text, params));
    return result.records.length;
  } finally {
    await session.close();
  }
}

/** Samples the 1-minute load average every few seconds while the benchmark runs. */
function loadSampler(everyMs = 5000) {
  const samples: number[] = [];
  const take = () => samples.push(os.loadavg()[0]!);
  take();
  const timer = setInterval(take, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      take();
      const sorted = [...samples].sort((a, b) => a - b);
      const round = (x: number) => Math.round(x * 100) / 100;
      return {
        samples: samples.length,
        min: round(sorted[0]!),
        mean: round(samples.reduce((a, b) => a + b, 0) / samples.length),
        max: round(sorted[sorted.length - 1]!),
        atEnd: os.loadavg().map(round),
      };
    },
  };
}

type LoadSummary = ReturnType<ReturnType<typeof loadSampler>['stop']>;

interface DatasetReport {
  readonly dataset: string;
  readonly organisations: number;
  readonly neo4jStartMs: number;
  readonly memory: {
    readonly jvmBefore: ProcessMemory | null;
    readonly jvmAfter: ProcessMemory | null;
    readonly nodeRssMb: number;
  };
  readonly load: LoadSummary;
  readonly cases: Record<string, { api: string; cypherRows: number; load1: number; profile?: ProfileSummary | null }>;
  readonly ms: number;
}

interface RunOptions {
  readonly warmup: number;
  readonly iterations: number;
  readonly budgetMs: number;
  readonly minIterations: number;
  readonly profile: boolean;
  /** Only the cases whose name contains this; null for all. */
  readonly cases: string | null;
}

async function benchDataset(
  dataset: string,
  bench: BenchDatabase,
  opts: RunOptions,
  results: BenchResult[],
): Promise<DatasetReport> {
  const started = process.hrtime.bigint();
  const sampler = loadSampler();
  const queries = loadQueries();
  const [catalog, vocabulary] = await Promise.all([loadRegionCatalog(bench.db), loadVocabulary(bench.db)]);
  const [countRow] = await bench.db.readRaw<{ n: number }>(
    'bench/count-organisations',
    'MATCH (o:Organisation) RETURN count(o) AS n',
  );
  const jvmBefore = await processMemory(bench.local.pid);
  const report: DatasetReport['cases'] = {};
  // The app as served (answers remembered per version of the map) and one working every answer out afresh.
  const app = await startBenchApp(bench.db);
  const fresh = await startBenchApp(bench.db, { rememberAnswers: false });
  const heapBefore = process.memoryUsage().heapUsed;
  const built = performance.now();
  const run = await resolverRunner(bench.db, { rememberAnswers: false });
  const heapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
  const resolve = async (field: string, args: Record<string, unknown>) => {
    const answer = await run(field, args);
    return Array.isArray(answer) ? answer.length : 1;
  };
  const buildMs = Math.round(performance.now() - built);
  console.log(`  read model built in ${buildMs} ms, heap +${heapMb} MiB (a second one, beside the app's)`);
  const cases = buildCases(catalog, vocabulary, {
    cypher: (query, params) => runCypher(bench.driver, bench.db.database, queries.get(query)!.text, params),
    resolve,
  }).filter((c) => opts.cases === null || c.name.includes(opts.cases));
  try {
    for (const c of cases) {
      // Timed: each response read as text, not parsed (the client's parse is not the API's work).
      const api = () => app.send(c.gql, c.variables);
      const apiFresh = () => fresh.send(c.gql, c.variables);
      const cypher = c.direct;
      // One call each first, parsed and checked: the answers' sizes, and a failing case fails here, not mid-timing.
      const [first, cypherRows] = [
        await app.graphql(c.gql, c.variables),
        await cypher(),
        await fresh.graphql(c.gql, c.variables),
      ];
      const answer = `${c.describe(first)}, ${Math.round(JSON.stringify(first).length / 1024)} kB`;
      const stats = await timeInterleaved({ api, apiFresh, cypher }, opts);
      const load1 = Math.round(os.loadavg()[0]! * 100) / 100;
      const note = `api: ${answer}; cypher: ${cypherRows} rows; load1 ${load1}`;
      results.push({ name: c.name, dataset, via: 'api', stats: stats.api, note });
      results.push({ name: c.name, dataset, via: 'api fresh', stats: stats.apiFresh, note: 'answers not remembered' });
      results.push({ name: c.name, dataset, via: 'cypher', stats: stats.cypher, note: c.directLabel });
      const profile =
        opts.profile && c.profile
          ? await profileQuery(bench.driver, bench.db.database, queries.get(c.profile.query)!.text, c.profile.params)
          : undefined;
      report[c.name] = { api: answer, cypherRows, load1, ...(opts.profile ? { profile } : {}) };
      const p50s = `api p50 ${formatMs(stats.api.p50)} ms, fresh ${formatMs(stats.apiFresh.p50)} ms`;
      console.log(
        `  ${c.name}: ${p50s}, direct ${formatMs(stats.cypher.p50)} ms (${answer}; ${cypherRows} rows; load1 ${load1})`,
      );
      if (profile) printProfile(profile);
    }
  } finally {
    await app.stop();
    await fresh.stop();
    await run.stop();
  }
  const jvmAfter = await processMemory(bench.local.pid);
  return {
    dataset,
    organisations: countRow?.n ?? 0,
    neo4jStartMs: Math.round(bench.startMs),
    memory: { jvmBefore, jvmAfter, nodeRssMb: Math.round(process.memoryUsage().rss / 2 ** 20) },
    load: sampler.stop(),
    cases: report,
    ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
  };
}

function printProfile(p: ProfileSummary): void {
  const memory = p.globalMemoryBytes === null ? '' : `, ${Math.round(p.globalMemoryBytes / 2 ** 20)} MiB`;
  console.log(`    PROFILE: ${p.totalDbHits} db hits, ${p.rows} rows, ${formatMs(p.ms)} ms (${p.runtime}${memory})`);
  for (const o of p.top) console.log(`      ${o.operator}: ${o.dbHits} db hits, ${o.rows} rows  ${o.details}`);
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, not ${value}`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dataset: { type: 'string', default: 'both' },
      iterations: { type: 'string' },
      warmup: { type: 'string' },
      budget: { type: 'string' },
      profile: { type: 'boolean', default: false },
      cases: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const dataset = values.dataset;
  if (dataset !== 'seed' && dataset !== 'synthetic' && dataset !== 'both') {
    throw new Error(`--dataset must be seed, synthetic or both, not ${dataset}\n${USAGE}`);
  }
  const opts: RunOptions = {
    warmup: positiveInt('warmup', values.warmup, 3),
    iterations: Math.max(1, positiveInt('iterations', values.iterations, 20)),
    budgetMs: positiveInt('budget', values.budget, 60) * 1000,
    minIterations: 5,
    profile: values.profile,
    cases: values.cases ?? null,
  };
  const log = (m: string) => console.log(`  ${m}`);
  const results: BenchResult[] = [];
  const datasets: DatasetReport[] = [];
  const loadAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  let synthetic: Record<string, unknown> | undefined;

  if (dataset === 'seed' || dataset === 'both') {
    console.log('seed: starting the seed-only bench Neo4j (port 7690)');
    const bench = await prepareSeedDatabase({ log });
    try {
      datasets.push(await benchDataset('seed', bench, opts, results));
    } finally {
      await bench.close();
    }
  }
  if (dataset === 'synthetic' || dataset === 'both') {
    console.log('synthetic: starting the synthetic bench Neo4j (port 7689)');
    const { bench, graph, load } = await prepareSyntheticDatabase({ log });
    synthetic = { options: graph.options, counts: graph.counts, fingerprint: graph.fingerprint, load: load.action };
    try {
      const label = `synthetic-${Math.round(graph.options.orgs / 1000)}k`;
      datasets.push(await benchDataset(label, bench, opts, results));
    } finally {
      await bench.close();
    }
  }

  console.log(`\n${toMarkdownTable(results)}\n`);
  for (const d of datasets) {
    const m = d.memory;
    console.log(
      `${d.dataset}: ${d.organisations} organisations; Neo4j JVM resident ${m.jvmBefore?.rssMb ?? '?'} → ` +
        `${m.jvmAfter?.rssMb ?? '?'} MiB (peak ${m.jvmAfter?.peakRssMb ?? '?'} MiB); this process ${m.nodeRssMb} MiB; ` +
        `load average (1 min) ${d.load.min}–${d.load.max}, mean ${d.load.mean}; ${(d.ms / 1000).toFixed(0)} s`,
    );
  }
  const file = await writeResults('api', results, {
    meta: {
      command: `npx tsx bench/api-bench.ts ${argv.join(' ')}`.trim(),
      warmup: opts.warmup,
      iterations: opts.iterations,
      budgetSecondsPerCase: opts.budgetMs / 1000,
      minIterations: opts.minIterations,
      timing: 'api and cypher interleaved, alternating which goes first; one call at a time',
      cases: { province: PROVINCE, municipality: MUNICIPALITY, referralProvince: REFERRAL_PROVINCE },
      loadAverage: { atStart: loadAtStart, atEnd: os.loadavg().map((x) => Math.round(x * 100) / 100) },
      synthetic,
      datasets,
    },
  });
  console.log(`written ${file}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
