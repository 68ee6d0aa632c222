import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toMarkdownTable, writeResults, type BenchResult } from './results.ts';

const stats = (p50: number) => ({ p50, p95: p50 * 2, mean: p50, min: p50 / 2, max: p50 * 3, n: 10 });
const results: BenchResult[] = [
  { name: 'whoServes', dataset: 'seed', via: 'api', stats: stats(6) },
  { name: 'whoServes', dataset: 'seed', via: 'cypher', stats: stats(4) },
  { name: 'coverage', dataset: 'seed', via: 'api', stats: stats(120) },
];

describe('toMarkdownTable', () => {
  it('shows the api ÷ cypher ratio of p50 where both were measured', () => {
    const lines = toMarkdownTable(results).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe('| whoServes | seed | api | 10 | 6.00 | 12.0 | 6.00 | 3.00 | 18.0 | 1.50× |');
    expect(lines[4]).toMatch(/^\| coverage \| seed \| api \| 10 \| 120 \| 240 \| 120 \| 60\.0 \| 360 \| {2}\|$/);
  });
});

describe('writeResults', () => {
  it('writes <name>-<date>.json with the machine and the results', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-results-'));
    const file = await writeResults('api', results, {
      dir,
      date: new Date('2025-01-02T03:04:05.678Z'),
      meta: { orgs: 1 },
    });
    expect(path.basename(file)).toBe('api-2025-01-02T03-04-05Z.json');
    const body = JSON.parse(await readFile(file, 'utf8'));
    expect(body.results).toHaveLength(3);
    expect(body.meta).toEqual({ orgs: 1 });
    expect(body.machine.cpus).toBeGreaterThan(0);
  });
});
