import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../../server/config.ts';
import { NEO4J_VERSION } from '../../server/neo4j-local/index.ts';
import type { Stats } from './time-it.ts';

/** One measured case. Rows with the same name and dataset, via 'api…' and via 'cypher', are compared. */
export interface BenchResult {
  /** What was measured: `whoServes`, `coverage 342×16`. */
  readonly name: string;
  /** What it ran on: `seed`, `synthetic-10k`. */
  readonly dataset: string;
  /** `api` (GraphQL over HTTP in-process), `api fresh` (the same without remembered answers) or `cypher` (the direct computation: the same query straight through the driver, or the resolver called in-process), or another label. */
  readonly via: string;
  readonly stats: Stats;
  readonly note?: string;
}

/** The machine a run was made on, written with every result file. */
export interface MachineInfo {
  readonly cpuModel: string;
  readonly cpus: number;
  readonly memoryGb: number;
  readonly platform: string;
  readonly node: string;
  readonly neo4j: string;
}

export const RESULTS_DIR = path.join(ROOT_DIR, 'bench', 'results');

/** Describes this machine (no host name: result files may be shared). */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    neo4j: `${NEO4J_VERSION} (embedded, bench/lib/bench-database.ts)`,
  };
}

/** Milliseconds with precision that matches their size: 0.42, 4.21, 42.1, 421. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

/**
 * A markdown table of results, one row each, in the given order. An `api` row whose case also has a
 * `cypher` row gets the ratio of their p50s: the API's overhead over the bare query.
 * @example console.log(toMarkdownTable(results))
 */
export function toMarkdownTable(results: readonly BenchResult[]): string {
  const baseline = new Map(
    results.filter((r) => r.via === 'cypher').map((r) => [`${r.name}\u0000${r.dataset}`, r.stats.p50]),
  );
  const header = '| benchmark | dataset | via | n | p50 ms | p95 ms | mean ms | min ms | max ms | api ÷ direct (p50) |';
  const rule = '|---|---|---|--:|--:|--:|--:|--:|--:|--:|';
  const rows = results.map((r) => {
    const base = r.via.startsWith('api') ? baseline.get(`${r.name}\u0000${r.dataset}`) : undefined;
    const ratio = base !== undefined && base > 0 ? `${(r.stats.p50 / base).toFixed(2)}×` : '';
    const s = r.stats;
    return `| ${r.name} | ${r.dataset} | ${r.via} | ${s.n} | ${[s.p50, s.p95, s.mean, s.min, s.max].map(formatMs).join(' | ')} | ${ratio} |`;
  });
  return [header, rule, ...rows].join('\n');
}

/** `2025-11-27T19-40-12Z`: sortable, and valid in a file name on every system. */
function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

/**
 * Writes `bench/results/<name>-<date>.json` (git-ignored) with the machine, any `meta` (dataset sizes,
 * options) and the results; returns the file's path.
 * @example const file = await writeResults('api', results, { meta: { orgs: 10_000 } });
 */
export async function writeResults(
  name: string,
  results: readonly BenchResult[],
  opts: { dir?: string; date?: Date; meta?: Record<string, unknown> } = {},
): Promise<string> {
  const date = opts.date ?? new Date();
  const dir = opts.dir ?? RESULTS_DIR;
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}-${stamp(date)}.json`);
  const body = { name, date: date.toISOString(), machine: machineInfo(), meta: opts.meta ?? {}, results };
  await writeFile(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}
