import { openBenchDatabase } from '../lib/bench-database.ts';
import path from 'node:path';
import { ROOT_DIR } from '../../server/config.ts';
const bench = await openBenchDatabase({ dir: path.join(ROOT_DIR, '.neo4j', 'bench'), boltPort: 7696 });
const text = (await import('node:fs')).readFileSync('cypher/read-model/load-projection.cypher', 'utf8');
const parts: Record<string, string> = {
  orgs: `MATCH (o:Organisation) RETURN collect(o {.id, .name, .type, .scale, generic: coalesce(o.generic, false), genericGroup: o:GenericGroup, generated: coalesce(o.generated, false), lines: coalesce(o.lines, []), phases: coalesce(o.phases, []), themes: coalesce(o.themes, []), .validFrom, .validTo, serves: EXISTS { (o)-[:SERVES]->(:TargetGroup) }, refers: EXISTS { (o)-[:REFERS_TO]-(:Organisation) } }) AS x`,
  orgsRows: `MATCH (o:Organisation) RETURN o {.id, .name, .type, .scale, generic: coalesce(o.generic, false), genericGroup: o:GenericGroup, generated: coalesce(o.generated, false), lines: coalesce(o.lines, []), phases: coalesce(o.phases, []), themes: coalesce(o.themes, []), .validFrom, .validTo, serves: EXISTS { (o)-[:SERVES]->(:TargetGroup) }, refers: EXISTS { (o)-[:REFERS_TO]-(:Organisation) } } AS x`,
  statements: `MATCH (o:Organisation)-[s:SERVES]->(t:TargetGroup) RETURN collect({organisation: o.id, targetGroup: t.id, serving: properties(s)}) AS x`,
  statementsRows: `MATCH (o:Organisation)-[s:SERVES]->(t:TargetGroup) RETURN o.id AS organisation, t.id AS targetGroup, properties(s) AS serving`,
  covers: `MATCH (o:Organisation)-[c:COVERS]->(r:Region) RETURN collect({organisation: o.id, region: r.id, partial: coalesce(c.partial, false), validFrom: c.validFrom, validTo: c.validTo}) AS x`,
  referrals: `MATCH (a:Organisation)-[x:REFERS_TO]->(b:Organisation) RETURN collect({id: x.relId, from: a.id, to: b.id, kind: x.kind, status: x.status, targetGroups: coalesce(x.targetGroups, []), validFrom: x.validFrom, validTo: x.validTo}) AS x`,
  referralsRows: `MATCH (a:Organisation)-[x:REFERS_TO]->(b:Organisation) RETURN x.relId AS id, a.id AS from, b.id AS to, x.kind AS kind, x.status AS status, coalesce(x.targetGroups, []) AS targetGroups, x.validFrom AS validFrom, x.validTo AS validTo`,
  whole: text,
};
for (let round = 0; round < 2; round++) {
  for (const [name, q] of Object.entries(parts)) {
    const s = bench.driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
    const t = performance.now();
    const r = await s.run(q);
    const ms = performance.now() - t;
    console.log(
      round,
      name,
      Math.round(ms),
      'ms; server available after',
      r.summary.resultAvailableAfter.toString(),
      'consumed',
      r.summary.resultConsumedAfter.toString(),
      'records',
      r.records.length,
    );
    await s.close();
  }
}
await bench.close();
