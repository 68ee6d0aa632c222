import { describe, expect, it } from 'vitest';
import type { ScenarioChange } from '../repos/projection/scenarios.ts';
import type { LiveChange, TouchedFact } from '../repos/scenario-adoption-writes.ts';
import { adoptionConflicts, earliestChange, effectiveChanges } from './scenario-adoption-plan.ts';

const base = (id: string, at?: string) => ({ id, source: 's', note: null, ...(at ? { at } : {}) });
const serves = (id: string, org: string, group = 'starter', at?: string): ScenarioChange => ({
  ...base(id, at),
  kind: 'SET_SERVES',
  organisation: org,
  targetGroup: group,
  role: 'primary',
  scope: null,
});
const add = (id: string, org: string): ScenarioChange => ({
  ...base(id),
  kind: 'ADD_ORGANISATION',
  organisation: org,
  name: org,
  type: 'regional-executor',
  scale: null,
  region: 'PV26',
});
const remove = (id: string, org: string): ScenarioChange => ({
  ...base(id),
  kind: 'REMOVE_ORGANISATION',
  organisation: org,
});
const refer = (id: string, from: string, to: string): ScenarioChange => ({
  ...base(id),
  kind: 'ADD_REFERRAL',
  from,
  to,
  referralKind: 'referral',
  targetGroups: [],
});

describe('the changes an adoption makes', () => {
  it('leaves out changes about an organisation a later change removes, and keeps that removal', () => {
    const changes = [serves('c1', 'kvk'), refer('c2', 'rvo', 'kvk'), serves('c3', 'rvo'), remove('c4', 'kvk')];
    expect(effectiveChanges(changes).map((c) => c.id)).toEqual(['c3', 'c4']);
  });

  it('makes nothing of an organisation the scenario adds and removes again', () => {
    const changes = [add('c1', 'nieuw'), serves('c2', 'nieuw'), remove('c3', 'nieuw'), serves('c4', 'kvk')];
    expect(effectiveChanges(changes).map((c) => c.id)).toEqual(['c4']);
  });

  it('keeps the removal of a live organisation and what a new one of the same id does after it', () => {
    const changes = [serves('c1', 'x'), remove('c2', 'x'), add('c3', 'x'), serves('c4', 'x')];
    expect(effectiveChanges(changes).map((c) => c.id)).toEqual(['c2', 'c3', 'c4']);
  });
});

const fact = (f: Partial<TouchedFact>): TouchedFact => ({
  type: null,
  key: '',
  fromId: null,
  toId: null,
  created: false,
  deleted: false,
  ...f,
});
const live = (id: string, at: string, facts: TouchedFact[]): LiveChange => ({
  id,
  at,
  user: 'someone',
  action: 'X',
  summary: `live ${id}`,
  facts,
});

describe('what the live map changed underneath a scenario', () => {
  const created = '2026-12-01T10:00:00.000Z';

  it('names a live change to the very statement a change is about, made after that change', () => {
    const changes = [serves('c1', 'kvk', 'starter', '2026-12-02T10:00:00.000Z')];
    const starter = fact({ type: 'SERVES', key: 'kvk|starter|sole|all', fromId: 'kvk', toId: 'starter' });
    const conflicts = adoptionConflicts(changes, created, [
      live('before', '2026-12-02T09:00:00.000Z', [starter]),
      live('after', '2026-12-03T09:00:00.000Z', [starter]),
      live('other-group', '2026-12-03T09:00:00.000Z', [{ ...starter, toId: 'scaleup' }]),
    ]);
    expect(conflicts).toEqual([
      {
        change: 'c1',
        summary: 'kvk serves starter (primary)',
        liveChange: 'after',
        user: 'someone',
        at: '2026-12-03T09:00:00.000Z',
        liveSummary: 'live after',
      },
    ]);
  });

  it('counts from the scenario’s creation for a change without its own moment', () => {
    const conflicts = adoptionConflicts([refer('c1', 'kvk', 'rvo')], created, [
      live('l1', '2026-12-01T11:00:00.000Z', [fact({ type: 'REFERS_TO', key: 'rel-1', fromId: 'kvk', toId: 'rvo' })]),
      live('l2', '2026-12-01T11:00:00.000Z', [fact({ type: 'REFERS_TO', key: 'rel-2', fromId: 'rvo', toId: 'kvk' })]),
    ]);
    expect(conflicts.map((c) => c.liveChange)).toEqual(['l1']);
  });

  it('sees an organisation that appeared or went, not one whose name changed, for a statement of it', () => {
    const changes = [serves('c1', 'kvk')];
    const renamed = live('renamed', '2026-12-02T00:00:00.000Z', [fact({ key: 'kvk' })]);
    const deleted = live('deleted', '2026-12-02T00:00:00.000Z', [fact({ key: 'kvk', deleted: true })]);
    expect(adoptionConflicts(changes, created, [renamed, deleted]).map((c) => c.liveChange)).toEqual(['deleted']);
  });

  it('sees anything done to an organisation the scenario removes', () => {
    const cover = fact({ type: 'COVERS', key: 'kvk|PV21', fromId: 'kvk', toId: 'PV21' });
    const conflicts = adoptionConflicts([remove('c1', 'kvk')], created, [live('l1', '2026-12-02T00:00:00Z', [cover])]);
    expect(conflicts.map((c) => c.change)).toEqual(['c1']);
  });

  it('reads the audit trail from the earliest change', () => {
    const changes = [serves('c1', 'a', 'starter', '2026-12-03T00:00:00.000Z'), serves('c2', 'b')];
    expect(earliestChange(changes, created)).toBe(created);
    expect(earliestChange([changes[0]!], created)).toBe(created);
  });
});
