// What answering "as if" costs next to the live answer, and what the referral network's measures cost (reported,
// never asserted): each question through GraphQL (HTTP on loopback, the app in this process, answers NOT remembered
// so every call computes), once live and once as if the seed's ready scenario (the recommended role split) were made.
// The first as-if call also builds the scenario's projection; the median of the repeats is the steady cost.
//
//   npx tsx bench/scenario-bench.ts [--dataset seed|synthetic] [--repeats N]
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedScenarios } from '../seed/scenarios.ts';
import { SEED_DATA_DIR } from '../seed/validate.ts';
import { startBenchApp, type BenchApp } from './lib/bench-app.ts';
import { loadAverage } from './lib/cli-options.ts';
import { RESULTS_DIR } from './lib/results.ts';
import { summarise } from './lib/time-it.ts';
import { prepareDataset } from './synthetic/prepare.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { dataset: { type: 'string', default: 'seed' }, repeats: { type: 'string', default: '5' } },
});
const dataset = values.dataset === 'synthetic' ? 'synthetic' : 'seed';
const repeats = Math.max(1, Math.min(50, Number(values.repeats) || 5));
const SCENARIO = 'aanbevolen-rolverdeling-2023';

/** One question; `$scenario` is null for the live map. */
interface Case {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** Whether the question takes a scenario (the referral network does not). */
  readonly asIf: boolean;
}

const CASES: Case[] = [
  {
    name: 'whoServes breed-mkb province (PV23)',
    query: `query($s: ID) { whoServes(targetGroup: "breed-mkb", region: "PV23", scenario: $s) { organisation { id } role } }`,
    variables: {},
    asIf: true,
  },
  {
    name: 'coverage MUNICIPALITY 342×12',
    query: `query($s: ID) { coverage(level: MUNICIPALITY, scenario: $s) { cells { region targetGroup status regionalProviders } } }`,
    variables: {},
    asIf: true,
  },
  {
    name: 'referralGaps province (PV30)',
    query: `query($s: ID) { referralGaps(region: "PV30", scenario: $s) { deadEnds { kind } oneWay { kind } unreachableGroups { kind } } }`,
    variables: {},
    asIf: true,
  },
  {
    name: 'overlaps province (PV30)',
    query: `query($s: ID) { overlaps(region: "PV30", scenario: $s) { score organisations { id } } }`,
    variables: {},
    asIf: true,
  },
  {
    name: 'conformance province (PV30)',
    query: `query($s: ID) { conformance(region: "PV30", scenario: $s) { organisation { id } rule } }`,
    variables: {},
    asIf: true,
  },
  {
    name: 'referralPaths kvk → startup (PV30)',
    query: `query($s: ID) { referralPaths(from: "kvk", targetGroup: "startup", region: "PV30", scenario: $s) { length } }`,
    variables: {},
    asIf: true,
  },
  {
    name: 'graph limit 2000',
    query: `query($s: ID) { graph(filter: { limit: 2000, scenario: $s }) { nodes { id } edges { id } total } }`,
    variables: {},
    asIf: true,
  },
  {
    name: 'scenarioImpact province (PV30)',
    query: `query($s: ID!) { scenarioImpact(scenario: $s, region: "PV30") { cells { region { id } } pathsLost { to { id } } } }`,
    variables: {},
    asIf: true,
  },
  {
    name: 'referralNetwork province (PV21)',
    query: `{ referralNetwork(region: "PV21") { organisations { betweenness } weakPointsComplete } }`,
    variables: {},
    asIf: false,
  },
  {
    name: 'referralNetwork province (PV30)',
    query: `{ referralNetwork(region: "PV30") { organisations { betweenness } weakPointsComplete } }`,
    variables: {},
    asIf: false,
  },
];

interface Timing {
  first: number | null;
  p50: number | null;
  error: string | null;
}

async function time(app: BenchApp, c: Case, scenario: string | null): Promise<Timing> {
  const variables = c.asIf ? { ...c.variables, s: scenario } : c.variables;
  const samples: number[] = [];
  try {
    for (let i = 0; i <= repeats; i++) {
      const started = performance.now();
      await app.graphql(c.query, variables);
      samples.push(performance.now() - started);
    }
  } catch (e) {
    return { first: samples[0] ?? null, p50: null, error: e instanceof Error ? e.message.slice(0, 160) : String(e) };
  }
  return { first: samples[0]!, p50: summarise(samples.slice(1)).p50, error: null };
}

const ms = (x: number | null) => (x === null ? '—' : x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(1));

const loadAtStart = loadAverage();
const bench = await prepareDataset(dataset, { log: (m) => console.log(`  ${m}`) });
try {
  // The ready scenario is written by the seed's loader; a store made before it existed gets it here.
  await seedScenarios(bench.db, SEED_DATA_DIR);
  const app = await startBenchApp(bench.db, { rememberAnswers: false });
  const rows: string[] = [];
  const results: Record<string, { live: Timing; asIf: Timing | null }> = {};
  try {
    // One live call of each first: the JIT and the live projection are warm before anything is measured, so the
    // as-if's first call shows the cost of building the scenario's projection, not the start-up's.
    for (const c of CASES)
      if (!c.name.startsWith('scenarioImpact')) await app.graphql(c.query, c.asIf ? { s: null } : {});
    for (const c of CASES) {
      // The question that takes `scenario: null` when it is not required; scenarioImpact needs one.
      const live = c.name.startsWith('scenarioImpact') ? null : await time(app, c, null);
      const asIf = c.asIf ? await time(app, c, SCENARIO) : null;
      results[c.name] = { live: live ?? { first: null, p50: null, error: null }, asIf };
      const cell = (t: Timing | null) =>
        t === null ? '—' : t.error ? `error: ${t.error}` : `${ms(t.first)} / ${ms(t.p50)}`;
      rows.push(`| ${c.name} | ${cell(live)} | ${cell(asIf)} |`);
      console.log(rows.at(-1));
    }
  } finally {
    await app.stop();
  }
  const loadAtEnd = loadAverage();
  console.log(
    `\n${dataset}, ${repeats} repeats, ${os.cpus().length} CPUs, load ${loadAtStart.join(' ')} → ${loadAtEnd.join(' ')}`,
  );
  console.log('| question | live: first / p50 ms | as if: first / p50 ms |\n| --- | ---: | ---: |');
  for (const r of rows) console.log(r);
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `scenario-${dataset}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify({ dataset, repeats, loadAtStart, loadAtEnd, results }, null, 2));
  console.log(`results: ${file}`);
} finally {
  await bench.close();
}
