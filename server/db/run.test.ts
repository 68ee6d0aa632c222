import { describe, expect, it } from 'vitest';
import { toAppError } from './run.ts';

const neo4jError = (code: string) => Object.assign(new Error('driver says no'), { code });

describe('toAppError', () => {
  it.each([
    ['ServiceUnavailable', 'DB_UNAVAILABLE'],
    ['SessionExpired', 'DB_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'DB_UNAVAILABLE'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'DB_UNAVAILABLE'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
    ['Neo.ClientError.Statement.SyntaxError', 'INTERNAL'],
  ])('maps %s to %s', (driverCode, appCode) => {
    const e = toAppError(neo4jError(driverCode), 'q');
    expect(e.code).toBe(appCode);
    expect(e.message).not.toContain('driver says no');
  });
});
