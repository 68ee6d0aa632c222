// Full export and import of the map: how long the JSON export (one read, the content hash, the text written to a
// file), the GraphML and GEXF texts and the JSON import (parse, validate, one transaction, hash read back) take on
// the seed and on the seed plus the synthetic graph (10,000 organisations, 100,000 edges). The export reads the
// benchmarks' own stores (.neo4j/bench-seed, .neo4j/bench); the import goes into a scratch Neo4j of its own
// (.neo4j/bench-import, port 7691) that is emptied before every run, so the shared stores are never written.
// Numbers are reported, not asserted.
//
//   npm run bench:import -- [--dataset seed|synthetic|both] [--export-runs N] [--import-runs N]
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentHash, resetDatabase } from '../seed/load.ts';
import { ROOT_DIR } from '../server/config.ts';
import type { Db } from '../server/db/run.ts';
import { writeChunks } from '../server/graph-files/chunks.ts';
import { graphJsonChunks } from '../server/graph-files/export-json.ts';
import { gexfChunks } from '../server/graph-files/gexf.ts';
import { graphmlChunks } from '../server/graph-files/graphml.ts';
import { importGraph } from '../server/graph-files/import-json.ts';
import { readGraph, type MapGraph } from '../server/graph-files/read-graph.ts';
import { openBenchDatabase, type BenchDatabase } from './lib/bench-database.ts';
import { processMemory } from './lib/memory.ts';
import { formatMs, toMarkdownTable, writeResults, type BenchResult } from './lib/results.ts';
import { summarise } from './lib/time-it.ts';
import { prepareSeedDatabase, prepareSyntheticDatabase } from './synthetic/prepare.ts';

const USAGE = `usage: npm run bench:import -- [options]
  --dataset D       seed, synthetic or both (default both)
  --export-runs N   measured exports per dataset, after one unmeasured (default 3)
  --import-runs N   measured imports per dataset, each into an emptied database (default 2)`;

const IMPORT_DATABASE = {
  dir: path.join(ROOT_DIR, '.neo4j', 'bench-import'),
  boltPort: 7691,
  heap: '2g',
  pageCache: '512m',
};

interface Sizes {
  nodes: number;
  relationships: number;
  jsonBytes: number;
  graphmlBytes: number;
  gexfBytes: number;
}

interface Memory {
  nodeHeapUsedMb: number;
  nodePeakRssMb: number;
  neo4jPeakRssMb: number | null;
}

const log = (m: string) => console.log(`  ${m}`);
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
}

async function writeText(chunks: Iterable<string>, file: string): Promise<number> {
  await writeChunks(chunks, createWriteStream(file));
  return (await stat(file)).size;
}

/** Export side: readGraph, then each format written to a file; one unmeasured run first. */
async function measureExports(
  bench: BenchDatabase,
  dataset: string,
  runs: number,
  dir: string,
): Promise<{ results: BenchResult[]; sizes: Sizes; jsonFile: string; hash: string; memory: Memory }> {
  const samples = { read: [] as number[], json: [] as number[], graphml: [] as number[], gexf: [] as number[] };
  const jsonFile = path.join(dir, `${dataset}.json`);
  let sizes: Sizes | null = null;
  let graph: MapGraph | null = null;
  for (let run = 0; run <= runs; run++) {
    const read = await timed(() => readGraph(bench.db));
    graph = read.value;
    const at = new Date();
    const json = await timed(() => writeText(graphJsonChunks(graph!, at), jsonFile));
    const graphml = await timed(() => writeText(graphmlChunks(graph!, at), path.join(dir, `${dataset}.graphml`)));
    const gexf = await timed(() => writeText(gexfChunks(graph!, at), path.join(dir, `${dataset}.gexf`)));
    sizes = {
      nodes: graph.counts.nodes,
      relationships: graph.counts.relationships,
      jsonBytes: json.value,
      graphmlBytes: graphml.value,
      gexfBytes: gexf.value,
    };
    log(
      `export run ${run}${run === 0 ? ' (warm-up)' : ''}: read ${formatMs(read.ms)} ms, JSON ${formatMs(json.ms)} ms, ` +
        `GraphML ${formatMs(graphml.ms)} ms, GEXF ${formatMs(gexf.ms)} ms`,
    );
    if (run === 0) continue;
    samples.read.push(read.ms);
    samples.json.push(json.ms);
    samples.graphml.push(graphml.ms);
    samples.gexf.push(gexf.ms);
  }
  const memory: Memory = {
    nodeHeapUsedMb: mb(process.memoryUsage().heapUsed),
    nodePeakRssMb: peakRssMb(),
    neo4jPeakRssMb: (await processMemory(bench.local.pid))?.peakRssMb ?? null,
  };
  const row = (name: string, s: number[], note: string): BenchResult => ({
    name,
    dataset,
    via: 'library',
    stats: summarise(s),
    note,
  });
  const results = [
    row('export: read graph + hash', samples.read, 'graph-files/list-graph, model, content hash, sort'),
    row('export: JSON to file', samples.json, `${mb(sizes!.jsonBytes)} MB`),
    row('export: GraphML to file', samples.graphml, `${mb(sizes!.graphmlBytes)} MB`),
    row('export: GEXF to file', samples.gexf, `${mb(sizes!.gexfBytes)} MB`),
  ];
  results.push({
    name: 'export: JSON total',
    dataset,
    via: 'library',
    stats: summarise(samples.read.map((r, i) => r + samples.json[i]!)),
    note: 'what GET /api/export/graph.json does, without HTTP',
  });
  return { results, sizes: sizes!, jsonFile, hash: graph!.contentHash, memory };
}

/** Import side: each run empties the scratch database (not measured), then parses and imports the file. */
async function measureImports(
  db: Db,
  pid: number,
  dataset: string,
  runs: number,
  jsonFile: string,
  expectedHash: string,
): Promise<{ results: BenchResult[]; memory: Memory }> {
  const samples = {
    parse: [] as number[],
    validate: [] as number[],
    write: [] as number[],
    hash: [] as number[],
    import: [] as number[],
    total: [] as number[],
  };
  for (let run = 1; run <= runs; run++) {
    const emptied = await timed(() => resetDatabase(db));
    const text = await readFile(jsonFile, 'utf8');
    const parse = await timed(async () => JSON.parse(text) as unknown);
    const result = await timed(() =>
      importGraph(db, parse.value, { user: 'bench', role: 'ADMIN', source: 'bench/import-bench.ts' }),
    );
    if (result.value.contentHash !== expectedHash) {
      throw new Error(`import run ${run}: content hash ${result.value.contentHash}, expected ${expectedHash}`);
    }
    const { validateMs, writeMs, hashMs } = result.value.timings;
    log(
      `import run ${run}: emptied in ${formatMs(emptied.ms)} ms, JSON.parse ${formatMs(parse.ms)} ms, ` +
        `importGraph ${formatMs(result.ms)} ms (validate ${formatMs(validateMs)}, transaction ${formatMs(writeMs)}, ` +
        `hash ${formatMs(hashMs)}; hash equal)`,
    );
    samples.parse.push(parse.ms);
    samples.validate.push(validateMs);
    samples.write.push(writeMs);
    samples.hash.push(hashMs);
    samples.import.push(result.ms);
    samples.total.push(parse.ms + result.ms);
  }
  // The last import stays; make sure the database agrees with it outside the import's transaction too.
  if ((await contentHash(db)) !== expectedHash) throw new Error('content hash after the import differs');
  const memory: Memory = {
    nodeHeapUsedMb: mb(process.memoryUsage().heapUsed),
    nodePeakRssMb: peakRssMb(),
    neo4jPeakRssMb: (await processMemory(pid))?.peakRssMb ?? null,
  };
  const row = (name: string, s: number[], note: string): BenchResult => ({
    name,
    dataset,
    via: 'library',
    stats: summarise(s),
    note,
  });
  return {
    results: [
      row('import: JSON.parse', samples.parse, 'the file text to objects'),
      row('import: validate', samples.validate, 'every check before writing'),
      row('import: transaction', samples.write, 'emptiness check, batched creates, audit entry, commit'),
      row('import: content hash', samples.hash, 'read back after the commit'),
      row('import: importGraph', samples.import, 'validate + transaction + hash'),
      row('import: JSON total', samples.total, 'what POST /api/import/graph.json does, without HTTP'),
    ],
    memory,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string', default: 'both' },
      'export-runs': { type: 'string', default: '3' },
      'import-runs': { type: 'string', default: '2' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !['seed', 'synthetic', 'both'].includes(values.dataset)) {
    console.log(USAGE);
    return;
  }
  const exportRuns = Number(values['export-runs']);
  const importRuns = Number(values['import-runs']);
  const datasets = values.dataset === 'both' ? ['seed', 'synthetic'] : [values.dataset];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'import-bench-'));
  const results: BenchResult[] = [];
  const meta: Record<string, unknown> = { exportRuns, importRuns, datasets: {} };
  try {
    for (const dataset of datasets) {
      const name = dataset === 'seed' ? 'seed' : 'synthetic-10k';
      console.log(`\n${name}: export from the benchmark store`);
      const source =
        dataset === 'seed' ? await prepareSeedDatabase({ log }) : (await prepareSyntheticDatabase({ log })).bench;
      let exported: Awaited<ReturnType<typeof measureExports>>;
      try {
        exported = await measureExports(source, name, exportRuns, dir);
      } finally {
        await source.close();
      }
      results.push(...exported.results);
      console.log(
        `${name}: import into the scratch database (${IMPORT_DATABASE.dir}, port ${IMPORT_DATABASE.boltPort})`,
      );
      const target = await openBenchDatabase({ ...IMPORT_DATABASE, log });
      let imported: Awaited<ReturnType<typeof measureImports>>;
      try {
        imported = await measureImports(
          target.db,
          target.local.pid,
          name,
          importRuns,
          exported.jsonFile,
          exported.hash,
        );
        await resetDatabase(target.db);
      } finally {
        await target.close();
      }
      results.push(...imported.results);
      (meta.datasets as Record<string, unknown>)[name] = {
        ...exported.sizes,
        contentHash: exported.hash,
        exportMemory: exported.memory,
        importMemory: imported.memory,
      };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`\n${toMarkdownTable(results)}\n`);
  for (const [name, d] of Object.entries(
    meta.datasets as Record<string, Sizes & { exportMemory: Memory; importMemory: Memory }>,
  )) {
    console.log(
      `${name}: ${d.nodes} nodes, ${d.relationships} relationships; JSON ${mb(d.jsonBytes)} MB, GraphML ` +
        `${mb(d.graphmlBytes)} MB, GEXF ${mb(d.gexfBytes)} MB; export: Node peak RSS ${d.exportMemory.nodePeakRssMb} MB, ` +
        `Neo4j peak RSS ${d.exportMemory.neo4jPeakRssMb ?? '?'} MB; import: Node peak RSS ${d.importMemory.nodePeakRssMb} MB, ` +
        `Neo4j peak RSS ${d.importMemory.neo4jPeakRssMb ?? '?'} MB`,
    );
  }
  console.log(`results: ${await writeResults('import', results, { meta })}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
