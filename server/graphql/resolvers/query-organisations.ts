import { organisationLuceneQuery } from '../../domain/lucene-query.ts';
import { relevantRegionIds } from '../../domain/providers.ts';
import { AppError } from '../../errors.ts';
import { findOrganisations, searchOrganisations } from '../../repos/organisations.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { organisationFromRecord } from '../models.ts';
import { intArg, knownId, regionArg } from './args.ts';

// A page of a listing continues after the last name and id; a page of a search (ranked by score) after a position.
type Cursor = { name: string; id: string } | { offset: number };

const encodeCursor = (c: Cursor) =>
  Buffer.from(JSON.stringify('offset' in c ? [c.offset] : [c.name, c.id])).toString('base64url');

function decodeCursor(cursor: string, ranked: boolean): Cursor {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const [a, b] = Array.isArray(parts) ? parts : [];
    if (!ranked && parts.length === 2 && typeof a === 'string' && typeof b === 'string') return { name: a, id: b };
    if (ranked && parts.length === 1 && Number.isSafeInteger(a) && (a as number) >= 0) return { offset: a as number };
  } catch {
    // fall through to the error below
  }
  throw new AppError(
    'BAD_USER_INPUT',
    'after is not a cursor returned by this API for this filter (use pageInfo.endCursor)',
    { argument: 'after' },
  );
}

/** One organisation, or a filtered page of them; each in one query with all details. */
export const organisationQueries: Pick<QueryResolvers, 'organisation' | 'organisations'> = {
  organisation: async (_p, { id }, { db }) => {
    const { page } = await findOrganisations(db, { ids: [id], limit: 1 });
    return page[0] ? organisationFromRecord(page[0]) : null;
  },

  organisations: async (_p, { filter, first, after }, { db, reference }) => {
    const limit = intArg(first ?? 25, 1, 100, 'first');
    const [catalog, vocab] = await Promise.all([reference.catalog(), reference.vocabulary()]);
    const region = filter?.region ? regionArg(catalog, filter.region, 'filter.region') : null;
    const targetGroup = filter?.targetGroup
      ? knownId(
          filter.targetGroup,
          vocab.targetGroups.map((t) => t.id),
          'filter.targetGroup',
          'target group',
        )
      : null;
    const lucene = filter?.search ? organisationLuceneQuery(filter.search) : null;
    const filters = {
      types: filter?.types ?? null,
      regionIds: region ? relevantRegionIds(catalog, region.id) : null,
      targetGroup,
      generic: filter?.generic ?? null,
    };
    const cursor = after ? decodeCursor(after, lucene !== null) : null;
    // A search ranks by the full-text index (best match first); without one, organisations are listed by name.
    const { total, page } =
      lucene !== null
        ? await searchOrganisations(db, {
            lucene,
            ...filters,
            offset: cursor && 'offset' in cursor ? cursor.offset : 0,
            limit: limit + 1,
          })
        : await findOrganisations(db, {
            ...filters,
            after: cursor && 'name' in cursor ? cursor : null,
            limit: limit + 1,
          });
    const start = cursor && 'offset' in cursor ? cursor.offset : 0;
    const shown = page.slice(0, limit);
    const edges = shown.map((record, i) => ({
      cursor: encodeCursor(lucene !== null ? { offset: start + i + 1 } : { name: record.name, id: record.id }),
      node: organisationFromRecord(record),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: page.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
};
