import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by.ts';
import type { NetworkReferral } from './referral-gaps.ts';
import { pathOperational, shortestReferralPaths } from './referral-paths.ts';
import { networkReferral } from './referral-test-fixtures.ts';

// A small network: kvk refers to two first-line desks, both of which lead to the ROM; one also to a bank.
//   kvk → a → rom, kvk → b → rom, b → bank (wished), rom → kvk, and a second, planned referral kvk → a.
const referrals: NetworkReferral[] = [
  networkReferral('kvk', 'b'),
  networkReferral('kvk', 'a'),
  { ...networkReferral('kvk', 'a', 'planned'), id: 'a-planned' },
  networkReferral('a', 'rom'),
  networkReferral('b', 'rom'),
  networkReferral('b', 'bank', 'wished'),
  networkReferral('rom', 'kvk'),
];
const from = groupBy(referrals, (r) => r.from);
const next = (id: string) => from.get(id) ?? [];
const route = (hops: readonly { from: string; to: string }[]) => hops.map((h) => `${h.from}>${h.to}`).join(' ');

describe('shortestReferralPaths', () => {
  it('finds the shortest path to each provider, by length then provider id', () => {
    const paths = shortestReferralPaths('kvk', new Set(['rom', 'bank', 'a']), next, 4);
    expect(paths.map((p) => [p.to, route(p.hops)])).toEqual([
      ['a', 'kvk>a'],
      ['bank', 'kvk>b b>bank'],
      ['rom', 'kvk>a a>rom'],
    ]);
  });

  it('takes the path through the smallest ids among equally short ones, and an operational referral of a pair', () => {
    const [toRom] = shortestReferralPaths('kvk', new Set(['rom']), next, 4);
    expect(route(toRom!.hops)).toBe('kvk>a a>rom');
    expect(toRom!.hops.map((h) => h.status)).toEqual(['active', 'active']);
    expect(pathOperational(toRom!.hops)).toBe(true);
  });

  it('tells a path through a referral not in place from an operational one', () => {
    const [toBank] = shortestReferralPaths('kvk', new Set(['bank']), next, 4);
    expect(pathOperational(toBank!.hops)).toBe(false);
  });

  it('stops at maxHops and never counts the start as a provider of its own paths', () => {
    expect(shortestReferralPaths('kvk', new Set(['rom']), next, 1)).toEqual([]);
    expect(shortestReferralPaths('kvk', new Set(['kvk', 'a']), next, 4).map((p) => p.to)).toEqual(['a']);
  });

  it('finds nothing from an organisation that refers to nobody', () => {
    expect(shortestReferralPaths('bank', new Set(['rom']), next, 6)).toEqual([]);
  });
});
