import { afterAll, describe, expect, it } from 'vitest';
import { findDataVersion, loadProjection } from '../../server/repos/projection/projection.ts';
import { resetDatabase, seedDatabase } from '../../seed/load.ts';
import { resetToSeed, testDb } from '../helpers/db.ts';

// Neo4j shows a committed transaction's changes to other readers while it applies them: a reader may see the token a
// large write set and not yet the nodes it created. A read model that read its projection in that moment would keep
// an empty map under the newest token. The token renewed after the commit (server/db/run.ts) tells it to read again;
// so no projection read with the newest token may miss anything.

afterAll(resetToSeed);

describe('the data-version token', () => {
  it('is never seen before the write it stands for is wholly visible', async () => {
    const db = testDb();
    const seeded = (await loadProjection(db)).size.organisations;
    expect(seeded).toBeGreaterThan(400);
    const early: string[] = [];
    let reads = 0;
    // Twice the map is emptied and seeded again (one large transaction) while a reader reads as the read model does:
    // the token, then the projection. Before the second token, each round showed the final token with none of the
    // seed's organisations several times (80 of 1,094 reads over ten rounds, every round at least twice).
    for (let round = 0; round < 2; round++) {
      await resetDatabase(db);
      let done = false;
      const seen: { token: string | null; organisations: number }[] = [];
      const reader = (async () => {
        while (!done) {
          const p = await loadProjection(db);
          seen.push({ token: p.token, organisations: p.size.organisations });
        }
      })();
      await seedDatabase(db);
      const final = await findDataVersion(db);
      done = true;
      await reader;
      reads += seen.length;
      for (const s of seen) {
        if (s.token === final && s.organisations !== seeded) early.push(`round ${round}: ${s.organisations}`);
      }
    }
    expect(reads).toBeGreaterThan(10);
    expect(early).toEqual([]);
  }, 240_000);
});
