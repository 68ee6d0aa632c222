import type { ServerResponse } from 'node:http';
import type { AppError, ErrorCode } from '../errors.ts';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  DB_UNAVAILABLE: 503,
  INTERNAL: 500,
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** Writes an AppError in the GraphQL error shape, so clients read REST and GraphQL errors alike. */
export function sendError(res: ServerResponse, e: AppError): void {
  const headers: Record<string, string> =
    e.code === 'UNAUTHENTICATED' ? { 'www-authenticate': 'Bearer realm="ecosysteemkaart"' } : {};
  sendJson(
    res,
    STATUS[e.code],
    { errors: [{ message: e.message, extensions: { code: e.code, ...e.details } }] },
    headers,
  );
}
