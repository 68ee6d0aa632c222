import type { ServerResponse } from 'node:http';
import { AppError, type ErrorCode } from '../errors.ts';

/** The HTTP status of each error code, for REST answers and for GraphQL answers that are all one refusal. */
export const STATUS_OF_CODE: Readonly<Record<ErrorCode, number>> = Object.freeze({
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  DB_UNAVAILABLE: 503,
  INTERNAL: 500,
});

/** Seconds a client should wait before retrying while the database is unavailable (it is probed every second). */
export const RETRY_AFTER_S = 2;

/** Headers that go with an error code's status: how to authenticate after a 401, when to retry after a 503. */
export function headersOfCode(code: ErrorCode): Record<string, string> {
  if (code === 'UNAUTHENTICATED') return { 'www-authenticate': 'Bearer realm="ecosysteemkaart"' };
  if (code === 'DB_UNAVAILABLE') return { 'retry-after': String(RETRY_AFTER_S) };
  return {};
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** Writes an AppError in the GraphQL error shape, so clients read REST and GraphQL errors alike. */
export function sendError(res: ServerResponse, e: AppError, status: number = STATUS_OF_CODE[e.code]): void {
  sendJson(
    res,
    status,
    { errors: [{ message: e.message, extensions: { code: e.code, ...e.details } }] },
    headersOfCode(e.code),
  );
}

/** 405 with the methods the path accepts in `Allow` (HEAD wherever GET is). */
export function sendMethodNotAllowed(res: ServerResponse, method: string | undefined, allowed: readonly string[]) {
  res.setHeader('allow', allowed.join(', '));
  const shown = (method ?? '?').slice(0, 20);
  sendError(
    res,
    new AppError('BAD_USER_INPUT', `Method ${shown} is not allowed here; allowed: ${allowed.join(', ')}.`, {
      allowed: [...allowed],
    }),
    405,
  );
}
