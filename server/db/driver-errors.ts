import { AppError, isAppError } from '../errors.ts';

/** The driver's error code ('' when there is none: not a Neo4j error). */
export function driverCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/** True when the database could not be reached or the connection broke: the database counts as down. */
export function isConnectionError(e: unknown): boolean {
  const code = driverCode(e);
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable')
  );
}

/**
 * True for a transient failure that rolled the transaction back and may pass on a second try (a deadlock, a
 * lock timeout): retried. Running out of time or memory is not retried: it would only fail again, slower.
 */
export function isRetryableTransient(e: unknown): boolean {
  const code = driverCode(e);
  return (
    code.startsWith('Neo.TransientError.') &&
    !isConnectionError(e) &&
    !code.includes('TimedOut') &&
    !code.includes('MemoryPool') &&
    !code.includes('Terminated')
  );
}

/** How a write ended when the connection broke; 'unknown' once its commit had been sent. */
export type WriteOutcome = 'unknown';

/**
 * Maps a Neo4j driver error to an AppError. The driver's codes are stable strings; the message
 * of an unknown error is kept out of what the client sees. `outcome: 'unknown'` marks a write whose
 * commit was sent before the connection broke: it may have been saved, so "try again" would be wrong
 * advice for a create without an idempotency key.
 */
export function toAppError(e: unknown, label: string, outcome?: WriteOutcome): AppError {
  if (isAppError(e)) return e;
  const code = driverCode(e);
  if (isConnectionError(e) && outcome === 'unknown') {
    return new AppError(
      'DB_UNAVAILABLE',
      'The connection to the database broke after the change was sent, so it may or may not have been saved. ' +
        'Send it again with the same idempotency key (it is then made at most once), or check before repeating it.',
      { query: label, outcome },
      { cause: e },
    );
  }
  if (isConnectionError(e)) {
    return new AppError(
      'DB_UNAVAILABLE',
      'The database is not reachable at the moment; nothing was changed. Try again shortly.',
      { query: label },
      { cause: e },
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new AppError(
      'DB_UNAVAILABLE',
      'The server could not log in to the database: check NEO4J_USER and NEO4J_PASSWORD.',
      { query: label },
      { cause: e },
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(
      'CONFLICT',
      'The change conflicts with existing data (a uniqueness rule).',
      { query: label },
      { cause: e },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new AppError(
      'DB_UNAVAILABLE',
      'The configured database does not exist: check NEO4J_DATABASE.',
      { query: label },
      { cause: e },
    );
  }
  return new AppError('INTERNAL', 'Internal error while querying the database.', { query: label }, { cause: e });
}

/** The answer to a query refused at once because the database is known to be down. */
export function unavailableError(label: string): AppError {
  return new AppError(
    'DB_UNAVAILABLE',
    'The database is not reachable at the moment; nothing was changed. Try again shortly.',
    {
      query: label,
    },
  );
}

/** True when Neo4j gave up on a transaction because it ran longer or grew larger than it may (a bulk import). */
export function beyondTransactionLimits(e: unknown): boolean {
  const cause = isAppError(e) ? (e.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  return code.includes('TransactionTimedOut') || code.includes('MemoryPoolOutOfMemory');
}
