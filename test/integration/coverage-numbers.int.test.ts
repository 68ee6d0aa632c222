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
  localProviders: number;
  providerIds: string[];
  mappings: { region: { id: string }; targetGroup: string }[];
}
interface Match {
  role: string;
  regional: boolean;
  local: boolean;
  specificity: string;
  organisation: { id: string; generic: boolean };
}

const COVERAGE = `query($level: RegionLevel!) {
  coverage(level: $level) {
    cells {
      region targetGroup status providers primaryProviders regionalProviders nationalProviders localProviders providerIds
      mappings { region { id } targetGroup }
    }
  }
}`;

async function cellsOf(level: 'PROVINCE' | 'MUNICIPALITY'): Promise<Cell[]> {
  const res = await gql<{ coverage: { cells: Cell[] } }>(COVERAGE, { level });
  expect(res.errors).toBeUndefined();
  return res.data!.coverage.cells;
}

/** whoServes and coverageCell for many cells: 7 pairs of aliased fields per request (the server's limit is 15). */
async function whoServesAll(cells: readonly Cell[]): Promise<{ matches: Match[]; cell: Cell }[]> {
  const batches: Cell[][] = [];
  for (let i = 0; i < cells.length; i += 7) batches.push(cells.slice(i, i + 7));
  const ask = async (batch: readonly Cell[]): Promise<{ matches: Match[]; cell: Cell }[]> => {
    // The answer panel asks whoServes and coverageCell together: both must tell the matrix's story.
    const fields = batch.map((c, j) => {
      const args = `targetGroup: ${JSON.stringify(c.targetGroup)}, region: ${JSON.stringify(c.region)}`;
      return `w${j}: whoServes(${args}) { role regional local specificity organisation { id generic } }
        c${j}: coverageCell(${args}) {
          region targetGroup status providers primaryProviders regionalProviders nationalProviders localProviders providerIds
          mappings { region { id } targetGroup }
        }`;
    });
    const res = await gql<Record<string, unknown>>(`{ ${fields.join('\n')} }`);
    expect(res.errors).toBeUndefined();
    return batch.map((_, j) => ({ matches: res.data![`w${j}`] as Match[], cell: res.data![`c${j}`] as Cell }));
  };
  const out: { matches: Match[]; cell: Cell }[] = [];
  for (let i = 0; i < batches.length; i += 4) {
    for (const answers of await Promise.all(batches.slice(i, i + 4).map(ask))) out.push(...answers);
  }
  return out;
}

/**
 * The rule of domain/coverage.ts, restated from what the API shows: not through the whole country, not a group,
 * not local (a municipality reaching a larger region only through itself).
 */
const regionalByRule = (m: Match) => m.specificity !== 'COUNTRY' && !m.organisation.generic && !m.local;
/** Local by the same rule: reaching the region only through municipalities inside it. */
const localByRule = (m: Match) => m.local && m.specificity === 'MUNICIPALITY' && !m.organisation.generic;

function checkCell(cell: Cell, answer: { matches: readonly Match[]; cell: Cell }) {
  const { matches } = answer;
  const where = `${cell.region} × ${cell.targetGroup}`;
  expect(answer.cell, where).toEqual(cell);
  // The status follows from the regional number, and from whether a source looked: unknown is not a gap.
  expect(cell.status === 'GAP' || cell.status === 'UNMAPPED', where).toBe(cell.regionalProviders === 0);
  if (cell.status === 'GAP') expect(cell.mappings.length, where).toBeGreaterThan(0);
  if (cell.status === 'UNMAPPED') expect(cell.mappings, where).toEqual([]);
  if (cell.status === 'THIN') expect(cell.regionalProviders, where).toBe(1);
  if (cell.status === 'OVERLAP') expect(cell.primaryProviders, where).toBeGreaterThanOrEqual(2);
  expect(cell.primaryProviders, where).toBeLessThanOrEqual(cell.regionalProviders);
  expect(cell.providers, where).toBe(cell.regionalProviders + cell.nationalProviders + cell.localProviders);
  expect(cell.providerIds, where).toHaveLength(cell.providers);
  // The number equals the distinct regional organisations whoServes lists; national ones are counted apart.
  const served = matches.filter((m) => m.role !== 'NOT_SERVED');
  for (const m of served) expect(m.regional, `${where}: ${m.organisation.id}`).toBe(regionalByRule(m));
  const regional = new Set(served.filter(regionalByRule).map((m) => m.organisation.id));
  const local = new Set(served.filter((m) => !m.regional && localByRule(m)).map((m) => m.organisation.id));
  const all = new Set(served.map((m) => m.organisation.id));
  expect(cell.regionalProviders, where).toBe(regional.size);
  expect(cell.localProviders, where).toBe(local.size);
  expect(cell.nationalProviders, where).toBe(all.size - regional.size - local.size);
  expect(cell.providerIds, where).toEqual([...all].sort());
}

describe('coverage numbers', () => {
  it('agree with the status and with whoServes in every province cell of every group', async () => {
    const cells = await cellsOf('PROVINCE');
    expect(cells.length).toBeGreaterThan(12 * 5);
    const answers = await whoServesAll(cells);
    cells.forEach((c, i) => checkCell(c, answers[i]!));
    // The seed has cells that only national providers reach: the case the numbers used to disagree on.
    const nationalOnly = cells.filter((c) => c.regionalProviders === 0 && c.nationalProviders > 0);
    const seen = nationalOnly.map((c) => `${c.region}/${c.targetGroup} ${c.status} ${c.mappings.length}`).join(', ');
    expect(
      nationalOnly.some((c) => c.status === 'UNMAPPED'),
      `cells without a regional provider: ${seen}`,
    ).toBe(true);
    // Mapped and unmapped provinces both occur, and every mapped cell is one of the five factsheet provinces.
    expect(cells.some((c) => c.mappings.length > 0) && cells.some((c) => c.mappings.length === 0)).toBe(true);
    // Utrecht: no regional first-line service for the breed mkb (Factsheet Utrecht [L1551]), while each of its 26
    // municipalities serves all groups in its own municipality ([L1553]): a gap with 26 local providers beside it.
    const utrecht = cells.find((c) => c.region === 'PV26' && c.targetGroup === 'breed-mkb')!;
    expect(utrecht).toMatchObject({ status: 'GAP', regionalProviders: 0, localProviders: 26 });
    const mapped = new Set(cells.filter((c) => c.mappings.length > 0).map((c) => c.region));
    expect([...mapped].sort()).toEqual(['PV21', 'PV23', 'PV26', 'PV28', 'PV30']);
  }, 120_000);

  it('agree with the status and with whoServes in every municipality cell of every group', async () => {
    const cells = await cellsOf('MUNICIPALITY');
    expect(cells.length).toBeGreaterThan(342 * 5);
    const answers = await whoServesAll(cells);
    cells.forEach((c, i) => checkCell(c, answers[i]!));
  }, 600_000);
});
