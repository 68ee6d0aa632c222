import { createHash } from 'node:crypto';
import { assertRole } from '../auth/authenticate.ts';
import type { User } from '../auth/users.ts';
import { AppError } from '../errors.ts';
import type { Db } from '../db/run.ts';
import { findIdempotentChange, type IdempotentChange } from '../repos/edit-writes.ts';
import { badInput } from './validate.ts';

// Idempotent mutations: a client that sends `change.idempotencyKey` may repeat the request (after a timeout, a
// dropped connection or an outage) and gets the first result instead of a second write. The key, with a hash of the
// request, is stored on the Change node in the write's own transaction; a unique constraint on user and key
// (cypher/schema/005) lets only one of several concurrent attempts commit.

const KEY = /^[A-Za-z0-9._:-]{1,100}$/;

/** The key, checked: 1 to 100 characters of A–Z, a–z, 0–9, dot, underscore, colon and dash. */
export function idempotencyKey(value: string): string {
  if (!KEY.test(value)) {
    throw badInput('change.idempotencyKey', value, 'must be 1 to 100 characters of A-Z, a-z, 0-9, ".", "_", ":", "-"');
  }
  return value;
}

/** The stored, unique identity of a key: keys belong to a user (a key cannot hold "|", so this is unambiguous). */
export function idempotencyId(user: User, key: string): string {
  return `${user.name}|${key}`;
}

/** JSON with object keys sorted and undefined left out, so equal arguments give equal text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = canonical(v);
    }
    return out;
  }
  return value;
}

/**
 * sha256 of a mutation's name and arguments (the key itself left out): what tells a retry from another request.
 * @example requestHash('createOrganisation', { input, change: { source, idempotencyKey } })
 */
export function requestHash(mutation: string, args: Record<string, unknown>): string {
  const change = args['change'] as Record<string, unknown> | null | undefined;
  const rest = change ? { ...args, change: { ...change, idempotencyKey: undefined } } : args;
  return createHash('sha256')
    .update(JSON.stringify(canonical({ mutation, args: rest })))
    .digest('hex');
}

/** What a mutation resolves to: its change and the organisation it concerns. */
export interface MutationOutcome {
  changeId: string;
  organisationId: string | null;
}

const findPrior = (db: Db, user: User, key: string) => findIdempotentChange(db, idempotencyId(user, key));

function replay(prior: IdempotentChange, hash: string, key: string): MutationOutcome {
  if (prior.requestHash !== hash) {
    throw new AppError(
      'CONFLICT',
      `The idempotency key "${key}" was already used for a different request (change ${prior.id}): use a new key for a new change.`,
      { idempotencyKey: key, changeId: prior.id },
    );
  }
  return {
    changeId: prior.id,
    organisationId: prior.action === 'DELETE_ORGANISATION' ? null : (prior.organisations[0] ?? null),
  };
}

/**
 * Runs a mutation once per user and idempotency key: a repeat of the same request returns the first result and
 * writes nothing; the same key with other arguments is a CONFLICT. Without a key the mutation simply runs.
 * `run` gets the request hash to store with the key.
 * @example idempotent(db, user, 'createOrganisation', args, (hash) => createOrganisation(env, user, args.input, withKey(args.change, hash)))
 */
export async function idempotent(
  db: Db,
  who: User | null,
  mutation: string,
  args: Record<string, unknown>,
  run: (hash: string | null) => Promise<MutationOutcome>,
): Promise<MutationOutcome> {
  const raw = (args['change'] as { idempotencyKey?: string | null } | null | undefined)?.idempotencyKey;
  if (raw === null || raw === undefined) return run(null);
  const user = assertRole(who, 'EDITOR');
  const key = idempotencyKey(raw);
  const hash = requestHash(mutation, args);
  const prior = await findPrior(db, user, key);
  if (prior) return replay(prior, hash, key);
  try {
    return await run(hash);
  } catch (e) {
    // A concurrent attempt with the same key committed first (the unique constraint refused this one, or the write
    // found what the other one created): answer with its result.
    const winner = await findPrior(db, user, key).catch(() => null);
    if (winner) return replay(winner, hash, key);
    throw e;
  }
}
