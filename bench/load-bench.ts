// Throughput under load: whoServes on random region × target group pairs at 10 and 50 connections, and
// coverage of every municipality and every province at 10, each for a bounded time. The app runs in this
// process on 127.0.0.1 (as in api-bench.ts), the load comes from autocannon in a child process; per case:
// requests per second, latency p50/p99, non-2xx, connection errors, GraphQL errors in 200s, and the memory
// of this process and of Neo4j before and after. Numbers are reported, not asserted.
//
//   npx tsx bench/load-bench.ts [--duration S] [--dataset seed|synthetic] [--seed N] [--pairs N] [--sample N] [--timeout S]
import { parseArgs } from 'node:util';
import { loadRegionCatalog, loadVocabulary } from '../server/repos/catalog.ts';
import { startBenchApp } from './lib/bench-app.ts';
import { describeLoad, loadAverage } from './lib/cli-options.ts';
import { processMemory } from './lib/memory.ts';
import { writeResults } from './lib/results.ts';
import { buildLoadCases } from './load/cases.ts';
import { LOAD_OPTIONS, loadOptions } from './load/options.ts';
import { nodeMemory, runLoadCase, type LoadCase, type LoadCaseResult } from './load/run-case.ts';
import { describeCase, describeStartup, toLoadTable, type StartupMemory } from './load/table.ts';
import { prepareDataset } from './synthetic/prepare.ts';

const USAGE = `usage: npx tsx bench/load-bench.ts [options]
  --duration S   seconds of load per case (default 20, at most 600)
  --dataset D    seed (default; .neo4j/bench-seed, port 7690) or synthetic (.neo4j/bench, port 7689)
  --seed N       PRNG seed of the whoServes pairs (default 1)
  --pairs N      distinct region × target group pairs to cycle through (default 1000)
  --sample N     parse the first and every N-th response fully and check its data (default 50)
  --timeout S    seconds after which a request counts as timed out (default 10)`;

/** Unmeasured requests per case first, one at a time: plans are cached and a failing query fails here. */
const WARMUP = 10;

async function warmUp(app: Awaited<ReturnType<typeof startBenchApp>>, c: LoadCase): Promise<void> {
  for (const b of c.bodies.slice(0, WARMUP)) {
    const { query, variables } = JSON.parse(b) as { query: string; variables: Record<string, unknown> };
    await app.graphql(query, variables);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: LOAD_OPTIONS });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { durationSec, seed, pairs, sampleEvery, timeoutSec, dataset } = loadOptions(values, 20, USAGE);
  const loadAtStart = loadAverage();
  const log = (m: string) => console.log(`  ${m}`);

  console.log(`${dataset}: starting the bench Neo4j`);
  const bench = await prepareDataset(dataset, { log });
  const results: LoadCaseResult[] = [];
  let startup: StartupMemory | null = null;
  try {
    const [catalog, vocabulary] = await Promise.all([loadRegionCatalog(bench.db), loadVocabulary(bench.db)]);
    const cases = buildLoadCases(catalog, vocabulary, { seed, pairs });
    // What the app itself holds once started (caches and read models built at start-up), before any load.
    const beforeApp = nodeMemory();
    const app = await startBenchApp(bench.db);
    startup = { nodeBeforeApp: beforeApp, nodeAfterApp: nodeMemory(), neo4j: await processMemory(bench.local.pid) };
    console.log(`  ${describeStartup(startup)}`);
    try {
      for (const c of cases) {
        await warmUp(app, c);
        console.log(`${c.name}, ${c.connections} connections, ${durationSec} s …`);
        const r = await runLoadCase(c, {
          url: app.url,
          durationSec,
          neo4jPid: bench.local.pid,
          sampleEvery,
          timeoutSec,
        });
        results.push(r);
        console.log(`  ${describeCase(r)}`);
      }
    } finally {
      await app.stop();
    }
  } finally {
    await bench.close();
  }

  const loadAtEnd = loadAverage();
  console.log(`\n${toLoadTable(results)}\n`);
  console.log(describeLoad(loadAtStart, loadAtEnd));
  const file = await writeResults('throughput', [], {
    meta: {
      command: `npx tsx bench/load-bench.ts ${argv.join(' ')}`.trim(),
      dataset,
      durationSecPerCase: durationSec,
      seed,
      pairs,
      sampleEvery,
      warmupPerCase: WARMUP,
      requestTimeoutSec: timeoutSec,
      how: 'app in this process on 127.0.0.1, autocannon in a child process; memory in MiB',
      loadAverage: { atStart: loadAtStart, atEnd: loadAtEnd },
      memoryAtStartup: startup,
      cases: results,
    },
  });
  console.log(`written ${file}`);
  return results.some((r) => r.errors + r.status.non2xx + r.graphqlErrors + r.shapeProblems > 0) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
