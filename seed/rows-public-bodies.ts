import { looseKey } from '../server/domain/search-key.ts';
import { CBS_DOCUMENT } from './row-props.ts';
import type { Organisation, Relation, SeedData } from './schema.ts';

// One organisation per municipality and per province, generated from the CBS list at seed time, and their
// membership of the collectives "Gemeenten" and "Provincies". The report speaks of municipalities and provinces
// as collectives; what it says of them reaches each one through MEMBER_OF (see docs/collectives.md). Records in
// organisations.yaml win: they keep their facts and only gain the coverage of their own territory if they lack it.

/** The file the generated records come from, cited as their source. */
export const CBS_LIST = 'regions/gemeenten-2025.csv';
/** The collectives whose members are generated, by organisation type. */
export const PUBLIC_BODY_COLLECTIVES = { municipality: 'group-gemeenten', province: 'group-provincies' } as const;

type BodyType = keyof typeof PUBLIC_BODY_COLLECTIVES;

/**
 * The slug of a name as the seed's ids spell it: lower case, no diacritics, runs of anything else as one hyphen.
 * @example slugOf("Súdwest-Fryslân") // 'sudwest-fryslan'; slugOf('Bergen (NH.)') // 'bergen-nh'
 */
export function slugOf(name: string): string {
  return looseKey(name).replace(/ /g, '-');
}

const cbsProvenance = (note: string) => ({
  provenance: 'public' as const,
  sourceDocument: CBS_DOCUMENT,
  sources: [CBS_LIST],
  note,
});

/** What the generation added: the ids it created and the memberships it wrote (relation ids). */
export interface PublicBodies {
  readonly data: SeedData;
  readonly generatedIds: ReadonlySet<string>;
}

/**
 * The seed data with one organisation per municipality (`gemeente-<slug>`) and per province (`provincie-<slug>`)
 * added where organisations.yaml has none (matched by the region it governs, then by id), each covering its own
 * territory, and every one of them a member of its collective.
 * @example withPublicBodies(data).data.organisations.find((o) => o.id === 'gemeente-leeuwarden')?.covers
 */
export function withPublicBodies(d: SeedData): PublicBodies {
  const bodies: { type: BodyType; code: string; name: string }[] = [
    ...d.municipalities.map((m) => ({ type: 'municipality' as const, code: m.code, name: m.name })),
    ...d.kvkRegionRows.map((p) => ({ type: 'province' as const, code: p.provinceCode, name: p.provinceName })),
  ];
  const organisations = d.organisations.map((o) => ({ ...o }));
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const generatedIds = new Set<string>();
  const members: { member: string; type: BodyType; generated: boolean }[] = [];
  for (const b of bodies) {
    const prefix = b.type === 'municipality' ? 'gemeente' : 'provincie';
    const id = `${prefix}-${slugOf(b.name)}`;
    const existing =
      organisations.find((o) => !o.generic && o.type === b.type && o.governs === b.code) ??
      (byId.get(id)?.generic ? undefined : byId.get(id));
    if (existing) {
      if (!existing.covers.some((c) => c.region === b.code)) {
        existing.covers = [
          ...existing.covers,
          { region: b.code, ...cbsProvenance('A government works in its own territory (CBS 2025 division).') },
        ];
      }
      members.push({ member: existing.id, type: b.type, generated: false });
      continue;
    }
    const territory = b.type === 'municipality' ? 'gemeente' : 'provincie';
    const record: Organisation = {
      id,
      name: `${b.type === 'municipality' ? 'Gemeente' : 'Provincie'} ${b.name}`,
      type: b.type,
      scale: b.type === 'municipality' ? 'local' : 'provincial',
      ...cbsProvenance(
        `One organisation per ${territory} of the CBS 2025 list; the report names it only as one of the ` +
          `${b.type === 'municipality' ? 'gemeenten' : 'provincies'} (what it says of them reaches it through MEMBER_OF).`,
      ),
      governs: b.code,
      serves: [],
      covers: [{ region: b.code, ...cbsProvenance('A government works in its own territory (CBS 2025 division).') }],
    };
    organisations.push(record);
    byId.set(id, record);
    generatedIds.add(id);
    members.push({ member: id, type: b.type, generated: true });
  }
  const collectives = new Set(d.organisations.filter((o) => o.generic).map((o) => o.id));
  const memberships: Relation[] = members
    .filter((m) => collectives.has(PUBLIC_BODY_COLLECTIVES[m.type]))
    .map((m) => ({
      id: `rel-gen-${m.member}`,
      kind: 'member_of',
      from: m.member,
      to: PUBLIC_BODY_COLLECTIVES[m.type],
      status: 'active',
      subject: m.type === 'municipality' ? 'Een van de gemeenten' : 'Een van de provincies',
      ...cbsProvenance(
        `Every ${m.type} on the CBS 2025 list is one of the report's ${PUBLIC_BODY_COLLECTIVES[m.type]}.`,
      ),
    }));
  return { data: { ...d, organisations, relations: [...d.relations, ...memberships] }, generatedIds };
}
