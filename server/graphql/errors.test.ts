import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { formatError } from './errors.ts';

describe('formatError', () => {
  it('keeps the code and message of an AppError', () => {
    const e = new AppError('NOT_FOUND', 'No organisation with id "x"', { argument: 'id' });
    const out = formatError({ message: 'ignored' }, new GraphQLError('wrapped', { originalError: e }));
    expect(out).toMatchObject({
      message: 'No organisation with id "x"',
      extensions: { code: 'NOT_FOUND', argument: 'id' },
    });
  });

  it('maps validation failures to BAD_USER_INPUT', () => {
    const out = formatError(
      { message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new Error(),
    );
    expect(out.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('maps a client error Apollo raises with an HTTP 4xx status and no code to BAD_USER_INPUT', () => {
    // A persisted query whose hash is not the query's: Apollo answers 400 without a code of its own.
    const error = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    const formatted = { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    const out = formatError(formatted, error);
    expect(out).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('keeps an unexpected error without an HTTP status INTERNAL, whatever code Apollo gave it', () => {
    const out = formatError(
      { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError('boom'),
    );
    expect(out.extensions?.['code']).toBe('INTERNAL');
  });

  it('hides the message of an unexpected error behind INTERNAL', () => {
    const out = formatError(
      { message: 'TypeError: x is undefined at /srv/app.ts:12', path: ['graph'] },
      new TypeError('x'),
    );
    expect(out).toEqual({ message: 'Internal server error', path: ['graph'], extensions: { code: 'INTERNAL' } });
  });
});
