import type { ProcessMemory } from '../lib/memory.ts';
import { formatMs } from '../lib/results.ts';
import type { LoadCaseResult, NodeMemory } from './run-case.ts';

const arrow = (before: number | undefined, after: number | undefined) => `${before ?? '?'} → ${after ?? '?'}`;
const rss = (m: ProcessMemory | null) => m?.rssMb;

/** Memory when the app has started, before the first case: Node before and after starting the app, and Neo4j. */
export interface StartupMemory {
  readonly nodeBeforeApp: NodeMemory;
  readonly nodeAfterApp: NodeMemory;
  readonly neo4j: ProcessMemory | null;
}

/**
 * The memory at start-up as one line: what starting the app added to this process, and Neo4j's RSS.
 * @example console.log(describeStartup(startup))
 */
export function describeStartup(m: StartupMemory): string {
  return (
    `memory with the app started: Node RSS ${arrow(m.nodeBeforeApp.rssMb, m.nodeAfterApp.rssMb)} MiB, ` +
    `heap ${arrow(m.nodeBeforeApp.heapUsedMb, m.nodeAfterApp.heapUsedMb)} MiB; Neo4j RSS ${rss(m.neo4j) ?? '?'} MiB`
  );
}

/**
 * One case's result as the line printed when it ends: throughput, p50/p99, every kind of failure, and the memory
 * of the app's process and of Neo4j before → after (MiB).
 * @example console.log(describeCase(result))
 */
export function describeCase(r: LoadCaseResult): string {
  const { node, neo4j } = r.memory;
  return (
    `${r.requests} requests, ${r.reqPerSec.toFixed(1)} req/s, p50 ${formatMs(r.latency.p50)} ms, ` +
    `p99 ${formatMs(r.latency.p99)} ms, non-2xx ${r.status.non2xx}, errors ${r.errors} (timeouts ${r.timeouts}), ` +
    `GraphQL errors ${r.graphqlErrors}, bad samples ${r.shapeProblems}/${r.sampled}` +
    `${r.firstProblem ? ` (${r.firstProblem})` : ''}; ` +
    `Node RSS ${arrow(node.before.rssMb, node.after.rssMb)} MiB (max ${node.maxRssMb}), ` +
    `heap ${arrow(node.before.heapUsedMb, node.after.heapUsedMb)} MiB, ` +
    `Neo4j RSS ${arrow(rss(neo4j.before), rss(neo4j.after))} MiB`
  );
}

/**
 * The load results as a markdown table, one row per case: throughput, latency, every kind of failure
 * (non-2xx, connection errors with timeouts in brackets, GraphQL errors in 200s, sampled bodies without
 * the expected data), and memory before → after.
 * @example console.log(toLoadTable(results))
 */
export function toLoadTable(results: readonly LoadCaseResult[]): string {
  const header =
    '| case | conn. | s | requests | req/s | p50 ms | p99 ms | non-2xx | errors (timeouts) | GraphQL errors | ' +
    'bad samples | Node RSS MiB | Node heap MiB | Neo4j RSS MiB | load1 |';
  const rule = '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|';
  const rows = results.map((r) => {
    const node = r.memory.node;
    const cells = [
      r.name,
      r.connections,
      Math.round(r.durationSec),
      r.requests,
      r.reqPerSec.toFixed(1),
      formatMs(r.latency.p50),
      formatMs(r.latency.p99),
      r.status.non2xx,
      `${r.errors} (${r.timeouts})`,
      r.graphqlErrors,
      `${r.shapeProblems} / ${r.sampled}`,
      arrow(node.before.rssMb, node.after.rssMb),
      arrow(node.before.heapUsedMb, node.after.heapUsedMb),
      arrow(rss(r.memory.neo4j.before), rss(r.memory.neo4j.after)),
      r.load1.toFixed(2),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
