import { searchKey } from '../../domain/search-key.ts';
import { relevantRegionIds } from '../../domain/providers.ts';
import { AppError } from '../../errors.ts';
import { findOrganisations } from '../../repos/organisations.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { organisationFromRecord } from '../models.ts';
import { intArg, knownId, regionArg } from './args.ts';

const encodeCursor = (name: string, id: string) => Buffer.from(JSON.stringify([name, id])).toString('base64url');

function decodeCursor(cursor: string): { name: string; id: string } {
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && typeof id === 'string') return { name, id };
  } catch {
    // fall through to the error below
  }
  throw new AppError('BAD_USER_INPUT', 'after is not a cursor returned by this API (use pageInfo.endCursor)', {
    argument: 'after',
  });
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
    const search = filter?.search ? searchKey(filter.search) : null;
    const { total, page } = await findOrganisations(db, {
      search: search === '' ? null : search,
      types: filter?.types ?? null,
      regionIds: region ? relevantRegionIds(catalog, region.id) : null,
      targetGroup,
      generic: filter?.generic ?? null,
      after: after ? decodeCursor(after) : null,
      limit: limit + 1,
    });
    const shown = page.slice(0, limit);
    const edges = shown.map((record) => ({
      cursor: encodeCursor(String(record.props['name']), String(record.props['id'])),
      node: organisationFromRecord(record),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: page.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
};
