// Generates the synthetic graph and loads it into the benchmarks' own Neo4j (port 7689, .neo4j/bench):
// migrations, the seed, then the synthetic organisations and edges. Keeps the store; a second run with
// the same options only checks it. Stops Neo4j at the end.
import { parseArgs } from 'node:util';
import { countByLabel } from '../../seed/load.ts';
import { validateSeedDir, formatSeedErrors } from '../../seed/validate.ts';
import { BENCH_DATABASE_DEFAULTS } from '../lib/bench-database.ts';
import { processMemory } from '../lib/memory.ts';
import { writeResults } from '../lib/results.ts';
import {
  DEFAULT_SYNTHETIC_OPTIONS,
  generateSynthetic,
  type SyntheticGraph,
  type SyntheticOptions,
} from './generate.ts';
import { describeSynthetic } from './load.ts';
import { prepareSyntheticDatabase } from './prepare.ts';
import { worldFromSeed } from './world.ts';

const USAGE = `usage: npx tsx bench/synthetic/cli.ts [options]
  --orgs N          synthetic organisations (default ${DEFAULT_SYNTHETIC_OPTIONS.orgs})
  --edges N         SERVES + COVERS + relations between organisations (default ${DEFAULT_SYNTHETIC_OPTIONS.edges})
  --seed N          PRNG seed (default ${DEFAULT_SYNTHETIC_OPTIONS.seed})
  --batch N         rows per transaction (default 4000)
  --force           merge the seed and delete and load the synthetic data again
  --generate-only   generate and print the counts; no database
  --port N          Bolt port of the bench Neo4j (default ${BENCH_DATABASE_DEFAULTS.boltPort})
  --heap SIZE       its JVM heap (default ${BENCH_DATABASE_DEFAULTS.heap})`;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, not ${value}`);
  return n;
}

function printGenerated(graph: SyntheticGraph, ms: number): void {
  const c = graph.counts;
  console.log(
    `generated (seed ${graph.options.seed}) in ${seconds(ms)}: ${c.organisations} organisations, ` +
      `${c.serves} SERVES + ${c.covers} COVERS + ${c.relations} relations = ${c.edges} edges ` +
      `(+ ${c.classification} IN_LINE/IN_PHASE/ON_THEME)`,
  );
}

function printCounts(title: string, counts: Record<string, number>): void {
  console.log(`\n| ${title} | count |\n|---|--:|`);
  for (const [name, n] of Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))
    console.log(`| ${name} | ${n} |`);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      orgs: { type: 'string' },
      edges: { type: 'string' },
      seed: { type: 'string' },
      batch: { type: 'string' },
      port: { type: 'string' },
      heap: { type: 'string' },
      force: { type: 'boolean', default: false },
      'generate-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const options: SyntheticOptions = {
    seed: positiveInt('seed', values.seed, DEFAULT_SYNTHETIC_OPTIONS.seed),
    orgs: positiveInt('orgs', values.orgs, DEFAULT_SYNTHETIC_OPTIONS.orgs),
    edges: positiveInt('edges', values.edges, DEFAULT_SYNTHETIC_OPTIONS.edges),
  };

  if (values['generate-only']) {
    const validation = await validateSeedDir();
    if (!validation.ok) throw new Error(`seed/data is not valid:\n${formatSeedErrors(validation.errors)}`);
    const started = process.hrtime.bigint();
    const graph = generateSynthetic(worldFromSeed(validation.data), options);
    printGenerated(graph, msSince(started));
    return 0;
  }
  const heap = values.heap ?? BENCH_DATABASE_DEFAULTS.heap;
  const { bench, graph, generateMs, seed, load } = await prepareSyntheticDatabase({
    options,
    database: { boltPort: positiveInt('port', values.port, BENCH_DATABASE_DEFAULTS.boltPort), heap },
    force: values.force,
    batchSize: positiveInt('batch', values.batch, 4000),
    log: (m) => console.log(`  ${m}`),
  });
  try {
    console.log('\nsummary');
    printGenerated(graph, generateMs);
    console.log(`bench Neo4j ready at ${bench.local.uri} in ${seconds(bench.startMs)} (heap ${heap})`);
    console.log(seed.merged ? `seed merged in ${seconds(seed.ms)}` : 'seed unchanged since the last run: not merged');
    console.log(
      load.action === 'skipped'
        ? `synthetic graph already loaded (checked in ${seconds(load.durationMs)}); --force loads it again`
        : `synthetic graph ${load.action} in ${seconds(load.durationMs)}`,
    );
    const state = await describeSynthetic(bench.db);
    const counts = await countByLabel(bench.db);
    printCounts('nodes by label', counts.nodes);
    printCounts('relationships by type', counts.relationships);
    const totalRels = Object.values(counts.relationships).reduce((a, b) => a + b, 0);
    console.log(
      `\nsynthetic: ${state.organisations} organisations, ${state.relationships} relationships; ` +
        `the whole graph has ${totalRels} relationships`,
    );
    const jvm = await processMemory(bench.local.pid);
    const heapMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    console.log(
      `memory: Neo4j JVM resident ${jvm?.rssMb ?? '?'} MiB (peak ${jvm?.peakRssMb ?? '?'} MiB, heap limit ` +
        `${heap}); this process heap ${heapMb} MiB`,
    );
    const file = await writeResults('load', [], {
      meta: {
        options,
        fingerprint: graph.fingerprint,
        counts: graph.counts,
        generateMs,
        neo4jStartMs: bench.startMs,
        seed,
        load,
        database: { synthetic: state, ...counts },
        memory: { jvm, nodeHeapMb: heapMb },
      },
    });
    console.log(`written ${file}`);
  } finally {
    await bench.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
