import { describe, expect, it } from 'vitest';
import type { LoadCaseResult } from './run-case.ts';
import { describeCase, describeStartup, toLoadTable } from './table.ts';

const result: LoadCaseResult = {
  name: 'whoServes random pairs',
  connections: 50,
  durationSec: 10.02,
  requests: 4321,
  reqPerSec: 432.1,
  latency: { mean: 110, p50: 104.4, p90: 180, p99: 251.7, max: 400 },
  status: { '2xx': 4319, '4xx': 0, '5xx': 2, non2xx: 2 },
  errors: 3,
  timeouts: 1,
  graphqlErrors: 0,
  sampled: 86,
  shapeProblems: 0,
  firstProblem: null,
  bytesPerSec: 1_000_000,
  memory: {
    node: { before: { rssMb: 210, heapUsedMb: 80 }, after: { rssMb: 260, heapUsedMb: 95 }, maxRssMb: 270 },
    neo4j: { before: { rssMb: 1100, peakRssMb: 1100 }, after: null },
  },
  load1: 3.456,
};

describe('toLoadTable', () => {
  it('writes one row per case with failures and memory before → after', () => {
    const lines = toLoadTable([result, { ...result, connections: 10 }]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]!.split('|').length).toBe(lines[1]!.split('|').length);
    expect(lines[2]).toBe(
      '| whoServes random pairs | 50 | 10 | 4321 | 432.1 | 104 | 252 | 2 | 3 (1) | 0 | 0 / 86 | 210 → 260 | 80 → 95 | 1100 → ? | 3.46 |',
    );
    expect(lines[3]).toContain('| whoServes random pairs | 10 |');
  });
});

describe('describeCase', () => {
  it('prints p99, every kind of failure and the memory of Node and Neo4j before → after', () => {
    expect(describeCase(result)).toBe(
      '4321 requests, 432.1 req/s, p50 104 ms, p99 252 ms, non-2xx 2, errors 3 (timeouts 1), GraphQL errors 0, ' +
        'bad samples 0/86; Node RSS 210 → 260 MiB (max 270), heap 80 → 95 MiB, Neo4j RSS 1100 → ? MiB',
    );
  });

  it('names the first bad sample', () => {
    expect(describeCase({ ...result, shapeProblems: 1, firstProblem: 'no list at data.whoServes' })).toContain(
      'bad samples 1/86 (no list at data.whoServes);',
    );
  });
});

describe('describeStartup', () => {
  it('prints what starting the app added to the process, and Neo4j at that moment', () => {
    const line = describeStartup({
      nodeBeforeApp: { rssMb: 150, heapUsedMb: 40 },
      nodeAfterApp: { rssMb: 190, heapUsedMb: 62 },
      neo4j: null,
    });
    expect(line).toBe('memory with the app started: Node RSS 150 → 190 MiB, heap 40 → 62 MiB; Neo4j RSS ? MiB');
  });
});
