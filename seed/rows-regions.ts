import type { SeedData } from './schema.ts';
import { searchKeyOf } from '../server/domain/search-key.ts';
import { CBS_DOCUMENT, compact, provenanceProps, type Props } from './row-props.ts';

// The region rows of the seed: NL, KVK regions, provinces, COROP regions, municipalities and areas, with their
// aliases and the parts each lies in.

/** Region nodes and their part-of links from the region files and CBS tables. */
export function regionRows(d: SeedData) {
  const r = d.regions;
  const regions: { id: string; props: Props }[] = [];
  const parts: { child: string; parent: string; props: Props }[] = [];
  const cbs = (note?: string) =>
    compact({
      provenance: 'public',
      sources: ['regions/gemeenten-2025.csv'],
      sourceDocument: CBS_DOCUMENT,
      note,
      inferredFields: [],
    });
  const add = (id: string, level: string, name: string, aliases: string[], extra: Props) =>
    regions.push({ id, props: compact({ id, level, name, aliases, searchKey: searchKeyOf(name, aliases), ...extra }) });

  add('NL', 'COUNTRY', r.country.name, r.country.aliases, provenanceProps(r.country));
  for (const k of r.kvkRegions) {
    add(k.id, 'KVK_REGION', k.name, k.aliases, { studiedProvince: k.studiedProvince, ...provenanceProps(k) });
    parts.push({
      child: k.id,
      parent: 'NL',
      props: provenanceProps({ provenance: 'report', sources: ['§6.2 [L847-855]'] }),
    });
  }
  const provinceAliases = new Map(r.provinces.map((p) => [p.id, p]));
  for (const row of d.kvkRegionRows) {
    const extra = provinceAliases.get(row.provinceCode);
    add(row.provinceCode, 'PROVINCE', row.provinceName, extra?.aliases ?? [], {
      code: row.provinceCode,
      studied: extra?.studied ?? false,
      ...(extra?.aliasSources ? { aliasSources: extra.aliasSources } : {}),
      ...cbs(),
    });
    const kvk = r.kvkRegions.find((k) => k.id === row.kvkRegionCode);
    parts.push({
      child: row.provinceCode,
      parent: row.kvkRegionCode,
      props: provenanceProps({
        provenance: 'report',
        sourceDocument: 'kvk-regions-2023',
        sources: ['regions/kvk-regions.csv', ...(kvk?.sources ?? [])],
      }),
    });
  }
  const coropAliases = new Map(r.coropAliases.map((c) => [c.id, c]));
  const corops = new Map<string, { name: string; province: string }>();
  for (const m of d.municipalities) corops.set(m.coropCode, { name: m.coropName, province: m.provinceCode });
  for (const [code, c] of [...corops].sort(([a], [b]) => a.localeCompare(b))) {
    const extra = coropAliases.get(code);
    add(code, 'COROP', c.name, extra?.aliases ?? [], {
      code,
      ...cbs(extra?.note),
      ...(extra ? { aliasProvenance: extra.provenance, aliasSources: extra.sources } : {}),
    });
    parts.push({ child: code, parent: c.province, props: cbs() });
  }
  const everyday = new Map(r.municipalityAliases.map((e) => [e.id, e]));
  for (const m of d.municipalities) {
    // "Hengelo (O.)" is also found as "Hengelo"; every municipality as "gemeente Hengelo" too.
    const plain = m.name.replace(/\s*\(.*\)\s*$/, '');
    const extra = everyday.get(m.code);
    const aliases = [...new Set([plain, `gemeente ${plain}`, ...(extra?.aliases ?? [])])].filter((a) => a !== m.name);
    add(m.code, 'MUNICIPALITY', m.name, aliases, {
      code: m.code,
      ...cbs(),
      ...(extra ? { aliasProvenance: extra.provenance, aliasSources: extra.sources } : {}),
    });
    parts.push({
      child: m.code,
      parent: m.coropCode,
      props: cbs('Assigned by majority vote of interior sample points (see regions/README.md).'),
    });
  }
  for (const a of r.areas) {
    const prov = provenanceProps(a);
    add(a.id, 'AREA', a.name, a.aliases, prov);
    for (const p of a.partOf) parts.push({ child: a.id, parent: p, props: prov });
    for (const m of a.members) parts.push({ child: m.municipality, parent: a.id, props: prov });
  }
  return { regions, parts };
}
