import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processMemory, type ProcessMemory } from '../lib/memory.ts';
import type { FireReport, FireRequest } from './protocol.ts';

/** One case of the load benchmark: a query, its bodies, and how many connections send them. */
export interface LoadCase {
  /** `whoServes random pairs`, `coverage MUNICIPALITY`. */
  readonly name: string;
  readonly connections: number;
  readonly bodies: readonly string[];
  readonly field: string;
  readonly list?: string;
}

/** Memory of the app's process (this one), in MiB. */
export interface NodeMemory {
  readonly rssMb: number;
  readonly heapUsedMb: number;
}

/** One case's measurement: autocannon's report, memory around it and the load average at its end. */
export interface LoadCaseResult extends FireReport {
  readonly name: string;
  readonly connections: number;
  readonly memory: {
    readonly node: { readonly before: NodeMemory; readonly after: NodeMemory; readonly maxRssMb: number };
    readonly neo4j: { readonly before: ProcessMemory | null; readonly after: ProcessMemory | null };
  };
  /** 1-minute load average when the case ended: other work on the machine shows here. */
  readonly load1: number;
}

export interface RunCaseOptions {
  readonly url: string;
  readonly durationSec: number;
  /** The Neo4j JVM's pid, for its resident memory. */
  readonly neo4jPid: number;
  readonly sampleEvery: number;
  readonly timeoutSec: number;
}

const FIRE_LOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fire-load.ts');
/** Past the case's duration and autocannon's own request timeout, the child is taken to hang. */
const HANG_GUARD_MS = 60_000;

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

/** RSS and used heap of this process, the app's. */
export function nodeMemory(): NodeMemory {
  const m = process.memoryUsage();
  return { rssMb: mib(m.rss), heapUsedMb: mib(m.heapUsed) };
}

/** Forks the load generator, hands it the case and waits for its report. */
function fireInChild(request: FireRequest): Promise<FireReport> {
  return new Promise((resolve, reject) => {
    // tsx as the child's loader, so it runs the same TypeScript however the parent was started.
    const child = fork(FIRE_LOAD, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    const guard = setTimeout(
      () => {
        child.kill('SIGKILL');
        finish(() => reject(new Error(`the load generator did not report within ${request.durationSec} s + 60 s`)));
      },
      request.durationSec * 1000 + HANG_GUARD_MS,
    );
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      settle();
    };
    child.once('message', (m: { report?: FireReport; error?: string }) =>
      finish(() => (m.report ? resolve(m.report) : reject(new Error(`load generator: ${m.error}`)))),
    );
    child.once('error', (e) => finish(() => reject(e)));
    child.once('exit', (code, signal) =>
      finish(() => reject(new Error(`the load generator exited without a report (${signal ?? code})`))),
    );
    child.send(request);
  });
}

/**
 * Runs one case against the app in this process: memory of this process and of Neo4j before, the load
 * from a child process for `durationSec`, memory after (and this process's largest RSS, sampled each
 * half second in between).
 * @example const result = await runLoadCase(whoServes10, { url: app.url, durationSec: 20, neo4jPid: bench.local.pid, sampleEvery: 50, timeoutSec: 10 });
 */
export async function runLoadCase(c: LoadCase, opts: RunCaseOptions): Promise<LoadCaseResult> {
  const before = nodeMemory();
  const neo4jBefore = await processMemory(opts.neo4jPid);
  let maxRssMb = before.rssMb;
  const sampler = setInterval(() => {
    maxRssMb = Math.max(maxRssMb, mib(process.memoryUsage.rss()));
  }, 500);
  let report: FireReport;
  try {
    report = await fireInChild({
      url: opts.url,
      connections: c.connections,
      durationSec: opts.durationSec,
      bodies: c.bodies,
      field: c.field,
      list: c.list,
      sampleEvery: opts.sampleEvery,
      timeoutSec: opts.timeoutSec,
    });
  } finally {
    clearInterval(sampler);
  }
  const after = nodeMemory();
  return {
    name: c.name,
    connections: c.connections,
    ...report,
    memory: {
      node: { before, after, maxRssMb: Math.max(maxRssMb, after.rssMb) },
      neo4j: { before: neo4jBefore, after: await processMemory(opts.neo4jPid) },
    },
    load1: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}
