import type { SeedError } from './read-files.ts';
import { SEED_FILES as F } from './read-files.ts';
import type { SeedData } from './schema.ts';
import { looseKey } from '../server/domain/search-key.ts';

/**
 * Checks the everyday names of municipalities: each entry names a municipality of the CSV under its CBS name, and
 * no alias is already another region's name or alias — an alias that made "Utrecht" or "Zuidwest-Friesland"
 * ambiguous would break questions that work today.
 */
export function regionAliasErrors(d: SeedData): SeedError[] {
  const errors: SeedError[] = [];
  const err = (record: string, field: string, message: string) =>
    errors.push({ file: F.regions, record, field, message });
  const r = d.regions;
  const owners = new Map<string, Set<string>>();
  const claim = (id: string, names: readonly string[]) => {
    for (const n of names) {
      const key = looseKey(n);
      owners.set(key, (owners.get(key) ?? new Set()).add(id));
    }
  };
  claim('NL', [r.country.name, ...r.country.aliases]);
  for (const k of r.kvkRegions) claim(k.id, [k.name, ...k.aliases]);
  for (const row of d.kvkRegionRows) claim(row.provinceCode, [row.provinceName]);
  for (const p of r.provinces) claim(p.id, p.aliases);
  for (const m of d.municipalities) claim(m.coropCode, [m.coropName]);
  for (const c of r.coropAliases) claim(c.id, c.aliases);
  for (const m of d.municipalities) claim(m.code, [m.name]);
  for (const a of r.areas) claim(a.id, [a.name, ...a.aliases]);

  const byCode = new Map(d.municipalities.map((m) => [m.code, m]));
  const seen = new Set<string>();
  for (const e of r.municipalityAliases) {
    const rec = `municipalityAliases:${e.id}`;
    const m = byCode.get(e.id);
    if (!m) {
      err(rec, 'id', `unknown municipality "${e.id}" (not in gemeenten-2025.csv)`);
      continue;
    }
    if (seen.has(e.id)) err(rec, 'id', `municipality ${e.id} is listed twice`);
    seen.add(e.id);
    if (m.name !== e.name) err(rec, 'name', `"${e.name}" is not the CBS name of ${e.id} ("${m.name}")`);
    for (const alias of e.aliases) {
      const others = [...(owners.get(looseKey(alias)) ?? [])].filter((id) => id !== e.id);
      if (others.length > 0) err(rec, 'aliases', `"${alias}" already names ${others.join(', ')}`);
    }
  }
  return errors;
}
