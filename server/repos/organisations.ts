import type { Db } from '../db/run.ts';
import {
  listOf,
  numbersOf,
  provenanceOf,
  textOf,
  validityOf,
  versionOf,
  type Props,
  type Provenance,
  type Validity,
} from './props.ts';
import type { RelationType } from '../domain/rules.ts';

/** What every stored fact of an organisation carries. */
interface Fact {
  readonly version: number;
  readonly provenance: Provenance;
}

/** A region the organisation covers (COVERS). */
export interface CoverageRecord extends Fact, Validity {
  readonly region: string;
  readonly partial: boolean;
}

/** A statement of whom the organisation serves (SERVES), as stored: roles stay the stored words. */
export interface ServesRecord extends Fact, Validity {
  readonly key: string;
  readonly targetGroup: string;
  readonly role: string | null;
  readonly likelyRole: string | null;
  readonly phases: string[];
  readonly themes: string[];
  readonly lines: string[];
  readonly help: string[];
  readonly mode: string | null;
  readonly scope: string | null;
}

/** A service (Activity) the organisation runs, with the years it ran it (the RUNS edge: KVK ran EEN until 2021). */
export interface ServiceRecord extends Fact, Validity {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly kind: string | null;
  readonly group: string | null;
  readonly statutoryTasks: string[];
  readonly kpis: string[];
  /** The report's KPI status as stored (`defined`, `none`, `unknown`), null when not stated. */
  readonly kpiStatus: string | null;
  readonly oneOffYears: number[];
  readonly status: string | null;
  readonly run: Validity;
  readonly targetGroups: string[];
  readonly renamedTo: { id: string; name: string; year: number | null } | null;
}

/** A referral (REFERS_TO) from or to the organisation; kind and status as stored, null when not stated. */
export interface ReferralRecord extends Fact, Validity {
  /** The relation id, or `from->to` for a referral stored without one. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: string | null;
  readonly status: string | null;
  readonly targetGroups: string[];
  readonly subject: string | null;
}

/** Another relation of the organisation (membership, funding, …), either direction. */
export interface RelationRecord {
  readonly id: string;
  readonly type: RelationType;
  readonly fromId: string;
  readonly fromName: string;
  readonly toId: string;
  readonly toName: string;
  readonly status: string | null;
  readonly subject: string | null;
  readonly provenance: Provenance;
}

/** An organisation with everything the API can show about it. */
export interface OrganisationRecord extends Fact, Validity {
  readonly id: string;
  readonly name: string;
  readonly type: string | null;
  readonly scale: string | null;
  readonly generic: boolean;
  readonly aliases: string[];
  readonly lines: string[];
  readonly phases: string[];
  readonly themes: string[];
  readonly help: string[];
  readonly helpNote: string | null;
  readonly description: string | null;
  readonly coverage: CoverageRecord[];
  readonly serves: ServesRecord[];
  readonly services: ServiceRecord[];
  readonly referralsOut: ReferralRecord[];
  readonly referralsIn: ReferralRecord[];
  readonly relations: RelationRecord[];
}

/** An organisation as find-organisations and search-organisations return it: properties of nodes and edges. */
interface OrganisationRow {
  props: Props;
  coverage: { region: string; props: Props }[];
  serves: { targetGroup: string; props: Props }[];
  services: {
    props: Props;
    run: Props;
    targetGroups: string[];
    renamedTo: { id: string; name: string; year: number | null } | null;
  }[];
  referralsOut: { from: string; to: string; props: Props }[];
  referralsIn: { from: string; to: string; props: Props }[];
  relations: { type: RelationType; fromId: string; fromName: string; toId: string; toName: string; props: Props }[];
}

const fact = (p: Props): Fact & Validity => ({ version: versionOf(p), provenance: provenanceOf(p), ...validityOf(p) });

function toReferral(r: { from: string; to: string; props: Props }): ReferralRecord {
  const p = r.props;
  return {
    ...fact(p),
    id: textOf(p, 'relId') ?? `${r.from}->${r.to}`,
    from: r.from,
    to: r.to,
    kind: textOf(p, 'kind'),
    status: textOf(p, 'status'),
    targetGroups: listOf(p, 'targetGroups'),
    subject: textOf(p, 'subject'),
  };
}

/** Types one row of find-organisations or search-organisations. */
function toOrganisation(row: OrganisationRow): OrganisationRecord {
  const p = row.props;
  return {
    ...fact(p),
    id: String(p['id']),
    name: String(p['name']),
    type: textOf(p, 'type'),
    scale: textOf(p, 'scale'),
    generic: p['generic'] === true,
    aliases: listOf(p, 'aliases'),
    lines: listOf(p, 'lines'),
    phases: listOf(p, 'phases'),
    themes: listOf(p, 'themes'),
    help: listOf(p, 'help'),
    helpNote: textOf(p, 'helpNote'),
    description: textOf(p, 'description'),
    coverage: row.coverage.map((c) => ({ ...fact(c.props), region: c.region, partial: c.props['partial'] === true })),
    serves: row.serves.map((s) => ({
      ...fact(s.props),
      key: String(s.props['key']),
      targetGroup: s.targetGroup,
      role: textOf(s.props, 'role'),
      likelyRole: textOf(s.props, 'likelyRole'),
      phases: listOf(s.props, 'phases'),
      themes: listOf(s.props, 'themes'),
      lines: listOf(s.props, 'lines'),
      help: listOf(s.props, 'help'),
      mode: textOf(s.props, 'mode'),
      scope: textOf(s.props, 'scope'),
    })),
    services: row.services.map((s) => ({
      ...fact(s.props),
      id: String(s.props['id']),
      name: String(s.props['name']),
      description: textOf(s.props, 'description'),
      kind: textOf(s.props, 'kind'),
      group: textOf(s.props, 'group'),
      statutoryTasks: listOf(s.props, 'statutoryTasks'),
      kpis: listOf(s.props, 'kpis'),
      kpiStatus: textOf(s.props, 'kpiStatus'),
      oneOffYears: numbersOf(s.props, 'oneOffYears'),
      status: textOf(s.props, 'status'),
      run: validityOf(s.run),
      targetGroups: s.targetGroups,
      renamedTo: s.renamedTo,
    })),
    referralsOut: row.referralsOut.map(toReferral),
    referralsIn: row.referralsIn.map(toReferral),
    relations: row.relations.map((r) => ({
      id: String(r.props['relId']),
      type: r.type,
      fromId: r.fromId,
      fromName: r.fromName,
      toId: r.toId,
      toName: r.toName,
      status: textOf(r.props, 'status'),
      subject: textOf(r.props, 'subject'),
      provenance: provenanceOf(r.props),
    })),
  };
}

/** The rows of a page, typed; a page of no match holds one null (see the query). */
const toPage = <R extends OrganisationRow>(rows: readonly (R | null)[] | undefined) =>
  (rows ?? []).filter((r): r is R => r !== null);

export interface OrganisationQuery {
  ids?: readonly string[] | null;
  search?: string | null;
  types?: readonly string[] | null;
  regionIds?: readonly string[] | null;
  targetGroup?: string | null;
  generic?: boolean | null;
  after?: { name: string; id: string } | null;
  limit: number;
}

/** Finds one page of organisations with their details, and the number matching, in one round trip. */
export async function findOrganisations(
  db: Db,
  q: OrganisationQuery,
): Promise<{ total: number; page: OrganisationRecord[] }> {
  const [row] = await db.read<{ total: number; page: (OrganisationRow | null)[] }>('organisations/find-organisations', {
    ids: q.ids ?? null,
    search: q.search ?? null,
    types: q.types ?? null,
    regionIds: q.regionIds ?? null,
    targetGroup: q.targetGroup ?? null,
    generic: q.generic ?? null,
    afterName: q.after?.name ?? null,
    afterId: q.after?.id ?? null,
    limit: q.limit,
  });
  return { total: row?.total ?? 0, page: toPage(row?.page).map(toOrganisation) };
}

export interface OrganisationSearch {
  /** A query built by organisationLuceneQuery (server/domain/lucene-query.ts), never raw user text. */
  lucene: string;
  types?: readonly string[] | null;
  regionIds?: readonly string[] | null;
  targetGroup?: string | null;
  generic?: boolean | null;
  offset: number;
  limit: number;
}

/** Index hits considered per search: far more than any page, few enough to keep a search cheap. */
const SEARCH_CANDIDATES = 500;

/**
 * Finds one page of organisations by everyday names through the full-text index, best match first, with their
 * details and the number matching, in one round trip.
 */
export async function searchOrganisations(
  db: Db,
  q: OrganisationSearch,
): Promise<{ total: number; page: (OrganisationRecord & { score: number })[] }> {
  const [row] = await db.read<{ total: number; page: ((OrganisationRow & { score: number }) | null)[] }>(
    'organisations/search-organisations',
    {
      lucene: q.lucene,
      candidates: SEARCH_CANDIDATES,
      types: q.types ?? null,
      regionIds: q.regionIds ?? null,
      targetGroup: q.targetGroup ?? null,
      generic: q.generic ?? null,
      offset: q.offset,
      limit: q.limit,
    },
  );
  return { total: row?.total ?? 0, page: toPage(row?.page).map((r) => ({ ...toOrganisation(r), score: r.score })) };
}
