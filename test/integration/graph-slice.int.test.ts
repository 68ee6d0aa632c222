import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { relevantRegionIds } from '../../server/domain/providers.ts';
import { loadRegionCatalog } from '../../server/repos/catalog.ts';
import { findGraphSlice, graphQuery, type GraphQuery, type GraphSliceRow } from '../../server/repos/graph.ts';
import { createGraphSlices } from '../../server/repos/graph-slices.ts';
import { testDb } from '../helpers/db.ts';

// graph/find-graph-slice streams one row per organisation and relation; before, it collected the whole slice into one
// row of maps (test/fixtures/cypher/find-graph-slice-collected.cypher). On the seed, both give the same slice for
// every filter below: the same organisations with the same fields, the same relations, in the same order.

const COLLECTED = readFileSync(path.join(ROOT_DIR, 'test/fixtures/cypher/find-graph-slice-collected.cypher'), 'utf8');

async function collected(q: GraphQuery): Promise<GraphSliceRow> {
  const [row] = await testDb().readRaw<GraphSliceRow & Record<string, unknown>>(
    'test/graph-slice-collected',
    COLLECTED,
    {
      ...q,
    },
  );
  return row!;
}

/** A graph query with a region id in place of the region ids the resolver derives from it. */
type Filter = Partial<Omit<GraphQuery, 'regionIds'>> & { region?: string };

const FILTERS: Record<string, Filter> = {
  'the whole map': {},
  'the first 40 organisations': { limit: 40 },
  'Fryslân (PV21)': { region: 'PV21' },
  'a municipality (Zwolle, GM0193)': { region: 'GM0193' },
  'breed mkb, primary': { targetGroups: ['breed-mkb'], roles: ['primary'] },
  'startups in Noord-Brabant in 2019': { region: 'PV30', targetGroups: ['startup'], asOf: 2019 },
  'referrals that are active': { relationTypes: ['REFERS_TO'], statuses: ['active'] },
  'phases and themes': { phases: ['kunnen'], themes: ['innovatie'] },
  'regional executors without generic groups': { types: ['regional-executor'], excludeGeneric: true },
  'every public body, in 2015': { allPublicBodies: true, asOf: 2015 },
};

describe('graph/find-graph-slice', () => {
  for (const [name, given] of Object.entries(FILTERS)) {
    it(`gives the slice the collected query gave: ${name}`, async () => {
      const db = testDb();
      const { region, ...rest } = given;
      const regionIds = region ? relevantRegionIds(await loadRegionCatalog(db), region) : null;
      const q = graphQuery({ limit: 5000, ...rest, regionIds });
      const [streamed, before] = await Promise.all([findGraphSlice(db, q), collected(q)]);
      expect(streamed).toEqual(before);
      expect(streamed.nodes.length).toBeGreaterThan(0);
    });
  }

  it('finds relations and served groups in the slices above (the comparison is not of empty lists)', async () => {
    const slice = await findGraphSlice(testDb(), graphQuery({ limit: 5000 }));
    expect(slice.edges.length).toBeGreaterThan(100);
    expect(slice.nodes.filter((n) => n.serves.length > 1).length).toBeGreaterThan(10);
    expect(slice.total).toBe(slice.nodes.length);
  });
});

describe('graph slices remembered per version of the map', () => {
  const q = graphQuery({ limit: 100, relationTypes: ['REFERS_TO'] });

  it('answers the same slice from memory while the data-version token stays the same', async () => {
    const slices = createGraphSlices(testDb());
    const first = await slices.find(q);
    expect(await slices.find(q)).toBe(first);
    expect(await slices.find({ ...q, limit: 99 })).not.toBe(first);
    expect(first).toEqual(await findGraphSlice(testDb(), q));
  });

  it('reads the slice again once a write has given the map a new token', async () => {
    const db = testDb();
    const slices = createGraphSlices(db);
    const before = await slices.find(q);
    await db.write('read-model/stamp-data-version');
    const after = await slices.find(q);
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
  });

  it('reads every slice when told not to remember', async () => {
    const slices = createGraphSlices(testDb(), { remember: false });
    const first = await slices.find(q);
    expect(await slices.find(q)).not.toBe(first);
  });
});
