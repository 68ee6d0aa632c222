import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import type { ImportReport } from '../api/rest.ts';
import { entityDiff, formatValue } from './diff.ts';
import { conflictRows, describeError } from './errors.ts';
import { YNBUSINESS } from './fixtures.test-data.ts';
import { organisationUpdateForm } from './forms.ts';
import { changeRows, importProblems, summaryRows } from './import-model.ts';
import { normaliseToken, tokenStore, TOKEN_KEY, type SessionStorageLike } from './token-store.ts';

describe('entityDiff', () => {
  it('lists the changed properties with readable values, without the bookkeeping ones', () => {
    expect(
      entityDiff(
        { name: 'YnBusiness', phases: ['weten'], version: 3, updatedAt: 'x', description: null },
        { name: 'YnBusiness', phases: ['weten', 'kunnen'], version: 4, updatedAt: 'y', description: 'Nieuw' },
      ),
    ).toEqual([
      { field: 'description', before: '—', after: 'Nieuw' },
      { field: 'phases', before: 'weten', after: 'weten, kunnen' },
    ]);
  });

  it('shows every property of a created entity against nothing, and of a deleted one against nothing after', () => {
    expect(entityDiff(null, { status: 'active', partial: false })).toEqual([
      { field: 'partial', before: '—', after: '✗' },
      { field: 'status', before: '—', after: 'active' },
    ]);
    expect(entityDiff({ status: 'active' }, null)).toEqual([{ field: 'status', before: 'active', after: '—' }]);
  });

  it('formats nested maps as key and value pairs', () => {
    expect(formatValue({ document: 'kplusv-2023', lines: [1, 2] })).toBe('document: kplusv-2023; lines: 1, 2');
    expect(formatValue([])).toBe('—');
  });
});

describe('describeError', () => {
  it('reads a conflict with the current state, sorted, without bookkeeping', () => {
    const p = describeError(
      new ApiError('stale', 'CONFLICT', {
        current: { version: 5, name: 'KVK', description: 'Nu dit' },
        currentVersion: 5,
      }),
    );
    expect(p.kind).toBe('CONFLICT');
    expect(p.current).toEqual([
      { field: 'description', value: 'Nu dit' },
      { field: 'name', value: 'KVK' },
    ]);
    expect(p.currentVersion).toBe(5);
  });

  it('names the refused field by its last path segment, with the value and what is allowed', () => {
    const p = describeError(
      new ApiError('patch.type: unknown', 'BAD_USER_INPUT', {
        field: 'patch.type',
        value: 'ruimteschip',
        allowed: ['rom', 'kvk'],
      }),
    );
    expect(p).toMatchObject({ kind: 'BAD_USER_INPUT', field: 'type', value: 'ruimteschip', allowed: ['rom', 'kvk'] });
  });

  it('names the id the API refused, so its rule for ids shows at the id field', () => {
    const p = describeError(
      new ApiError(
        'input.id: must be lowercase letters, digits and single dashes (2 to 80 characters)',
        'BAD_USER_INPUT',
        { field: 'input.id', value: 'Geen Slug' },
      ),
    );
    expect(p).toMatchObject({ kind: 'BAD_USER_INPUT', field: 'id', value: 'Geen Slug' });
    expect(p.message).toMatch(/lowercase letters, digits and single dashes/);
  });

  it('tells a refused deletion from a stale version', () => {
    const p = describeError(
      new ApiError('has 2', 'CONFLICT', { relationships: 2, related: ['nom', 'kvk'], current: {} }),
    );
    expect(p.kind).toBe('REFERENCED');
    expect(p.related).toEqual(['nom', 'kvk']);
    expect(p.current).toBeNull();
  });

  it('shows of a conflict the form fields someone else changed, what the form showed beside what is stored', () => {
    const spec = organisationUpdateForm(YNBUSINESS);
    const current = describeError(
      new ApiError('stale', 'CONFLICT', {
        current: { name: 'YnBusiness', description: 'Van een collega', searchKey: '|ynbusiness|', version: 4 },
      }),
    ).current;
    expect(conflictRows(current, spec)).toEqual([
      { field: 'description', shown: 'Eerstelijns ondersteuning in Fryslân.', now: 'Van een collega' },
    ]);
    // Nothing of the form differs: every stored value of its fields, else all of them.
    const same = describeError(new ApiError('stale', 'CONFLICT', { current: { name: 'YnBusiness', x: 1 } })).current;
    expect(conflictRows(same, spec)).toEqual([{ field: 'name', shown: 'YnBusiness', now: 'YnBusiness' }]);
    const other = describeError(new ApiError('stale', 'CONFLICT', { current: { x: 1 } })).current;
    expect(conflictRows(other, spec)).toEqual([{ field: 'x', shown: '—', now: '1' }]);
  });

  it('treats unknown codes as internal errors', () => {
    expect(describeError(new ApiError('boom', 'DB_UNAVAILABLE')).kind).toBe('INTERNAL');
    expect(describeError(new ApiError('outside', 'FORBIDDEN', { provinces: ['PV23'] })).kind).toBe('FORBIDDEN');
  });
});

const REPORT: ImportReport = {
  mode: 'dry-run',
  ok: true,
  errors: [],
  summary: { organisations: { new: 1, changed: 1, unchanged: 7 } },
  rows: [
    { sheet: 'organisations', row: 2, key: 'nieuw', status: 'new', changes: [] },
    {
      sheet: 'organisations',
      row: 3,
      key: 'kvk',
      status: 'changed',
      changes: [
        { field: 'description', before: 'Oud', after: 'Nieuw' },
        { field: 'phases', before: ['weten'], after: ['weten', 'kunnen'] },
      ],
    },
    { sheet: 'organisations', row: 4, key: 'rvo', status: 'unchanged', changes: [] },
  ],
  planHash: 'abc',
};

describe('the import report model', () => {
  it('counts per entity and lists one line per changed field, unchanged rows left out', () => {
    expect(summaryRows(REPORT)).toEqual([{ entity: 'organisations', new: 1, changed: 1, unchanged: 7 }]);
    expect(changeRows(REPORT)).toEqual([
      { sheet: 'organisations', row: 2, key: 'nieuw', status: 'new', field: '', before: '—', after: '—' },
      {
        sheet: 'organisations',
        row: 3,
        key: 'kvk',
        status: 'changed',
        field: 'description',
        before: 'Oud',
        after: 'Nieuw',
      },
      {
        sheet: 'organisations',
        row: 3,
        key: 'kvk',
        status: 'changed',
        field: 'phases',
        before: 'weten',
        after: 'weten, kunnen',
      },
    ]);
  });

  it('counts and lists the removed rows of the mappings sheet, with what each record held', () => {
    const report: ImportReport = {
      ...REPORT,
      summary: { mappings: { new: 0, changed: 0, unchanged: 3, removed: 1 } },
      rows: [
        {
          sheet: 'in kaart',
          row: 2,
          key: 'PV20|breed-mkb',
          status: 'removed',
          changes: [{ field: 'year', before: 2024, after: null }],
        },
      ],
    };
    expect(summaryRows(report)).toEqual([{ entity: 'mappings', new: 0, changed: 0, unchanged: 3, removed: 1 }]);
    expect(changeRows(report)).toEqual([
      {
        sheet: 'in kaart',
        row: 2,
        key: 'PV20|breed-mkb',
        status: 'removed',
        field: 'year',
        before: '2024',
        after: '—',
      },
    ]);
  });

  it('asks for a file of a known type, the entity of a CSV and a source before a dry run', () => {
    expect(importProblems({ fileName: null, entity: '', source: '' })).toEqual(['file', 'source']);
    expect(importProblems({ fileName: 'data.ods', entity: '', source: 'x' })).toEqual(['fileType']);
    expect(importProblems({ fileName: 'Organisaties.CSV', entity: '', source: 'x' })).toEqual(['entity']);
    expect(importProblems({ fileName: 'werkmap.xlsx', entity: '', source: 'Kwartiermaker' })).toEqual([]);
  });
});

function fakeStorage(): SessionStorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('the token store', () => {
  it('keeps the token in session storage under one key and forgets it on clear', () => {
    const storage = fakeStorage();
    const tokens = tokenStore(storage);
    expect(tokens.get()).toBeNull();
    tokens.set('abcdefgh1234');
    expect(storage.map.get(TOKEN_KEY)).toBe('abcdefgh1234');
    expect(tokenStore(storage).get()).toBe('abcdefgh1234');
    tokens.clear();
    expect(storage.map.size).toBe(0);
    expect(tokens.get()).toBeNull();
  });

  it('keeps the token in memory where there is no session storage at all', () => {
    const tokens = tokenStore(null);
    tokens.set('abcdefgh1234');
    expect(tokens.get()).toBe('abcdefgh1234');
  });

  it('falls back to memory for this page when the browser refuses storage', () => {
    const refusing: SessionStorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const tokens = tokenStore(refusing);
    tokens.set('abcdefgh1234');
    expect(tokens.get()).toBe('abcdefgh1234');
    tokens.clear();
    expect(tokens.get()).toBeNull();
  });

  it('takes a pasted token with spaces or a Bearer prefix, and refuses what cannot be one', () => {
    expect(normaliseToken('  Bearer abc.DEF_123-xyz\n')).toBe('abc.DEF_123-xyz');
    expect(normaliseToken('short')).toBeNull();
    expect(normaliseToken('two words here')).toBeNull();
    expect(normaliseToken('')).toBeNull();
  });
});
