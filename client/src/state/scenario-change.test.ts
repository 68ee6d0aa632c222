import { describe, expect, it } from 'vitest';
import { CHANGE_FIELDS, CHANGE_KINDS, changeInput, problemField, type ChangeValues } from './scenario-change.ts';

const values = (over: Partial<ChangeValues> = {}): ChangeValues => ({
  text: {},
  partial: false,
  targetGroups: [],
  source: 'Rapport §7.3.2',
  note: '',
  ...over,
});

describe('a scenario change from the form', () => {
  it('names fields for every kind the API knows', () => {
    expect(CHANGE_KINDS).toHaveLength(12);
    for (const kind of CHANGE_KINDS) expect(CHANGE_FIELDS[kind].length).toBeGreaterThan(0);
  });

  it('keeps only the fields its kind takes, trimmed, and leaves empty ones out', () => {
    const input = changeInput(
      'SET_SERVES',
      values({ text: { organisation: ' kvk ', targetGroup: 'breed-mkb', role: 'PRIMARY', scope: '', name: 'x' } }),
    );
    expect(input).toEqual({
      kind: 'SET_SERVES',
      organisation: 'kvk',
      targetGroup: 'breed-mkb',
      role: 'PRIMARY',
      source: 'Rapport §7.3.2',
    });
  });

  it('sends partial coverage as a yes or no, a referral’s groups as a list, and a note when there is one', () => {
    expect(
      changeInput('ADD_COVERAGE', values({ text: { organisation: 'kvk', region: 'PV26' }, note: ' open ' })),
    ).toEqual({
      kind: 'ADD_COVERAGE',
      organisation: 'kvk',
      region: 'PV26',
      partial: false,
      source: 'Rapport §7.3.2',
      note: 'open',
    });
    expect(
      changeInput('ADD_REFERRAL', values({ text: { from: 'kvk', to: 'rvo' }, targetGroups: ['starter'] })),
    ).toEqual({ kind: 'ADD_REFERRAL', from: 'kvk', to: 'rvo', targetGroups: ['starter'], source: 'Rapport §7.3.2' });
  });

  it('sends a service’s years as numbers (as typed when they are not) and its one region as a list', () => {
    expect(
      changeInput(
        'ADD_SERVICE',
        values({
          text: { organisation: 'kvk', name: 'Loket', serviceStatus: 'ACTIVE', regions: 'PV21', validFrom: '2024' },
        }),
      ),
    ).toEqual({
      kind: 'ADD_SERVICE',
      organisation: 'kvk',
      name: 'Loket',
      serviceStatus: 'ACTIVE',
      regions: ['PV21'],
      validFrom: 2024,
      source: 'Rapport §7.3.2',
    });
    expect(
      changeInput(
        'UPDATE_SERVICE',
        values({ text: { service: 'act-loket', serviceStatus: 'STOPPED', validTo: '20x5' } }),
      ),
    ).toEqual({
      kind: 'UPDATE_SERVICE',
      service: 'act-loket',
      serviceStatus: 'STOPPED',
      validTo: '20x5',
      source: 'Rapport §7.3.2',
    });
  });
});

describe('the field an API error names', () => {
  it('comes from extensions.field, without the path before it', () => {
    expect(problemField('refused', { field: 'input.changes[0].organisation' })).toBe('organisation');
    expect(problemField('refused', { field: 'title' })).toBe('title');
  });

  it('comes from the message when the extensions name none', () => {
    expect(problemField('input.changes[1].targetGroup: unknown target group "x"')).toBe('targetGroup');
    expect(problemField('input.title must not be empty')).toBe('title');
  });

  it('is none when neither names a field', () => {
    expect(problemField('the scenario changed meanwhile')).toBeNull();
  });
});
