import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.ts';
import { seedCounts } from '../helpers/seed-counts.ts';

// Every whoServes answer over the whole seed lists each organisation once: for every target group and every
// province, COROP region, a fixed sample of municipalities and the whole country.

/** The server refuses more aliases than this in one request. */
const ALIASES_PER_REQUEST = 15;
/** Requests in flight at once. */
const PARALLEL = 3;
const MUNICIPALITY_SAMPLE = 42;

interface Statement {
  role: string;
  partial: boolean;
  provenance: { ambiguity: string | null; reading: string | null; sources: { citation: string }[] };
}
interface Match {
  organisation: { id: string };
  role: string;
  statements: Statement[];
}

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const regionIds = async (level: string): Promise<string[]> =>
  (
    await ask<{ regions: { id: string }[] }>('query($l: RegionLevel) { regions(level: $l) { id } }', { l: level })
  ).regions
    .map((r) => r.id)
    .sort();

/** Every `step`-th municipality by CBS code, Enschede always among them: the same sample on every run. */
function sample(ids: readonly string[], size: number): string[] {
  const step = Math.max(1, Math.floor(ids.length / size));
  return [...new Set([...ids.filter((_, i) => i % step === 0).slice(0, size), 'GM0153'])];
}

/** One request: up to ALIASES_PER_REQUEST whoServes questions, answered by alias. */
async function askBatch(pairs: readonly (readonly [string, string])[]): Promise<Match[][]> {
  const fields = pairs.map(
    ([tg, region], i) =>
      `q${i}: whoServes(targetGroup: "${tg}", region: "${region}") { organisation { id } role statements { role } }`,
  );
  const data = await ask<Record<string, Match[]>>(`{ ${fields.join('\n')} }`);
  return pairs.map((_, i) => data[`q${i}`]!);
}

const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('whoServes over the whole seed', () => {
  it('lists no organisation twice for any target group in any province, COROP region, sampled municipality or NL', async () => {
    const { targetGroups } = await ask<{ targetGroups: { id: string }[] }>('{ targetGroups { id } }');
    const municipalities = await regionIds('MUNICIPALITY');
    const regions = [
      ...(await regionIds('PROVINCE')),
      ...(await regionIds('COROP')),
      ...sample(municipalities, MUNICIPALITY_SAMPLE),
      'NL',
    ];
    expect(regions.filter((r) => r.startsWith('PV'))).toHaveLength((await seedCounts()).provinces);
    expect(regions.filter((r) => r.startsWith('GM')).length).toBeGreaterThanOrEqual(40);
    const pairs = targetGroups.flatMap((t) => regions.map((r) => [t.id, r] as const));
    const batches: (readonly (readonly [string, string])[])[] = [];
    for (let i = 0; i < pairs.length; i += ALIASES_PER_REQUEST) batches.push(pairs.slice(i, i + ALIASES_PER_REQUEST));
    const found: string[] = [];
    let answers = 0;
    let statementsSeen = 0;
    for (let i = 0; i < batches.length; i += PARALLEL) {
      const results = await Promise.all(batches.slice(i, i + PARALLEL).map(askBatch));
      results.forEach((result, b) =>
        result.forEach((matches, k) => {
          const [tg, region] = batches[i + b]![k]!;
          answers += 1;
          for (const id of duplicates(matches.map((m) => m.organisation.id))) found.push(`${tg} in ${region}: ${id}`);
          for (const m of matches) {
            statementsSeen += m.statements.length;
            // The row's role is its strongest statement's.
            expect(m.statements[0]?.role, `${tg} in ${region}: ${m.organisation.id}`).toBe(m.role);
          }
        }),
      );
    }
    expect(answers).toBe(pairs.length);
    expect(statementsSeen).toBeGreaterThan(0);
    expect(found).toEqual([]);
  }, 600_000);
});

describe('whoServes for startups in Enschede', () => {
  it('lists Novel-T and Oost NL once each, with both their statements and the sources of each', async () => {
    const { whoServes } = await ask<{ whoServes: Match[] }>(`{
      whoServes(targetGroup: "startup", region: "Enschede") {
        organisation { id } role
        statements { role partial provenance { ambiguity reading sources { citation } } }
      }
    }`);
    const ids = whoServes.map((m) => m.organisation.id);
    expect(duplicates(ids)).toEqual([]);
    for (const id of ['novel-t', 'oost-nl']) {
      const row = whoServes.find((m) => m.organisation.id === id);
      expect(row, id).toBeDefined();
      expect(row!.statements.length, id).toBeGreaterThanOrEqual(2);
      for (const s of row!.statements) expect(s.provenance.sources.length, id).toBeGreaterThan(0);
    }
    const novelT = whoServes.find((m) => m.organisation.id === 'novel-t')!;
    expect(novelT.role).toBe('PRIMARY');
    expect(novelT.statements.map((s) => s.role)).toContain('UNSPECIFIED');
  });
});
