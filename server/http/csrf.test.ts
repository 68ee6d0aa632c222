import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { assertNotForged, CSRF_HEADER } from './csrf.ts';

function refusal(method: string, headers: Record<string, string>): string | null {
  try {
    assertNotForged(method, headers);
    return null;
  } catch (e) {
    if (!isAppError(e)) throw e;
    expect(e.code).toBe('BAD_USER_INPUT');
    return String(e.details['reason']);
  }
}

describe('assertNotForged', () => {
  it('lets reads through whatever they carry', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS'])
      expect(refusal(method, { 'sec-fetch-site': 'cross-site' })).toBeNull();
  });

  it('refuses a write a form or a simple fetch could send', () => {
    for (const type of [
      'text/plain',
      'TEXT/PLAIN; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      '',
    ]) {
      expect(refusal('POST', type ? { 'content-type': type } : {}), type).toBe('CSRF');
    }
  });

  it('accepts a write with a content type only a preflighted request may have', () => {
    for (const type of [
      'text/csv',
      'application/json',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]) {
      expect(refusal('POST', { 'content-type': type }), type).toBeNull();
    }
  });

  it('accepts a simple write that carries a preflight header', () => {
    for (const header of [CSRF_HEADER, 'apollo-require-preflight', 'x-apollo-operation-name']) {
      expect(refusal('POST', { 'content-type': 'text/plain', [header]: '1' }), header).toBeNull();
    }
    expect(refusal('POST', { 'content-type': 'text/plain', [CSRF_HEADER]: ' ' })).toBe('CSRF');
  });

  it('refuses a write the browser marks as cross-site, even with a preflight header', () => {
    expect(
      refusal('DELETE', { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site', [CSRF_HEADER]: '1' }),
    ).toBe('CROSS_SITE');
    expect(refusal('POST', { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' })).toBeNull();
  });
});
