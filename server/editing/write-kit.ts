import { randomUUID } from 'node:crypto';
import { assertRole } from '../auth/authenticate.ts';
import { assertInScope, type ScopeFacts } from '../auth/scope.ts';
import type { User } from '../auth/users.ts';
import type { QueryName } from '../db/queries.ts';
import type { Params } from '../db/run.ts';
import { resolveRegion } from '../domain/region-index.ts';
import { AppError } from '../errors.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { idempotencyId, idempotencyKey } from './idempotency.ts';
import type { OrgCoverage } from './scope-facts.ts';
import { definedOnly, listOf, optionalText, text } from './validate.ts';

// What every mutation shares: who may write, the change record, and running one mutation query in a write
// transaction with the scope and version checks. The mutations themselves live in mutations.ts and the
// mapping-mutations.ts beside it.

export type Props = Record<string, unknown>;

/** What every mutation receives about the change itself (the GraphQL `ChangeInput`). */
export interface ChangeInfo {
  source: string;
  comment?: string | null;
  /** The client's key for retrying this mutation safely (see editing/idempotency.ts). */
  idempotencyKey?: string | null;
  /** sha256 of the mutation's name and arguments, stored with the key to tell a retry from a different request. */
  requestHash?: string | null;
}

/** The change's info with the hash of the request it belongs to, stored with an idempotency key. */
export function withKey(info: ChangeInfo, requestHash: string | null): ChangeInfo {
  return { ...info, requestHash };
}

/** What a mutation did: the audit entry and the organisation it concerns (null when it was deleted). */
export interface MutationResult {
  changeId: string;
  organisationId: string | null;
}

export interface MutationRow {
  applied: boolean | null;
  current: Props | null;
  orgs?: OrgCoverage[];
  [key: string]: unknown;
}

/** Who changes what: the user (at least EDITOR) and the Change node's properties. */
export function changeMeta(
  user: User,
  info: ChangeInfo,
  action: string,
  summary: string,
  organisations: readonly string[],
): Props {
  const source = text(info.source, 'change.source', 500);
  const comment = optionalText(info.comment, 'change.comment', 2000);
  const key = info.idempotencyKey ? idempotencyKey(info.idempotencyKey) : null;
  return definedOnly({
    id: randomUUID(),
    user: user.name,
    role: user.role,
    action,
    summary,
    source,
    comment: comment ?? undefined,
    organisations: [...new Set(organisations)],
    // One change per user and key (a unique constraint, cypher/schema/005): concurrent retries write once.
    idempotencyKey: key ?? undefined,
    idempotencyId: key ? idempotencyId(user, key) : undefined,
    requestHash: key ? (info.requestHash ?? undefined) : undefined,
  });
}

export function stamp(user: User): Props {
  return { updatedAt: new Date().toISOString(), updatedBy: user.name };
}

/** The change's source joins an edited fact's sources, unless the patch sets the sources itself. */
export function addSource(set: Props, info: ChangeInfo): string | null {
  return set['sources'] === undefined ? info.source.trim() : null;
}

/**
 * Runs one mutation query in a write transaction and turns its outcome into the API's errors. Any refusal throws
 * inside the transaction, so it rolls back and nothing of the attempt stays (not even the lock's version stamp).
 */
export async function execute(
  ctx: GraphQLContext,
  user: User,
  name: QueryName,
  params: Params,
  what: { notFound: string; exists?: string; scope?: (row: MutationRow) => ScopeFacts },
): Promise<MutationRow> {
  const catalog = await ctx.reference.catalog();
  return ctx.db.writeTx(name, async (tx) => {
    const [row] = await tx.run<MutationRow>(name, params);
    if (!row) throw new AppError('NOT_FOUND', what.notFound);
    // Scope before the version: an editor outside learns nothing about the fact's state.
    if (what.scope) assertInScope(user, catalog, what.scope(row));
    if (row.applied !== true) {
      if (what.exists && row.current === null) throw new AppError('NOT_FOUND', what.notFound);
      const current = row.current;
      throw new AppError(
        'CONFLICT',
        what.exists ??
          `The version you changed is no longer the current one (now ${String(current?.['version'] ?? 0)}, you sent ${String(params['expectedVersion'])}): someone changed it in the meantime. Reload and apply your change again.`,
        { current, currentVersion: current?.['version'] ?? 0 },
      );
    }
    return row;
  });
}

export async function editor(ctx: GraphQLContext): Promise<User> {
  return assertRole(ctx.user, 'EDITOR');
}

export async function regionId(ctx: GraphQLContext, value: string, field: string): Promise<string> {
  const catalog = await ctx.reference.catalog();
  const byId = catalog.get(value);
  if (byId) return byId.id;
  return resolveRegion(catalog.index, value, field).id;
}

/** Ids of one vocabulary list (target groups, phases or themes): each known, none twice. */
export async function vocabIds(
  ctx: GraphQLContext,
  list: 'targetGroups' | 'phases' | 'themes',
  values: readonly string[] | null | undefined,
  field: string,
) {
  const vocab = await ctx.reference.vocabulary();
  return listOf(
    values,
    vocab[list].map((entry) => entry.id),
    field,
  );
}
