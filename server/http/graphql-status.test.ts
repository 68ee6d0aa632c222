import { describe, expect, it } from 'vitest';
import { statusOfAnswer } from './graphql-status.ts';

const err = (code: string) => ({ extensions: { code } });

describe('statusOfAnswer', () => {
  it('gives 401, 403 and 503 when every error says the same and nothing was answered', () => {
    expect(statusOfAnswer({ data: null, errors: [err('UNAUTHENTICATED')] })?.status).toBe(401);
    expect(statusOfAnswer({ errors: [err('FORBIDDEN'), err('FORBIDDEN')] })?.status).toBe(403);
    expect(statusOfAnswer({ data: { a: null, b: null }, errors: [err('DB_UNAVAILABLE')] })?.status).toBe(503);
  });

  it('keeps 200 for partial data, mixed codes, other codes and answers without errors', () => {
    expect(statusOfAnswer({ data: { a: 1, b: null }, errors: [err('DB_UNAVAILABLE')] })).toBeNull();
    expect(statusOfAnswer({ data: null, errors: [err('FORBIDDEN'), err('UNAUTHENTICATED')] })).toBeNull();
    expect(statusOfAnswer({ data: null, errors: [err('CONFLICT')] })).toBeNull();
    expect(statusOfAnswer({ data: null, errors: [{}] })).toBeNull();
    expect(statusOfAnswer({ data: { a: 1 } })).toBeNull();
  });
});
