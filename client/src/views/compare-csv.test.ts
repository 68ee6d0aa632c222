import { describe, expect, it } from 'vitest';
import type { ComparisonQuery } from '../api/generated.ts';
import { comparisonCellsCsv, comparisonItemsCsv } from './compare-csv.ts';

const COMPARISON: ComparisonQuery['comparison'] = {
  rows: [{ id: 'PV26', name: 'Utrecht' }],
  columns: [{ id: 'breed-mkb', name: 'Breed mkb', nameEn: 'Established SMEs' }],
  cells: [
    {
      region: 'PV26',
      targetGroup: 'breed-mkb',
      before: 'COVERED',
      after: 'GAP',
      providersBefore: 1,
      providersAfter: 0,
      changed: true,
      explanation: 'COVERED → GAP (1 → 0 regional providers)',
    },
  ],
  started: [],
  stopped: [
    {
      kind: 'ORGANISATION',
      explanation: '=Syntens stopped',
      organisation: { id: 'syntens', name: 'Syntens' },
      other: null,
      targetGroup: null,
      region: null,
      service: null,
      serviceName: null,
    },
    {
      kind: 'SERVICE',
      explanation: 'KVK runs Business Challenge (stopped)',
      organisation: { id: 'kvk', name: 'KVK' },
      other: null,
      targetGroup: null,
      region: null,
      service: 'act-business-challenge',
      serviceName: 'Business Challenge',
    },
  ],
};

describe('the comparison as CSV', () => {
  it('writes each cell with both statuses, both numbers and the server’s explanation', () => {
    const lines = comparisonCellsCsv(COMPARISON).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      'regio_id,regio,doelgroep_id,status_voor,status_na,aanbieders_voor,aanbieders_na,gewijzigd,toelichting',
    );
    expect(lines[1]).toBe('PV26,Utrecht,breed-mkb,COVERED,GAP,1,0,ja,COVERED → GAP (1 → 0 regional providers)');
  });

  it('writes what stopped with its kind and organisation, a formula-like text made harmless', () => {
    const lines = comparisonItemsCsv(COMPARISON).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      'wat,soort,organisatie_id,organisatie,andere_id,doelgroep_id,regio_id,dienst_id,dienst,toelichting',
    );
    expect(lines[1]).toBe("gestopt,ORGANISATION,syntens,Syntens,,,,,,'=Syntens stopped");
    expect(lines[2]).toBe(
      'gestopt,SERVICE,kvk,KVK,,,,act-business-challenge,Business Challenge,KVK runs Business Challenge (stopped)',
    );
  });
});
