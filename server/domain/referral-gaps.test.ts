import { describe, expect, it } from 'vitest';
import { findDeviations, type RoleRule } from './conformance.ts';
import { buildRegionCatalog } from './region-catalog.ts';
import { networkOrganisation, networkReferral } from './referral-test-fixtures.ts';
import { findReferralGaps } from './referral-gaps.ts';

const catalog = buildRegionCatalog([
  { id: 'NL', name: 'Nederland', level: 'COUNTRY', aliases: [], parents: [] },
  { id: 'PV21', name: 'Fryslân', level: 'PROVINCE', aliases: [], parents: ['NL'] },
]);
const org = (id: string, lines: string[] = [], serves: string[] = []) => networkOrganisation('PV21', id, lines, serves);
const ref = networkReferral;

describe('findReferralGaps', () => {
  const orgs = [
    org('kvk', ['eerstelijns']),
    org('yn', ['eerstelijns'], ['breed-mkb']),
    org('fom', [], ['breed-mkb']),
    org('lone', []),
  ];

  it('finds unreferred providers, dead ends, one-way pairs and isolated organisations', () => {
    const gaps = findReferralGaps(catalog, 'PV21', orgs, [ref('kvk', 'yn'), ref('yn', 'fom', 'wished')], ['breed-mkb']);
    expect(gaps.unreferredProviders.map((g) => g.organisation?.id)).toEqual(['fom']);
    expect(gaps.unreferredProviders[0]?.explanation).toContain('wished yn → fom not in place');
    expect(gaps.deadEnds.map((g) => g.organisation?.id)).toEqual(['yn']);
    expect(gaps.oneWay.map((g) => `${g.organisation?.id}>${g.other?.id}`)).toEqual(['kvk>yn']);
    expect(gaps.isolated.map((g) => g.organisation?.id).sort()).toEqual(['fom', 'lone']);
    expect(gaps.unreachableGroups).toEqual([]);
  });

  it('reports a group no first-line organisation can reach', () => {
    const gaps = findReferralGaps(
      catalog,
      'PV21',
      [org('kvk', ['eerstelijns']), org('fom', [], ['breed-mkb'])],
      [],
      ['breed-mkb'],
    );
    expect(gaps.unreachableGroups.map((g) => g.targetGroup)).toEqual(['breed-mkb']);
  });
});

describe('findDeviations', () => {
  const rule: RoleRule = {
    id: 'im-01',
    actorType: 'kvk',
    kind: 'role-rule',
    targetGroups: ['starter', 'micro-mkb'],
    notFor: ['startup'],
    scale: ['national'],
    phases: ['weten'],
    sources: ['§7.3.2 [L1112]'],
    sourceDocument: 'kplusv-2023',
  };
  const kvk = {
    id: 'kvk',
    name: 'KVK',
    type: 'kvk',
    scale: 'national',
    generic: false,
    phases: ['weten', 'kunnen'],
    serves: [
      { targetGroup: 'starter', role: 'primary', reading: null, phases: [] },
      { targetGroup: 'startup', role: 'secondary', reading: null, phases: [] },
      { targetGroup: 'breed-mkb', role: 'primary', reading: null, phases: [] },
    ],
  };

  it('grades exclusions HIGH, other main groups MEDIUM and missing groups or phases LOW', () => {
    const found = findDeviations([rule], [kvk]).map((d) => [d.severity, d.actual]);
    expect(found).toEqual([
      ['HIGH', 'serves startup as secondary'],
      ['MEDIUM', 'serves breed-mkb as primary'],
      ['LOW', 'does not serve micro-mkb'],
      ['LOW', 'also active in kunnen'],
    ]);
  });

  it('reports no missing group for an organisation with no statement at all: that is unknown', () => {
    const silent = { ...kvk, id: 'gemeente-x', phases: [], serves: [] };
    expect(findDeviations([rule], [silent]).map((d) => d.actual)).toEqual([]);
  });

  it('applies only to organisations of the rule’s type', () => {
    expect(findDeviations([rule], [{ ...kvk, type: 'rom' }])).toEqual([]);
  });
});
