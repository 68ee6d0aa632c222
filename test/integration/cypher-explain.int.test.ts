import { describe, expect, it } from 'vitest';
import { loadCypherFiles } from '../../server/db/cypher.ts';
import { CYPHER_DIR, QUERY_NAMES } from '../../server/db/queries.ts';
import { testDriver } from '../helpers/db.ts';

const files = [...loadCypherFiles(CYPHER_DIR).values()].filter((f) => !f.name.startsWith('schema/'));

describe('the Cypher files', () => {
  it('are exactly the queries the server lists', () => {
    expect(files.map((f) => f.name).sort()).toEqual([...QUERY_NAMES].sort());
  });

  it.each(files.map((f) => [f.name, f] as const))('%s passes EXPLAIN on the real Neo4j', async (_name, file) => {
    const session = testDriver().session({ database: 'neo4j' });
    try {
      // Parameters get null: EXPLAIN plans the query without running it, so only names matter.
      const params = Object.fromEntries(file.params.map((p) => [p, null]));
      const result = await session.run(`EXPLAIN ${file.text.replace(/^\s*\/\/.*$/gm, '').trim()}`, params);
      expect(result.summary.plan).not.toBe(false);
    } finally {
      await session.close();
    }
  });
});
