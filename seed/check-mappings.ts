import type { SeedError } from './read-files.ts';
import { SEED_FILES as F } from './read-files.ts';
import type { SeedData } from './schema.ts';
import { regionIdsOf } from './seed-ids.ts';

/**
 * Checks where sources have looked (mappings.yaml) and how target groups nest (vocabulary.yaml `subsetOf`):
 * every mapping names a known region, known target groups and an existing factsheet about that very region, no
 * region × group is mapped twice by one source, and the nesting of target groups has no cycle.
 */
export function mappingErrors(d: SeedData): SeedError[] {
  const errors: SeedError[] = [];
  const regionIds = regionIdsOf(d);
  const groups = new Set(d.vocabulary.targetGroups.map((t) => t.id));
  const factsheets = new Map(d.factsheets.map((f) => [f.id, f]));
  const seen = new Set<string>();
  for (const m of d.mappings) {
    const err = (field: string, message: string) => errors.push({ file: F.mappings, record: m.id, field, message });
    if (seen.has(m.id)) err('id', `duplicate id "${m.id}"`);
    seen.add(m.id);
    if (!regionIds.has(m.region)) err('region', `unknown region "${m.region}"`);
    const pairs = new Set<string>();
    m.targetGroups.forEach((t, i) => {
      if (!groups.has(t)) err(`targetGroups[${i}]`, `unknown target group "${t}"`);
      if (pairs.has(t)) err(`targetGroups[${i}]`, `"${t}" is listed twice`);
      pairs.add(t);
    });
    if (m.factsheet !== undefined) {
      const f = factsheets.get(m.factsheet);
      if (!f) err('factsheet', `unknown factsheet "${m.factsheet}"`);
      else if (f.province !== m.region)
        err('factsheet', `factsheet "${m.factsheet}" is about ${f.province}, not ${m.region}`);
    }
  }
  const parent = new Map(d.vocabulary.targetGroups.map((t) => [t.id, t.subsetOf]));
  for (const t of d.vocabulary.targetGroups) {
    const err = (message: string) => errors.push({ file: F.vocabulary, record: t.id, field: 'subsetOf', message });
    // An unknown parent is reported by check-references.ts; here only cycles.
    if (t.subsetOf === undefined) continue;
    const path = [t.id];
    for (let p: string | undefined = t.subsetOf; p !== undefined; p = parent.get(p)) {
      if (path.includes(p)) {
        err(`target groups nest in a cycle: ${[...path, p].join(' → ')}`);
        break;
      }
      path.push(p);
    }
  }
  return errors;
}
