import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { User } from '../server/auth/users.ts';
import type { Db } from '../server/db/run.ts';
import { checkedChanges } from '../server/editing/scenario-changes.ts';
import { DraftState } from '../server/editing/scenario-draft.ts';
import type { ScenarioChangeInput } from '../server/graphql/generated/resolvers.ts';
import { loadRegionCatalog, loadVocabulary } from '../server/repos/catalog.ts';
import { loadProjection } from '../server/repos/projection/projection.ts';
import { putScenario } from '../server/repos/scenario-writes.ts';

// The seed's ready scenarios (seed/data/scenarios.yaml), such as the report's recommended role split. They are
// drafts, not the map: written after it, each change checked against the seeded map exactly as an editor's change
// would be (server/editing/scenario-changes.ts), so a seed whose scenario no longer holds fails by name.

export const SCENARIOS_FILE = 'scenarios.yaml';

/** Who the seed's scenarios belong to: nationwide, so every change passes the province scope. */
const SEED_USER: User = { name: 'seed', role: 'ADMIN', provinces: [] };

const fileSchema = z.object({
  scenarios: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      title: z.string().min(1).max(200),
      description: z.string().max(4000),
      changes: z.array(z.record(z.string(), z.unknown())).max(500),
    }),
  ),
});

/** Thrown when a ready scenario does not hold on the seeded map; the map itself is written already. */
export class SeedScenarioError extends Error {
  override name = 'SeedScenarioError';
}

/** Writes the ready scenarios of `dir` (none when the file is absent); returns how many. */
export async function seedScenarios(db: Db, dir: string): Promise<number> {
  const file = path.join(dir, SCENARIOS_FILE);
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (text === null) return 0;
  const parsed = fileSchema.safeParse(parse(text));
  if (!parsed.success) throw new SeedScenarioError(`${SCENARIOS_FILE}: ${parsed.error.message}`);
  const [projection, catalog, vocabulary] = await Promise.all([
    loadProjection(db),
    loadRegionCatalog(db),
    loadVocabulary(db),
  ]);
  for (const s of parsed.data.scenarios) {
    let changes;
    try {
      const inputs = s.changes as unknown as ScenarioChangeInput[];
      changes = checkedChanges(
        { user: SEED_USER, catalog, vocabulary },
        new DraftState(projection.rows, []),
        inputs,
        0,
        'changes',
      );
    } catch (e) {
      throw new SeedScenarioError(`${SCENARIOS_FILE}: scenario ${s.id}: ${(e as Error).message}`);
    }
    const { id, title, description } = s;
    await putScenario(db, { id, title, description, owner: SEED_USER.name, baseToken: projection.token, changes });
  }
  return parsed.data.scenarios.length;
}
