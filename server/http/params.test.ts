import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { assertParamsBounded, DEFAULT_PARAM_MAX, PARAM_MAX } from './params.ts';

const url = (query: string) => new URL(`http://localhost/api/x?${query}`);

function refused(query: string): Record<string, unknown> | null {
  try {
    assertParamsBounded(url(query));
    return null;
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { code: e.code, ...e.details };
  }
}

describe('assertParamsBounded', () => {
  it('accepts every parameter at its maximum', () => {
    const query = [...PARAM_MAX].map(([name, max]) => `${name}=${'x'.repeat(max)}`).join('&');
    expect(refused(`${query}&other=${'y'.repeat(DEFAULT_PARAM_MAX)}`)).toBeNull();
  });

  it('refuses one character more, naming the parameter', () => {
    expect(refused(`source=${'s'.repeat(501)}`)).toEqual({ code: 'BAD_USER_INPUT', argument: 'source', max: 500 });
    expect(refused(`x=${'y'.repeat(DEFAULT_PARAM_MAX + 1)}`)).toMatchObject({ argument: 'x' });
  });

  it('bounds names that are also properties of every object', () => {
    expect(refused(`constructor=${'c'.repeat(DEFAULT_PARAM_MAX + 1)}`)).toMatchObject({ argument: 'constructor' });
  });
});
