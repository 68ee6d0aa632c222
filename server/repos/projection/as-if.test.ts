import { describe, expect, it } from 'vitest';
import { applyChanges, changesAbout, changesTouching } from './as-if.ts';
import { blankOrganisation, type ProjectedOrganisation, type ProjectionRows } from './projection.ts';
import type { ScenarioChange, StoredScenario } from './scenarios.ts';

const org = (id: string, more: Partial<ProjectedOrganisation> = {}): ProjectedOrganisation => ({
  ...blankOrganisation({ id, name: id.toUpperCase(), type: 'regional-executor', scale: 'provinciaal' }),
  ...more,
});

// Two organisations: a serves the starter in PV21 and refers to b; b covers PV21 and refers to nobody.
const rows = (): ProjectionRows => ({
  token: 't',
  organisations: [org('a', { serves: true, refers: true }), org('b', { refers: true })],
  statements: [
    {
      organisation: 'a',
      targetGroup: 'starter',
      serving: { key: 'a|starter|sole|all', role: 'primary' },
      collective: null,
      membership: null,
    },
  ],
  covers: [
    { organisation: 'a', region: 'PV21', partial: false, validFrom: null, validTo: null },
    { organisation: 'b', region: 'PV21', partial: false, validFrom: null, validTo: null },
  ],
  mappings: [],
  referrals: [
    {
      id: 'r1',
      from: 'a',
      to: 'b',
      kind: 'referral',
      status: 'active',
      targetGroups: [],
      validFrom: null,
      validTo: null,
    },
  ],
  services: [
    {
      id: 'act-loket',
      name: 'Loket',
      status: 'active',
      validFrom: 2019,
      validTo: null,
      organisations: ['a'],
      targetGroups: ['starter'],
      regions: ['PV21'],
    },
  ],
  rules: [],
  scenarios: [],
});

const base = { source: 'test', note: null };
/** That `a` serves the starter with `role`, everywhere or limited to `scope`. */
const aServesStarter = (role: string, scope: string | null): ScenarioChange => ({
  ...base,
  id: 'c1',
  kind: 'SET_SERVES',
  organisation: 'a',
  targetGroup: 'starter',
  role,
  scope,
});

describe('applyChanges', () => {
  it('changes an organisation’s name and type, and its services: added, changed in part, removed with it', () => {
    const changes: ScenarioChange[] = [
      { ...base, id: 'c1', kind: 'UPDATE_ORGANISATION', organisation: 'b', name: 'B nieuw', type: 'rom', scale: null },
      {
        ...base,
        id: 'c2',
        kind: 'ADD_SERVICE',
        organisation: 'b',
        service: 'act-b',
        name: 'B-loket',
        status: 'planned',
        targetGroups: ['zzp', 'starter'],
        regions: ['PV21'],
        validFrom: null,
        validTo: null,
      },
      {
        ...base,
        id: 'c3',
        kind: 'UPDATE_SERVICE',
        organisation: 'a',
        service: 'act-loket',
        name: null,
        status: 'stopped',
        targetGroups: null,
        regions: null,
        validFrom: null,
        validTo: 2024,
      },
    ];
    const out = applyChanges(rows(), 's', changes);
    expect(out.organisations.find((o) => o.id === 'b')).toMatchObject({
      name: 'B nieuw',
      type: 'rom',
      scale: 'provinciaal',
    });
    expect(out.services).toEqual([
      {
        id: 'act-loket',
        name: 'Loket',
        status: 'stopped',
        validFrom: 2019,
        validTo: 2024,
        organisations: ['a'],
        targetGroups: ['starter'],
        regions: ['PV21'],
      },
      {
        id: 'act-b',
        name: 'B-loket',
        status: 'planned',
        validFrom: null,
        validTo: null,
        organisations: ['b'],
        targetGroups: ['starter', 'zzp'],
        regions: ['PV21'],
      },
    ]);
    const removed = applyChanges(rows(), 's', [
      { ...base, id: 'c1', kind: 'REMOVE_SERVICE', organisation: 'a', service: 'act-loket' },
    ]);
    expect(removed.services).toEqual([]);
    // A service only the removed organisation runs goes with it.
    const gone = applyChanges(rows(), 's', [{ ...base, id: 'c1', kind: 'REMOVE_ORGANISATION', organisation: 'a' }]);
    expect(gone.services).toEqual([]);
  });

  it('replaces a statement for the same group and scope, and marks it as the scenario’s', () => {
    const out = applyChanges(rows(), 's', [aServesStarter('secondary', null)]);
    expect(out.statements).toHaveLength(1);
    expect(out.statements[0]!.serving).toMatchObject({
      role: 'secondary',
      provenance: 'scenario',
      scenario: 's',
      scenarioChange: 'c1',
      sources: ['test'],
    });
  });

  it('keeps a statement limited to a region apart from the one for everywhere', () => {
    const out = applyChanges(rows(), 's', [aServesStarter('developing', 'GM0080')]);
    expect(out.statements.map((s) => s.serving['role'])).toEqual(['primary', 'developing']);
  });

  it('removes an organisation with its statements, coverage and referrals, and recounts who serves and refers', () => {
    const before = rows();
    const out = applyChanges(before, 's', [{ ...base, id: 'c1', kind: 'REMOVE_ORGANISATION', organisation: 'a' }]);
    expect(out.organisations.map((o) => [o.id, o.serves, o.refers])).toEqual([['b', false, false]]);
    expect(out.statements).toEqual([]);
    expect(out.covers.map((c) => c.organisation)).toEqual(['b']);
    expect(out.referrals).toEqual([]);
    // The live rows are left as they were.
    expect(before).toEqual(rows());
  });

  it('adds an organisation with its first region, coverage and a referral in order', () => {
    const changes: ScenarioChange[] = [
      {
        ...base,
        id: 'c1',
        kind: 'ADD_ORGANISATION',
        organisation: 'n',
        name: 'N',
        type: 'rom',
        scale: null,
        region: 'PV22',
      },
      { ...base, id: 'c2', kind: 'ADD_COVERAGE', organisation: 'n', region: 'PV21', partial: true },
      {
        ...base,
        id: 'c3',
        kind: 'ADD_REFERRAL',
        from: 'b',
        to: 'n',
        referralKind: 'warm-handover',
        targetGroups: ['starter'],
      },
      { ...base, id: 'c4', kind: 'REMOVE_REFERRAL', from: 'a', to: 'b' },
      { ...base, id: 'c5', kind: 'REMOVE_COVERAGE', organisation: 'b', region: 'PV21' },
    ];
    const out = applyChanges(rows(), 's', changes);
    expect(out.covers.map((c) => `${c.organisation}:${c.region}:${c.partial}`)).toEqual([
      'a:PV21:false',
      'n:PV22:false',
      'n:PV21:true',
    ]);
    expect(out.referrals).toEqual([
      {
        id: 's:c3',
        from: 'b',
        to: 'n',
        kind: 'warm-handover',
        status: 'active',
        targetGroups: ['starter'],
        validFrom: null,
        validTo: null,
      },
    ]);
    expect(out.organisations.map((o) => [o.id, o.refers])).toEqual([
      ['a', false],
      ['b', true],
      ['n', true],
    ]);
  });
});

describe('changesTouching', () => {
  const scenario = {
    id: 's',
    changes: [
      {
        ...base,
        id: 'c1',
        kind: 'SET_SERVES',
        organisation: 'a',
        targetGroup: 'breed-mkb',
        role: 'primary',
        scope: null,
      },
      {
        ...base,
        id: 'c2',
        kind: 'SET_SERVES',
        organisation: 'a',
        targetGroup: 'startup',
        role: 'primary',
        scope: null,
      },
      { ...base, id: 'c3', kind: 'ADD_REFERRAL', from: 'b', to: 'a', referralKind: 'referral', targetGroups: [] },
      { ...base, id: 'c4', kind: 'ADD_COVERAGE', organisation: 'c', region: 'PV21', partial: false },
    ],
  } as unknown as StoredScenario;

  it('names the changes to the organisations, and of their statements only those about the groups asked', () => {
    const ids = (q: Parameters<typeof changesTouching>[1]) => changesTouching(scenario, q).map((c) => c.id);
    expect(ids({ organisations: ['a'] })).toEqual(['c1', 'c2', 'c3']);
    expect(ids({ organisations: ['a'], targetGroups: ['breed-mkb', 'micro-mkb'] })).toEqual(['c1', 'c3']);
    expect(ids({ organisations: ['c'] })).toEqual(['c4']);
    expect(ids({ organisations: [] })).toEqual([]);
  });

  it('names the changes about a group: its statements, and referrals for it or for every group', () => {
    expect(changesAbout(scenario, ['startup']).map((c) => c.id)).toEqual(['c2', 'c3']);
    expect(changesAbout(scenario, ['zzp']).map((c) => c.id)).toEqual(['c3']);
  });
});
