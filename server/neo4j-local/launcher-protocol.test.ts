import { describe, expect, it } from 'vitest';
import { parseLauncherLine } from './launcher-protocol.ts';

describe('parseLauncherLine', () => {
  it('parses the ready line', () => {
    expect(parseLauncherLine('NEO4J_READY bolt://127.0.0.1:7699')).toEqual({
      kind: 'ready',
      uri: 'bolt://127.0.0.1:7699',
    });
    expect(parseLauncherLine('  NEO4J_READY bolt://127.0.0.1:7687\r')).toEqual({
      kind: 'ready',
      uri: 'bolt://127.0.0.1:7687',
    });
  });

  it('parses coded and uncoded error lines', () => {
    expect(parseLauncherLine('NEO4J_ERROR PORT_IN_USE: Bolt port 127.0.0.1:7699 is already in use')).toEqual({
      kind: 'error',
      code: 'PORT_IN_USE',
      reason: 'Bolt port 127.0.0.1:7699 is already in use',
    });
    expect(parseLauncherLine('NEO4J_ERROR something broke: badly')).toEqual({
      kind: 'error',
      code: undefined,
      reason: 'something broke: badly',
    });
    expect(parseLauncherLine('NEO4J_ERROR')).toEqual({ kind: 'error', code: undefined, reason: 'unknown error' });
  });

  it('ignores everything else', () => {
    expect(parseLauncherLine('2026-01-01 INFO  [o.n.b.BoltServer] Bolt enabled')).toBeUndefined();
    expect(parseLauncherLine('NEO4J_READY')).toBeUndefined();
    expect(parseLauncherLine('NEO4J_READYX bolt://x')).toBeUndefined();
    expect(parseLauncherLine('')).toBeUndefined();
  });
});
