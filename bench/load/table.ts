import type { ProcessMemory } from '../lib/memory.ts';
import { formatMs } from '../lib/results.ts';
import type { LoadCaseResult } from './run-case.ts';

const arrow = (before: number | undefined, after: number | undefined) => `${before ?? '?'} → ${after ?? '?'}`;
const rss = (m: ProcessMemory | null) => m?.rssMb;

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

/**
 * One case's result on one line, as the load benchmarks print it while they run.
 * @example console.log(toLoadLine(r)) // "  812 requests, 81.2 req/s, p50 562 ms, p99 2810 ms, non-2xx 0, …"
 */
export function toLoadLine(r: LoadCaseResult): string {
  return (
    `  ${r.requests} requests, ${r.reqPerSec.toFixed(1)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
    `non-2xx ${r.status.non2xx}, errors ${r.errors}, GraphQL errors ${r.graphqlErrors}, ` +
    `bad samples ${r.shapeProblems}/${r.sampled}${r.firstProblem ? ` (${r.firstProblem})` : ''}`
  );
}
