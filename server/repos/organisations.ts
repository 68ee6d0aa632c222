import type { Db } from '../db/run.ts';
import type { RelationType } from '../domain/rules.ts';

type Props = Record<string, unknown>;

/** An organisation with everything the API can show about it, as find-organisations returns it. */
export interface OrganisationRecord {
  props: Props;
  coverage: { region: string; props: Props }[];
  serves: { targetGroup: string; props: Props }[];
  services: {
    props: Props;
    /** Properties of the RUNS edge: when this organisation ran it (KVK ran EEN until 2021). */
    run: Props;
    targetGroups: string[];
    renamedTo: { id: string; name: string; year: number | null } | null;
  }[];
  referralsOut: { from: string; to: string; props: Props }[];
  referralsIn: { from: string; to: string; props: Props }[];
  relations: { type: RelationType; fromId: string; fromName: string; toId: string; toName: string; props: Props }[];
}

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
  const [row] = await db.read<{ total: number; page: (OrganisationRecord | null)[] }>(
    'organisations/find-organisations',
    {
      ids: q.ids ?? null,
      search: q.search ?? null,
      types: q.types ?? null,
      regionIds: q.regionIds ?? null,
      targetGroup: q.targetGroup ?? null,
      generic: q.generic ?? null,
      afterName: q.after?.name ?? null,
      afterId: q.after?.id ?? null,
      limit: q.limit,
    },
  );
  return { total: row?.total ?? 0, page: (row?.page ?? []).filter((r): r is OrganisationRecord => r !== null) };
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
  const [row] = await db.read<{ total: number; page: ((OrganisationRecord & { score: number }) | null)[] }>(
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
  return {
    total: row?.total ?? 0,
    page: (row?.page ?? []).filter((r): r is OrganisationRecord & { score: number } => r !== null),
  };
}
