import type { IncomingHttpHeaders } from 'node:http';
import { AppError } from '../errors.ts';

/** The header our own clients may send to mark a request as not forged; any non-empty value will do. */
export const CSRF_HEADER = 'x-ecosysteemkaart-csrf';

// Headers a page can only send cross-site after a CORS preflight, which this server never grants; Apollo's own
// clients send the last two, so they work for /graphql as they do with Apollo's CSRF prevention.
const PREFLIGHT_HEADERS = [CSRF_HEADER, 'apollo-require-preflight', 'x-apollo-operation-name'];

// Content types a <form> or a "simple" fetch may send cross-site without a preflight (Fetch standard, CORS).
const SIMPLE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

const METHODS_WITHOUT_EFFECT = new Set(['GET', 'HEAD', 'OPTIONS']);

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim();
}

/**
 * Refuses (BAD_USER_INPUT) a state-changing request that another site could have made a signed-in browser send:
 * one a browser marks as cross-site (Sec-Fetch-Site), or a "simple" request, i.e. without a content type other
 * than the three a form may send and without one of the preflight headers. A browser sends credentials it holds
 * (cookies, or a header a proxy adds) with such requests, so they must not change anything. Clients that are not
 * browsers send a real content type (text/csv, JSON, XLSX) or the header and are not affected.
 * The same rule as Apollo Server's CSRF prevention, applied to every route that changes data.
 * @example assertNotForged('POST', { 'content-type': 'text/csv' }) // passes
 */
export function assertNotForged(method: string | undefined, headers: IncomingHttpHeaders): void {
  if (METHODS_WITHOUT_EFFECT.has(method ?? 'GET')) return;
  if (single(headers['sec-fetch-site']).toLowerCase() === 'cross-site') {
    throw new AppError('BAD_USER_INPUT', 'Refused: a request from another site may not change data.', {
      reason: 'CROSS_SITE',
    });
  }
  if (PREFLIGHT_HEADERS.some((h) => single(headers[h]) !== '')) return;
  const type = single(headers['content-type']).split(';')[0]!.trim().toLowerCase();
  if (type !== '' && !SIMPLE_CONTENT_TYPES.has(type)) return;
  throw new AppError(
    'BAD_USER_INPUT',
    `Refused as a possible cross-site request: send the file with its own Content-Type (text/csv, ` +
      `application/json, the XLSX type), not ${type === '' ? 'without one' : type}, or add the header ` +
      `${CSRF_HEADER}: 1.`,
    { reason: 'CSRF' },
  );
}
