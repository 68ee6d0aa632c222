import { describe, expect, it } from 'vitest';
import { ask, setFilter, setMatrixLevel, setMode, setView, setYear, selectOrganisation } from '../state/transitions.ts';
import { DEFAULT_STATE } from '../state/view-state.ts';
import { INITIAL_SESSION } from '../edit/session.ts';
import { referralCreateForm } from '../edit/forms.ts';
import { CSV_EXPORTS, GRAPH_EXPORTS, TEMPLATES } from './exports.ts';
import { GRAPH_LIMIT, HISTORY_LIMIT, editRequests, graphFilter, requestKey, requestsFor } from './requests.ts';

describe('graphFilter', () => {
  it('asks for the whole graph by default', () => {
    expect(graphFilter(DEFAULT_STATE)).toEqual({ limit: GRAPH_LIMIT });
  });

  it('narrows the graph to the question and the filters', () => {
    const s = setYear(setFilter(ask(DEFAULT_STATE, 'breed-mkb', 'PV21'), 'types', ['rom']), 2017);
    expect(graphFilter(s)).toEqual({
      limit: GRAPH_LIMIT,
      region: 'PV21',
      targetGroups: ['breed-mkb'],
      types: ['rom'],
      asOf: 2017,
    });
  });

  it('shows every organisation of the region in the analysis modes', () => {
    const s = setMode(ask(DEFAULT_STATE, 'breed-mkb', 'PV21'), 'gaten');
    expect(graphFilter(s)).toEqual({ limit: GRAPH_LIMIT, region: 'PV21' });
  });

  it('lets explicit target-group filters replace the question group', () => {
    const s = setFilter(ask(DEFAULT_STATE, 'breed-mkb', null), 'targetGroups', ['zzp', 'starter']);
    expect(graphFilter(s).targetGroups).toEqual(['starter', 'zzp']);
  });
});

describe('requestsFor', () => {
  it('loads reference data and the graph, and nothing else, by default', () => {
    const r = requestsFor(DEFAULT_STATE);
    expect(r.reference.op).toBe('reference');
    expect(r.graph.op).toBe('graphSlice');
    expect([r.answer, r.matrix, r.map, r.organisation, r.overlaps, r.gaps, r.paths]).toEqual(Array(7).fill(null));
  });

  it('asks who serves once group and region are both chosen', () => {
    expect(requestsFor(ask(DEFAULT_STATE, 'breed-mkb', null)).answer).toBeNull();
    expect(requestsFor(ask(DEFAULT_STATE, 'breed-mkb', 'PV21')).answer).toEqual({
      op: 'whoServes',
      vars: { targetGroup: 'breed-mkb', region: 'PV21' },
    });
  });

  it('loads the matrix of the chosen level, and municipalities within a province', () => {
    const s = setMatrixLevel(setView(DEFAULT_STATE, 'matrix'), 'MUNICIPALITY', 'PV30');
    expect(requestsFor(s).matrix?.vars).toEqual({ level: 'MUNICIPALITY', within: 'PV30' });
    expect(requestsFor(setView(DEFAULT_STATE, 'matrix')).matrix?.vars).toEqual({ level: 'PROVINCE' });
  });

  it('passes a single theme or phase filter to coverage, not several', () => {
    const one = setFilter(setView(DEFAULT_STATE, 'kaart'), 'themes', ['innovatie']);
    expect(requestsFor(one).map?.vars).toEqual({ level: 'PROVINCE', theme: 'innovatie' });
    const two = setFilter(one, 'themes', ['innovatie', 'financiering']);
    expect(requestsFor(two).map?.vars).toEqual({ level: 'PROVINCE' });
  });

  it('loads the details of the selected organisation for the year', () => {
    const r = requestsFor(setYear(selectOrganisation(DEFAULT_STATE, 'kvk'), 2017));
    expect(r.organisation?.vars).toEqual({ id: 'kvk', asOf: 2017 });
    expect(r.conformance?.vars).toEqual({});
  });

  it('loads the analysis of the graph mode only when its question is complete', () => {
    const q = ask(DEFAULT_STATE, 'breed-mkb', 'PV21');
    expect(requestsFor(setMode(q, 'overlap')).overlaps?.vars).toEqual({ region: 'PV21', targetGroup: 'breed-mkb' });
    expect(requestsFor(setMode(q, 'gaten')).gaps?.op).toBe('referralGaps');
    expect(requestsFor(setMode(q, 'pad')).paths?.vars).toMatchObject({ from: 'kvk', region: 'PV21' });
    expect(requestsFor(setMode(DEFAULT_STATE, 'gaten')).gaps).toBeNull();
  });
});

describe('requestKey', () => {
  it('does not depend on the order of the variables', () => {
    expect(requestKey({ op: 'x', vars: { a: 1, b: [2] } })).toBe(requestKey({ op: 'x', vars: { b: [2], a: 1 } }));
  });
});

describe('editRequests', () => {
  it('loads the history of the selected organisation only while the panel is open', () => {
    const selected = selectOrganisation(DEFAULT_STATE, 'kvk');
    expect(editRequests(selected, INITIAL_SESSION).history).toBeNull();
    expect(editRequests(selected, { ...INITIAL_SESSION, historyOpen: true }).history).toEqual({
      op: 'history',
      vars: { id: 'kvk', limit: HISTORY_LIMIT },
    });
    expect(editRequests(DEFAULT_STATE, { ...INITIAL_SESSION, historyOpen: true }).history).toBeNull();
  });

  it('loads the names of all organisations while a form with an organisation picker is open', () => {
    expect(editRequests(DEFAULT_STATE, INITIAL_SESSION).organisationNames).toBeNull();
    const form = {
      id: 1,
      spec: referralCreateForm('kvk', null),
      idempotencyKey: 'k',
      busy: false,
      problems: [],
      error: null,
    };
    expect(editRequests(DEFAULT_STATE, { ...INITIAL_SESSION, form }).organisationNames).toEqual({
      op: 'organisationNames',
      vars: {},
    });
  });
});

describe('the export and template links', () => {
  it('point at the API endpoints for the whole graph, a CSV per entity and the templates', () => {
    expect(GRAPH_EXPORTS.map((l) => l.path)).toEqual([
      '/api/export/graph.json',
      '/api/export/graph.graphml',
      '/api/export/graph.gexf',
    ]);
    expect(CSV_EXPORTS.map((l) => l.path)).toEqual(
      ['organisations', 'coverage', 'serves', 'services', 'referrals', 'mappings'].map(
        (e) => `/api/export/csv/${e}.csv`,
      ),
    );
    expect(TEMPLATES.map((l) => l.path)).toContain('/api/import/templates/workbook.xlsx');
    expect(new Set([...GRAPH_EXPORTS, ...CSV_EXPORTS, ...TEMPLATES].map((l) => l.fileName)).size).toBe(
      GRAPH_EXPORTS.length + CSV_EXPORTS.length + TEMPLATES.length,
    );
  });
});
