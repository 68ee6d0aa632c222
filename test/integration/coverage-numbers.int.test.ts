import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.ts';

// One number, one meaning: over the whole seed, a coverage cell's status follows from its regional number, and that
// number is what whoServes lists for the same region and group once national providers are set apart.

interface Cell {
  region: string;
  targetGroup: string;
  status: string;
  providers: number;
  primaryProviders: number;
  regionalProviders: number;
  nationalProviders: number;
  providerIds: string[];
}
interface Match {
  role: string;
  regional: boolean;
  specificity: string;
  organisation: { id: string; generic: boolean };
}

const COVERAGE = `query($level: RegionLevel!) {
  coverage(level: $level) {
    cells { region targetGroup status providers primaryProviders regionalProviders nationalProviders providerIds }
  }
}`;

async function cellsOf(level: 'PROVINCE' | 'MUNICIPALITY'): Promise<Cell[]> {
  const res = await gql<{ coverage: { cells: Cell[] } }>(COVERAGE, { level });
  expect(res.errors).toBeUndefined();
  return res.data!.coverage.cells;
}

/** whoServes for many cells: 15 aliased fields per request (the server's alias limit), a few requests at a time. */
async function whoServesAll(cells: readonly Cell[]): Promise<Match[][]> {
  const batches: Cell[][] = [];
  for (let i = 0; i < cells.length; i += 15) batches.push(cells.slice(i, i + 15));
  const ask = async (batch: readonly Cell[]): Promise<Match[][]> => {
    const fields = batch.map(
      (c, j) =>
        `w${j}: whoServes(targetGroup: ${JSON.stringify(c.targetGroup)}, region: ${JSON.stringify(c.region)}) {
          role regional specificity organisation { id generic } }`,
    );
    const res = await gql<Record<string, Match[]>>(`{ ${fields.join('\n')} }`);
    expect(res.errors).toBeUndefined();
    return batch.map((_, j) => res.data![`w${j}`]!);
  };
  const out: Match[][] = [];
  for (let i = 0; i < batches.length; i += 4) {
    for (const answers of await Promise.all(batches.slice(i, i + 4).map(ask))) out.push(...answers);
  }
  return out;
}

/** The rule of domain/coverage.ts, restated from what the API shows: not through the whole country, not a group. */
const regionalByRule = (m: Match) => m.specificity !== 'COUNTRY' && !m.organisation.generic;

function checkCell(cell: Cell, matches: readonly Match[]) {
  const where = `${cell.region} × ${cell.targetGroup}`;
  // The status follows from the regional number.
  expect(cell.status === 'GAP', where).toBe(cell.regionalProviders === 0);
  if (cell.status === 'THIN') expect(cell.regionalProviders, where).toBe(1);
  if (cell.status === 'OVERLAP') expect(cell.primaryProviders, where).toBeGreaterThanOrEqual(2);
  expect(cell.primaryProviders, where).toBeLessThanOrEqual(cell.regionalProviders);
  expect(cell.providers, where).toBe(cell.regionalProviders + cell.nationalProviders);
  expect(cell.providerIds, where).toHaveLength(cell.providers);
  // The number equals the distinct regional organisations whoServes lists; national ones are counted apart.
  const served = matches.filter((m) => m.role !== 'NOT_SERVED');
  for (const m of served) expect(m.regional, `${where}: ${m.organisation.id}`).toBe(regionalByRule(m));
  const regional = new Set(served.filter(regionalByRule).map((m) => m.organisation.id));
  const all = new Set(served.map((m) => m.organisation.id));
  expect(cell.regionalProviders, where).toBe(regional.size);
  expect(cell.nationalProviders, where).toBe(all.size - regional.size);
  expect(cell.providerIds, where).toEqual([...all].sort());
}

describe('coverage numbers', () => {
  it('agree with the status and with whoServes in every province cell of every group', async () => {
    const cells = await cellsOf('PROVINCE');
    expect(cells.length).toBeGreaterThan(12 * 5);
    const answers = await whoServesAll(cells);
    cells.forEach((c, i) => checkCell(c, answers[i]!));
    // The seed has cells that only national providers reach: the case the numbers used to disagree on.
    expect(cells.some((c) => c.status === 'GAP' && c.nationalProviders > 0)).toBe(true);
  }, 120_000);

  it('agree with the status and with whoServes in every municipality cell of every group', async () => {
    const cells = await cellsOf('MUNICIPALITY');
    expect(cells.length).toBeGreaterThan(342 * 5);
    const answers = await whoServesAll(cells);
    cells.forEach((c, i) => checkCell(c, answers[i]!));
  }, 600_000);
});
