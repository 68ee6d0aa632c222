import { randomUUID } from 'node:crypto';
import { assertRole } from '../auth/authenticate.ts';
import { assertInScope, type ScopeFacts } from '../auth/scope.ts';
import type { User } from '../auth/users.ts';
import type { Db } from '../db/run.ts';
import type { RegionCatalog } from '../domain/region-catalog.ts';
import { resolveRegion } from '../domain/region-index.ts';
import { AppError } from '../errors.ts';
import type { ChangeInput } from '../graphql/generated/resolvers.ts';
import type { Vocabulary } from '../repos/catalog.ts';
import type { Check, EditRow } from '../repos/edit-writes.ts';
import { idempotencyId, idempotencyKey } from './idempotency.ts';
import { badInput, definedOnly, listOf, optionalText, slug, text, yearRange } from './validate.ts';

// The one step every edit shares (organisation.ts, coverage.ts, serves.ts, service.ts, referral.ts, revert.ts):
// the change record, then the repo's write in its transaction with the province scope and the version checked on the
// row it reads. The edits themselves only validate their input and say what to write and how to judge the row.

export type Props = Record<string, unknown>;

/** Reference data an edit resolves names against: the region catalog and the vocabulary (cached per process). */
export interface ReferenceLookup {
  catalog(): Promise<RegionCatalog>;
  vocabulary(): Promise<Vocabulary>;
}

/** What an edit needs besides its input and user: the database and the reference data. */
export interface EditEnv {
  readonly db: Db;
  readonly reference: ReferenceLookup;
}

/** What every edit receives about the change itself (the GraphQL `ChangeInput`). */
export type ChangeInfo = ChangeInput & {
  /** sha256 of the mutation's name and arguments, stored with the key to tell a retry from a different request. */
  requestHash?: string | null;
};

/** The change's info with the hash of the request it belongs to, stored with an idempotency key. */
export function withKey(info: ChangeInput, requestHash: string | null): ChangeInfo {
  return { ...info, requestHash };
}

/** What an edit did: the audit entry and the organisation it concerns (null when it was deleted). */
export interface MutationResult {
  changeId: string;
  organisationId: string | null;
}

/**
 * An edit: the database and reference data, the user (checked first: at least EDITOR), the mutation's arguments as
 * the API gives them (generated from the schema) and the change's info. Returns the change and the organisation.
 */
export type Edit<A> = (env: EditEnv, user: User | null, args: A, info: ChangeInfo) => Promise<MutationResult>;

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

/** The user, who must be at least an EDITOR: the first check of every edit. */
export function editor(user: User | null): User {
  return assertRole(user, 'EDITOR');
}

/** An edit that checks its user first (at least EDITOR), before it looks at its input. */
export function asEditor<A>(
  edit: (env: EditEnv, user: User, args: A, info: ChangeInfo) => Promise<MutationResult>,
): Edit<A> {
  return (env, who, args, info) => edit(env, editor(who), args, info);
}

/** Refuses (FORBIDDEN) a write whose facts are known before it runs and lie outside the user's provinces. */
export async function assertEditScope(env: EditEnv, user: User, facts: ScopeFacts): Promise<void> {
  assertInScope(user, await env.reference.catalog(), facts);
}

export async function regionId(env: EditEnv, value: string, field: string): Promise<string> {
  const catalog = await env.reference.catalog();
  const byId = catalog.get(value);
  if (byId) return byId.id;
  return resolveRegion(catalog.index, value, field).id;
}

/** Region ids of a list of ids, names or aliases, none twice (null and undefined pass through). */
export async function regionIds(env: EditEnv, values: readonly string[] | null | undefined, field: string) {
  if (values === null || values === undefined) return values;
  const out: string[] = [];
  for (const [i, v] of values.entries()) {
    const id = await regionId(env, v, `${field}[${i}]`);
    if (out.includes(id)) throw badInput(`${field}[${i}]`, v, 'appears twice');
    out.push(id);
  }
  return out;
}

/** Ids of one vocabulary list (target groups, phases or themes): each known, none twice. */
export async function vocabIds(
  env: EditEnv,
  list: 'targetGroups' | 'phases' | 'themes',
  values: readonly string[] | null | undefined,
  field: string,
) {
  const vocab = await env.reference.vocabulary();
  return listOf(
    values,
    vocab[list].map((entry) => entry.id),
    field,
  );
}

/**
 * The checks every patch shares: it names at least one field, and its last year is not before its first. Returns the
 * names of the fields it changes, for the change's summary.
 */
export function checkedPatch(
  set: Props,
  patch: object,
  years: [string, string] = ['patch.validFrom', 'patch.validTo'],
) {
  if (Object.keys(set).length === 0) throw badInput('patch', patch, 'names no field to change');
  yearRange(set['validFrom'] as number | undefined, set['validTo'] as number | undefined, years);
  return Object.keys(set).sort();
}

/** A new fact's id: the one given (`input.id`), else the one made from its name; a slug either way. */
export function newId(given: string | null | undefined, made: string, prefix?: string): string {
  return given ? slug(given, 'input.id', prefix) : slug(made, 'input.name', prefix);
}

/** A required field of a patch may be left out but not cleared. */
export function notNull<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw badInput(field, null, 'cannot be cleared');
  return value;
}

/** What an edit asks the shared step to do, after validating its input. */
export interface PlannedEdit<R extends { applied: boolean | null }> {
  /** The Change node's action and summary, and the organisations it concerns. */
  readonly action: string;
  readonly summary: string;
  readonly organisations: readonly string[];
  /** The repo write with its parameters, given the Change node's properties and the check of its row. */
  readonly write: (change: Props, check: Check<R>) => Promise<R>;
  /** The message when the query finds nothing to write (or, with `exists`, nothing to write to). */
  readonly notFound: string;
  /** For a create: the CONFLICT message when the fact exists already. */
  readonly exists?: string;
  /** The version the writer holds, for the CONFLICT message when it is no longer the current one. */
  readonly expectedVersion?: number | null;
  /** Who may make this write, once the row says whose the fact is (before the scope: revert). */
  readonly permit?: (row: R) => void;
  /** The province scope's facts, as the row reports them (read in the writing transaction). */
  readonly scope?: (row: R) => ScopeFacts;
  /** Refusals of a row that did not apply, instead of the version and existence checks every edit shares. */
  readonly refuse?: (row: R) => void;
  /** The organisation the result concerns. */
  readonly organisationId: string | null | ((row: R) => string | null);
}

/** The version (or existence) conflict of a row that did not apply. */
function versionConflict(row: EditRow, edit: PlannedEdit<EditRow>): void {
  if (row.applied === true) return;
  if (edit.exists && row.current === null) throw new AppError('NOT_FOUND', edit.notFound);
  const current = row.current;
  throw new AppError(
    'CONFLICT',
    edit.exists ??
      `The version you changed is no longer the current one (now ${String(current?.['version'] ?? 0)}, you sent ${String(edit.expectedVersion)}): someone changed it in the meantime. Reload and apply your change again.`,
    { current, currentVersion: current?.['version'] ?? 0 },
  );
}

/**
 * The shared step: records the change and runs the edit's write, judging its row inside the transaction (found,
 * permitted, in scope, applied). Any refusal throws there, so the write rolls back and nothing of the attempt stays
 * (not even the lock's version stamp).
 * @example await applyEdit(env, user, info, { action: 'REMOVE_SERVES', summary, organisations: [org], write, notFound, expectedVersion, scope: orgFacts, organisationId: org })
 */
export async function applyEdit<R extends { applied: boolean | null }>(
  env: EditEnv,
  user: User,
  info: ChangeInfo,
  edit: PlannedEdit<R>,
): Promise<MutationResult> {
  const change = changeMeta(user, info, edit.action, edit.summary, edit.organisations);
  const catalog = await env.reference.catalog();
  const row = await edit.write(change, (found) => {
    if (!found) throw new AppError('NOT_FOUND', edit.notFound);
    edit.permit?.(found);
    // Scope before the version: an editor outside learns nothing about the fact's state.
    if (edit.scope) assertInScope(user, catalog, edit.scope(found));
    if (edit.refuse) edit.refuse(found);
    else versionConflict(found as unknown as EditRow, edit as unknown as PlannedEdit<EditRow>);
  });
  const organisationId = typeof edit.organisationId === 'function' ? edit.organisationId(row) : edit.organisationId;
  return { changeId: String(change['id']), organisationId };
}
