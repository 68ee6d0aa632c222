import { parseUsers } from '../../server/auth/users.ts';
import type { Db } from '../../server/db/run.ts';
import { createContext, createReferenceData } from '../../server/graphql/context.ts';
import { resolvers } from '../../server/graphql/resolvers/index.ts';
import { createLogger } from '../../server/logger.ts';
import { createGraphSlices } from '../../server/repos/graph-slices.ts';
import { createReadModel } from '../../server/repos/projection/store.ts';

/** Calls a Query resolver by field name with its arguments; resolves to what the resolver returns. */
export type ResolverRunner = (field: string, args: Record<string, unknown>) => Promise<unknown>;

/**
 * The work of an analysis question without the API: a Query resolver called in this process with a context of its own
 * (a read model and reference data of its own, built before this returns), without HTTP, Apollo and serialisation.
 * The benchmarks compare the API with it, as they compare a Cypher-backed answer with its query.
 * @example const run = await resolverRunner(bench.db); await run('whoServes', { targetGroup: 'breed-mkb', region: 'PV23' });
 */
export async function resolverRunner(
  db: Db,
  opts: { rememberAnswers?: boolean } = {},
): Promise<ResolverRunner & { stop(): Promise<void> }> {
  const model = createReadModel(db, { rememberAnswers: opts.rememberAnswers });
  const reference = createReferenceData(db);
  await Promise.all([model.current(), reference.catalog(), reference.vocabulary()]);
  const auth = { users: parseUsers({ users: [] }, 'bench'), readRequiresToken: false, proxyUserHeader: null };
  const graphSlices = createGraphSlices(db, { remember: opts.rememberAnswers });
  const ctx = createContext(db, createLogger('warn', false), { reference, model, graphSlices }, auth, null);
  const query = resolvers.Query as Record<string, (p: unknown, a: unknown, c: unknown, i: unknown) => unknown>;
  const run = async (field: string, args: Record<string, unknown>) => {
    const resolve = query[field];
    if (!resolve) throw new Error(`no Query resolver ${field}`);
    return resolve({}, args, ctx, {});
  };
  return Object.assign(run, { stop: () => model.stop() });
}
