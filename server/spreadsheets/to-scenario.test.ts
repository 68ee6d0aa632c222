import { describe, expect, it } from 'vitest';
import type { RowReport } from './report.ts';
import { plannedWrite } from './test-fixtures.ts';
import { scenarioChangesOf } from './to-scenario.ts';

const write = plannedWrite;
const row = (sheet: string, n: number, key: string): RowReport => ({ sheet, row: n, key, status: 'new', changes: [] });

describe('a spreadsheet’s writes as scenario changes', () => {
  it('says new organisations (with their first coverage), coverage, roles and active referrals', () => {
    const writes = [
      write({ kind: 'organisation', key: 'loket', set: { name: 'Loket', type: 'regional-executor', aliases: [] } }),
      write({ kind: 'coverage', key: 'loket|PV26', from: 'loket', to: 'PV26', set: { partial: false } }),
      write({ kind: 'coverage', key: 'loket|PV27', from: 'loket', to: 'PV27', set: { partial: true } }),
      write({ kind: 'serves', key: 'kvk|zzp|sole|PV26', op: 'update', version: 3, set: { role: 'secondary' } }),
      write({
        kind: 'referral',
        key: 'new:kvk|loket|referral',
        from: 'kvk',
        to: 'loket',
        set: { kind: 'warm-handover', status: 'active', targetGroups: ['zzp'] },
      }),
    ];
    const { changes, errors } = scenarioChangesOf(writes, [], 'Bron');
    expect(errors).toEqual([]);
    expect(changes).toEqual([
      {
        kind: 'ADD_ORGANISATION',
        organisation: 'loket',
        name: 'Loket',
        organisationType: 'regional-executor',
        scale: null,
        region: 'PV26',
        source: 'Bron',
      },
      { kind: 'ADD_COVERAGE', organisation: 'loket', region: 'PV27', partial: true, source: 'Bron' },
      { kind: 'SET_SERVES', organisation: 'kvk', targetGroup: 'zzp', role: 'SECONDARY', scope: 'PV26', source: 'Bron' },
      {
        kind: 'ADD_REFERRAL',
        from: 'kvk',
        to: 'loket',
        referralKind: 'WARM_HANDOVER',
        targetGroups: ['zzp'],
        source: 'Bron',
      },
    ]);
  });

  it('names the row and column of what no scenario change can say', () => {
    const writes = [
      write({ kind: 'serves', key: 'kvk|zzp|sole|all', op: 'update', version: 1, set: { phases: ['weten'] } }),
      write({ kind: 'serves', key: 'rvo|zzp|sole|all', set: { role: 'primary', themes: ['innovatie'] } }),
      write({ kind: 'referral', key: 'new:kvk|rvo|referral', from: 'kvk', to: 'rvo', set: { status: 'pilot' } }),
      write({ kind: 'organisation', key: 'kvk', op: 'update', version: 2, set: { description: 'Kamer' } }),
      write({ kind: 'mapping', key: 'PV26|zzp', op: 'delete', version: 1 }),
      write({ kind: 'service', key: 'act-x', op: 'update', version: 1, from: 'kvk', set: { validTo: null } }),
    ];
    const rows = [
      row('serves', 2, 'kvk|zzp|sole|all'),
      row('serves', 3, 'rvo|zzp|sole|all'),
      row('referrals', 2, 'new:kvk|rvo|referral'),
      row('organisations', 4, 'kvk'),
      row('mappings', 2, 'PV26|zzp'),
      row('services', 5, 'act-x'),
    ];
    const { changes, errors } = scenarioChangesOf(writes, rows, 'Bron');
    expect(changes).toEqual([]);
    expect(errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['serves', 2, 'phases'],
      ['serves', 3, 'themes'],
      ['referrals', 2, 'status'],
      ['organisations', 4, 'description'],
      ['mappings', 2, null],
      ['services', 5, 'validTo'],
    ]);
    expect(errors[4]!.message).toContain('cannot delete this mapping');
    expect(errors[5]!.message).toContain("cannot clear a service's validTo");
  });

  it('says an organisation’s new name, type or scale, and new and changed services with their lifecycle', () => {
    const writes = [
      write({ kind: 'organisation', key: 'kvk', op: 'update', version: 2, set: { name: 'KvK', searchKey: '|kvk|' } }),
      write({
        kind: 'service',
        key: 'act-loket',
        from: 'ynbusiness',
        set: {
          id: 'act-loket',
          kind: 'activity',
          aliases: [],
          name: 'Loket',
          status: 'planned',
          targetGroups: ['breed-mkb'],
          regions: ['PV21'],
          validFrom: 2027,
        },
      }),
      write({
        kind: 'service',
        key: 'act-nieuwsbrieven',
        op: 'update',
        version: 4,
        from: 'kvk',
        set: { status: 'stopped', validTo: 2025 },
      }),
    ];
    const { changes, errors } = scenarioChangesOf(writes, [], 'Bron');
    expect(errors).toEqual([]);
    expect(changes).toEqual([
      {
        kind: 'UPDATE_ORGANISATION',
        organisation: 'kvk',
        name: 'KvK',
        organisationType: null,
        scale: null,
        source: 'Bron',
      },
      {
        kind: 'ADD_SERVICE',
        organisation: 'ynbusiness',
        service: 'act-loket',
        name: 'Loket',
        serviceStatus: 'PLANNED',
        targetGroups: ['breed-mkb'],
        regions: ['PV21'],
        validFrom: 2027,
        validTo: null,
        source: 'Bron',
      },
      {
        kind: 'UPDATE_SERVICE',
        service: 'act-nieuwsbrieven',
        name: null,
        serviceStatus: 'STOPPED',
        targetGroups: null,
        regions: null,
        validFrom: null,
        validTo: 2025,
        source: 'Bron',
      },
    ]);
  });
});
