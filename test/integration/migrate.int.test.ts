import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate.ts';
import { CYPHER_DIR } from '../../server/db/queries.ts';
import { testDb } from '../helpers/db.ts';

describe('schema migrations', () => {
  it('records every applied file so a second run applies nothing', async () => {
    const report = await migrate(testDb());
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied.length).toBeGreaterThan(0);
    const rows = await testDb().read<{ id: string }>('migrations/list-applied');
    expect(rows.map((r) => r.id)).toEqual(report.alreadyApplied);
  });

  it('refuses to run when an applied migration file was edited', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cypher-'));
    await cp(CYPHER_DIR, dir, { recursive: true });
    const first = path.join(dir, 'schema', '001-migrations.cypher');
    await writeFile(
      first,
      '// edited\nCREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;\n',
    );
    await expect(migrate(testDb(), dir)).rejects.toThrow(/001-migrations.cypher changed after it was applied/);
  });
});
