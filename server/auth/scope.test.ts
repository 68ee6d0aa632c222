import { describe, expect, it } from 'vitest';
import { buildRegionCatalog } from '../domain/region-catalog.ts';
import { AppError } from '../errors.ts';
import { assertInScope, decideScope, type OrganisationFacts, type ScopeFacts } from './scope.ts';
import type { User } from './users.ts';

const catalog = buildRegionCatalog([
  { id: 'NL', name: 'Nederland', level: 'COUNTRY', aliases: [], parents: [] },
  { id: 'PV23', name: 'Overijssel', level: 'PROVINCE', aliases: [], parents: ['NL'] },
  { id: 'PV30', name: 'Noord-Brabant', level: 'PROVINCE', aliases: [], parents: ['NL'] },
  { id: 'GM0193', name: 'Zwolle', level: 'MUNICIPALITY', aliases: [], parents: ['PV23'] },
  { id: 'GM0153', name: 'Enschede', level: 'MUNICIPALITY', aliases: [], parents: ['PV23'] },
  { id: 'GM0796', name: "'s-Hertogenbosch", level: 'MUNICIPALITY', aliases: [], parents: ['PV30'] },
]);

const overijssel: User = { name: 'otto', role: 'EDITOR', provinces: ['PV23'] };
const nationwide: User = { name: 'nina', role: 'EDITOR', provinces: [] };
const admin: User = { name: 'anna', role: 'ADMIN', provinces: ['PV23'] };

const org = (before: string[] | null, after: string[] | null, id = 'x'): OrganisationFacts => ({ id, before, after });
const allowed = (facts: ScopeFacts, user = overijssel) => decideScope(user, catalog, facts).allowed;

describe('decideScope: organisations', () => {
  // [what, before, after, allowed for the Overijssel editor]
  const cases: [string, string[] | null, string[] | null, boolean][] = [
    ['an update inside the province', ['GM0193'], ['GM0193'], true],
    ['an update of an organisation without coverage (national)', [], [], false],
    ['the first coverage of an organisation without coverage (the takeover)', [], ['PV23'], false],
    ['an update of an organisation with mixed coverage', ['GM0193', 'GM0796'], ['GM0193', 'GM0796'], false],
    ['coverage added outside the province', ['GM0193'], ['GM0193', 'PV30'], false],
    ['coverage added inside the province', ['GM0193'], ['GM0193', 'GM0153'], true],
    ['the removal of the last coverage (it would become national)', ['GM0193'], [], false],
    ['the removal of the outside part of mixed coverage', ['GM0193', 'GM0796'], ['GM0193'], false],
    ['a delete inside the province', ['GM0193'], null, true],
    ['a delete of an organisation without coverage', [], null, false],
    ['a create with coverage inside', null, ['GM0193'], true],
    ['a create without coverage', null, [], false],
    ['a create with coverage outside', null, ['GM0796'], false],
    ['a coverage of the province itself', ['PV23'], ['PV23'], true],
    ['a coverage of the whole country', ['NL'], ['NL'], false],
  ];
  for (const [what, before, after, expected] of cases) {
    it(`${expected ? 'allows' : 'refuses'} ${what} for an editor limited to Overijssel`, () => {
      expect(allowed({ organisations: [org(before, after)] })).toBe(expected);
    });
  }

  it('allows every case for a nationwide editor and an admin', () => {
    for (const [, before, after] of cases) {
      expect(allowed({ organisations: [org(before, after)] }, nationwide)).toBe(true);
      expect(allowed({ organisations: [org(before, after)] }, admin)).toBe(true);
    }
  });

  it('needs every organisation of a write in scope', () => {
    expect(allowed({ organisations: [org(['GM0193'], ['GM0193'], 'a'), org([], [], 'b')] })).toBe(false);
  });

  it('names the organisation and why in a refusal', () => {
    const d = decideScope(overijssel, catalog, { organisations: [org([], ['PV23'], 'qredits')] });
    expect(d).toEqual({
      allowed: false,
      organisation: 'qredits',
      reason:
        'Organisation qredits covers no region, so it is national, outside the provinces user "otto" may change (PV23)',
    });
    const mixed = decideScope(overijssel, catalog, { organisations: [org(['GM0193', 'GM0796'], null, 'm')] });
    expect(mixed.allowed === false && mixed.reason).toMatch(/^Organisation m covers GM0796, outside/);
  });
});

describe('decideScope: referrals and what lies in no province', () => {
  const inside = org(['GM0193'], ['GM0193'], 'in');
  const national = org([], [], 'kvk');
  const brabant = org(['GM0796'], ['GM0796'], 'bra');

  it('allows a referral with one end inside, and refuses one with neither', () => {
    expect(allowed({ referrals: [{ from: inside, to: national }] })).toBe(true);
    expect(allowed({ referrals: [{ from: national, to: inside }] })).toBe(true);
    expect(allowed({ referrals: [{ from: national, to: brabant }] })).toBe(false);
  });

  it('leaves what lies in no province to nationwide users', () => {
    expect(allowed({ nationwide: 'A full import of the map' })).toBe(false);
    expect(allowed({ nationwide: 'A full import of the map' }, nationwide)).toBe(true);
  });

  it('allows a write that changes no organisation', () => {
    expect(allowed({})).toBe(true);
  });
});

describe('assertInScope', () => {
  it('throws FORBIDDEN with the user’s provinces and the organisation', () => {
    let caught: unknown = null;
    try {
      assertInScope(overijssel, catalog, { organisations: [org([], [], 'qredits')] });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('FORBIDDEN');
    expect((caught as AppError).details).toEqual({ provinces: ['PV23'], organisation: 'qredits' });
  });
});
