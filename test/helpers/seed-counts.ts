import { toSeedRows } from '../../seed/rows.ts';
import { formatSeedErrors, validateSeedDir } from '../../seed/validate.ts';

/**
 * What the seed files hold, counted the way the seed loader writes it (seed/rows.ts): the tests compare the
 * database and the API with these numbers, so a change to seed/data needs no edit in the tests.
 */
export interface SeedCounts {
  /** Organisation nodes: the facts' organisations plus one per municipality and province the facts do not name. */
  readonly organisations: number;
  /** Collectives (GenericGroup): group actors such as "all municipalities". */
  readonly genericGroups: number;
  /** Activity nodes: activities and their regional instances. */
  readonly activities: number;
  /** Region nodes per level (COUNTRY, KVK_REGION, PROVINCE, COROP, MUNICIPALITY, AREA). */
  readonly regionsByLevel: Readonly<Record<string, number>>;
  readonly municipalities: number;
  readonly provinces: number;
  /** Organisations of each type (municipality, province, …), collectives included. */
  readonly organisationsByType: Readonly<Record<string, number>>;
  /** Relations by the origin their id tells: `rel-NNN` from the report, `rel-pub-` public, `rel-mem-` memberships, `rel-gen-` generated. */
  readonly relations: {
    readonly report: number;
    readonly pub: number;
    readonly members: number;
    readonly generated: number;
  };
}

const countBy = <T>(items: readonly T[], key: (t: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const t of items) out[key(t)] = (out[key(t)] ?? 0) + 1;
  return out;
};

let cached: Promise<SeedCounts> | null = null;

async function count(): Promise<SeedCounts> {
  const v = await validateSeedDir();
  if (!v.ok) throw new Error(`the seed files do not validate:\n${formatSeedErrors(v.errors)}`);
  const rows = toSeedRows(v.data);
  const regionsByLevel = countBy(rows.regions, (r) => String(r.props['level']));
  const ids = rows.relations.map((r) => r.relId);
  return {
    organisations: rows.organisations.length,
    genericGroups: rows.organisations.filter((o) => o.generic).length,
    activities: rows.activities.length,
    regionsByLevel,
    municipalities: regionsByLevel['MUNICIPALITY'] ?? 0,
    provinces: regionsByLevel['PROVINCE'] ?? 0,
    organisationsByType: countBy(rows.organisations, (o) => String(o.props['type'])),
    relations: {
      report: ids.filter((id) => /^rel-[0-9]{3}$/.test(id)).length,
      pub: ids.filter((id) => id.startsWith('rel-pub-')).length,
      members: ids.filter((id) => id.startsWith('rel-mem-')).length,
      generated: ids.filter((id) => id.startsWith('rel-gen-')).length,
    },
  };
}

/** The seed's counts, read once per test file from seed/data. */
export function seedCounts(): Promise<SeedCounts> {
  cached ??= count();
  return cached;
}
