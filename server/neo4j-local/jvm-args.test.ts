import { describe, expect, it } from 'vitest';
import { jvmArgs } from './jvm-args.ts';

describe('jvmArgs', () => {
  it('sets equal initial and max heap', () => {
    const args = jvmArgs({ heap: '512m', javaMajor: 17 });
    expect(args).toContain('-Xms512m');
    expect(args).toContain('-Xmx512m');
    expect(args).not.toContain('--enable-native-access=ALL-UNNAMED');
  });
  it('adds native access only on JDKs that warn without it', () => {
    expect(jvmArgs({ heap: '1g', javaMajor: 25 })).toContain('--enable-native-access=ALL-UNNAMED');
  });
});
