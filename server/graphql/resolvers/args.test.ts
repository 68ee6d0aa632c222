import { describe, expect, it } from 'vitest';
import { isAppError } from '../../errors.ts';
import { knownId } from './args.ts';

const GROUPS = ['breed-mkb', 'innovatief-mkb', 'starter', 'zzp', 'scale-up'];

function refusal(value: string) {
  try {
    knownId(value, GROUPS, 'targetGroup', 'target group');
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('knownId', () => {
  it('accepts a known id', () => {
    expect(knownId('zzp', GROUPS, 'targetGroup', 'target group')).toBe('zzp');
  });

  it('suggests the closest known ids, closest first', () => {
    const e = refusal('breed-mbk');
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.details).toMatchObject({ argument: 'targetGroup' });
    expect((e.details['suggestions'] as string[])[0]).toBe('breed-mkb');
  });

  it('compares and repeats only the start of a long value', () => {
    const e = refusal(`starterr${'x'.repeat(100_000)}`);
    expect(e.message.length).toBeLessThan(200);
    expect(e.details['suggestions']).toHaveLength(3);
  });
});
