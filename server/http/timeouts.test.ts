import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUTS, resolveTimeouts } from './timeouts.ts';

describe('resolveTimeouts', () => {
  it('keeps the defaults and replaces what is given', () => {
    expect(resolveTimeouts()).toEqual(DEFAULT_TIMEOUTS);
    expect(resolveTimeouts({ headersMs: 300, requestMs: 600 })).toMatchObject({ headersMs: 300, requestMs: 600 });
  });

  it('refuses values Node would reject or ignore', () => {
    expect(() => resolveTimeouts({ headersMs: 0 })).toThrow(/headersMs/);
    expect(() => resolveTimeouts({ idleMs: 1.5 })).toThrow(/idleMs/);
    expect(() => resolveTimeouts({ headersMs: 2_000, requestMs: 1_000 })).toThrow(/requestMs/);
  });
});
