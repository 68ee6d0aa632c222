import type { SeedData } from './schema.ts';

// Identities the seed's files and rows share: which region ids exist, and the key of a serves statement.

/** Region ids the seed creates: NL, KVK regions, provinces, COROPs and municipalities from the CSVs, AREAs. */
export function regionIdsOf(d: SeedData): Set<string> {
  return new Set([
    'NL',
    ...d.kvkRegionRows.map((r) => r.kvkRegionCode),
    ...d.kvkRegionRows.map((r) => r.provinceCode),
    ...d.municipalities.flatMap((m) => [m.code, m.coropCode, m.provinceCode]),
    ...d.regions.areas.map((a) => a.id),
  ]);
}

/** The key of a serves statement is the server's (server/domain/serves-key.ts). */
export { servesKey } from '../server/domain/serves-key.ts';
