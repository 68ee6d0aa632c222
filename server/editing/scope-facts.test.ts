import { describe, expect, it } from 'vitest';
import { coverageFacts, orgFacts, referralFacts, revertFacts, type RevertRow } from './scope-facts.ts';

describe('scope facts of the mutations', () => {
  const row = { orgs: [{ id: 'a', coverage: ['GM0193'] }] };

  it('gives a coverage write the coverage before and after it', () => {
    expect(coverageFacts(row, 'PV30', 'add')).toEqual({
      organisations: [{ id: 'a', before: ['GM0193'], after: ['GM0193', 'PV30'] }],
    });
    expect(coverageFacts(row, 'GM0193', 'remove')).toEqual({
      organisations: [{ id: 'a', before: ['GM0193'], after: [] }],
    });
    // The first coverage of an organisation without any: before is empty, not absent.
    expect(coverageFacts({ orgs: [{ id: 'q', coverage: [] }] }, 'PV23', 'add')).toEqual({
      organisations: [{ id: 'q', before: [], after: ['PV23'] }],
    });
  });

  it('keeps the coverage of other writes as it is, and a referral as its two ends', () => {
    expect(orgFacts(row)).toEqual({ organisations: [{ id: 'a', before: ['GM0193'], after: ['GM0193'] }] });
    const ends = { orgs: [...row.orgs, { id: 'kvk', coverage: [] }] };
    expect(referralFacts(ends)).toEqual({
      referrals: [
        { from: { id: 'a', before: ['GM0193'], after: ['GM0193'] }, to: { id: 'kvk', before: [], after: [] } },
      ],
    });
  });

  it('refuses to decide without the organisations a query should have reported', () => {
    expect(() => orgFacts({})).toThrow(/did not report/);
  });

  it('gives a revert the organisations it restores or removes, absent where they do not exist', () => {
    const revert: RevertRow = {
      revertedBy: null,
      user: 'otto',
      conflicts: [],
      organisations: ['a'],
      applied: true,
      latestOwn: 'c-1',
      owners: ['a', 'a'],
      referralEnds: [],
      regions: ['PV23'],
      scopeBefore: [{ id: 'a', exists: true, coverage: ['GM0193'] }],
      scopeAfter: [{ id: 'a', exists: false, coverage: [] }],
    };
    expect(revertFacts(revert)).toEqual({
      organisations: [{ id: 'a', before: ['GM0193'], after: null }],
      referrals: [],
      regions: ['PV23'],
    });
  });
});
