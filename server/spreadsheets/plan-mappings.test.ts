import { describe, expect, it } from 'vitest';
import { entityOfParameter, entityOfSheet } from './columns.ts';
import { readRecords } from './records.ts';
import { stateRequest, type ImportState } from './state.ts';
import { ADMIN, EDITOR_OVERIJSSEL, EMPTY_STATE, fileOf, messages, planOf, TEST_CELLS } from './test-fixtures.ts';

// The mappings sheet: where a source looked, one row per region × target group.

/** Overijssel's breed mkb is mapped (as seeded: no version yet); Noord-Brabant's starters at version 2. */
const STATE: ImportState = {
  ...EMPTY_STATE,
  mappings: [
    { region: 'PV23', group: 'breed-mkb', props: { year: 2023, note: null, sources: ['§6.2 [L865]'], version: null } },
    { region: 'PV30', group: 'starter', props: { year: 2023, note: 'canvas', sources: ['§6.2'], version: 2 } },
  ],
};

const HEADER = 'region,targetGroup,year,note,sources,remove';
const plan = (lines: string[], user = ADMIN) => planOf({ mappings: [HEADER, ...lines].join('\n') }, STATE, user);

describe('the mappings sheet', () => {
  it('is found by its own name and its Dutch names', () => {
    expect(entityOfSheet('Mappings')).toBe('mappings');
    expect(entityOfSheet('In kaart')).toBe('mappings');
    expect(entityOfParameter('in-kaart')).toBe('mappings');
  });

  it('asks the map for the region × target group pairs its rows name, each once, by region id', () => {
    const { records } = readRecords(
      fileOf({ mappings: 'region,targetGroup\nOverijssel,breed-mkb\nPV23,breed-mkb\nZwolle,starter' }),
      TEST_CELLS,
    );
    expect(stateRequest(records).mappings).toEqual([
      { region: 'PV23', group: 'breed-mkb' },
      { region: 'GM0193', group: 'starter' },
    ]);
  });
});

describe('planImport: mappings', () => {
  it('reports new, changed and unchanged rows keyed region|targetGroup, whatever name the row uses', () => {
    const p = plan([
      'Overijssel,breed-mkb,2023,,§6.2 [L865],',
      'Brabant,starter,2024,canvas,,nee',
      'Zwolle,zzp,2024,Regioscan Zwolle,https://example.org/scan,',
    ]);
    expect(p.errors).toEqual([]);
    expect(p.summary).toEqual({ mappings: { new: 1, changed: 1, unchanged: 1, removed: 0 } });
    expect(p.rows.map((r) => [r.row, r.key, r.status])).toEqual([
      [2, 'PV23|breed-mkb', 'unchanged'],
      [3, 'PV30|starter', 'changed'],
      [4, 'GM0193|zzp', 'new'],
    ]);
    expect(p.rows[1]!.changes).toEqual([
      { field: 'year', before: 2023, after: 2024 },
      { field: 'sources', before: ['§6.2'], after: ['§6.2', 'Import test'] },
    ]);
    expect(p.writes).toEqual([
      expect.objectContaining({
        kind: 'mapping',
        key: 'PV30|starter',
        op: 'update',
        version: 2,
        from: 'PV30',
        to: 'starter',
        organisations: [],
        set: { year: 2024, sources: ['§6.2', 'Import test'] },
      }),
      expect.objectContaining({
        kind: 'mapping',
        key: 'GM0193|zzp',
        op: 'create',
        version: null,
        set: {
          year: 2024,
          note: 'Regioscan Zwolle',
          sources: ['https://example.org/scan', 'Import test'],
          provenance: 'user',
          inferredFields: [],
        },
      }),
    ]);
    expect(p.planHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('removes a record with remove = ja against the version it saw, and finds nothing to remove elsewhere', () => {
    const p = plan(['PV30,starter,,,,ja', 'Zwolle,starter,,,,true']);
    expect(p.errors).toEqual([]);
    expect(p.summary).toEqual({ mappings: { new: 0, changed: 0, unchanged: 1, removed: 1 } });
    expect(p.rows.map((r) => [r.key, r.status])).toEqual([
      ['PV30|starter', 'removed'],
      ['GM0193|starter', 'unchanged'],
    ]);
    expect(p.rows[0]!.changes).toEqual([
      { field: 'year', before: 2023, after: null },
      { field: 'note', before: 'canvas', after: null },
      { field: 'sources', before: ['§6.2'], after: null },
    ]);
    expect(p.writes).toEqual([
      expect.objectContaining({ kind: 'mapping', key: 'PV30|starter', op: 'delete', version: 2, set: {} }),
    ]);
  });

  it('refuses an unknown region, an unknown target group, a bad year and a duplicate row, cell by cell', () => {
    const p = plan([
      'Atlantis,breed-mkb,2024,,,',
      'Overijssel,kleuters,2024,,,',
      'Overijssel,starter,twintig,,,',
      'Overijssel,zzp,1799,,,',
      'PV23,breed-mkb,2024,,,',
      'Overijssel,breed-mkb,2025,,,',
      'Zwolle,zzp,2024,,,misschien',
    ]);
    expect(messages(p)).toEqual([
      expect.stringMatching(/^mappings:2:region: Unknown region "Atlantis"/),
      expect.stringMatching(/^mappings:3:targetGroup: unknown target group "kleuters"; allowed: breed-mkb,/),
      'mappings:4:year: must be a year: a whole number from 1800 to 2100',
      'mappings:5:year: must be a year: a whole number from 1800 to 2100',
      'mappings:7:region: duplicate row: row 6 already has the mapping of PV23 for breed-mkb',
      'mappings:8:remove: must be true or false (ja/nee)',
    ]);
    expect(p.errors.find((e) => e.column === 'targetGroup')).toMatchObject({
      value: 'kleuters',
      allowed: ['breed-mkb', 'innovatief-mkb', 'starter', 'zzp'],
    });
    expect(p.planHash).toBeNull();
  });

  it('needs the region and the target group', () => {
    const p = planOf({ mappings: 'region,year\nPV23,2024' }, STATE);
    expect(messages(p)).toEqual(['mappings:1:targetGroup: required column "targetGroup" is missing']);
    const empty = plan([',starter,2024,,,']);
    expect(messages(empty)).toEqual(['mappings:2:region: a value is required in column "region"']);
  });
});

describe('planImport: mappings and the province scope', () => {
  it('lets an editor change regions inside their provinces and refuses the others row by row', () => {
    const p = plan(
      [
        'Enschede,starter,2024,,,',
        'Overijssel,breed-mkb,2024,,,',
        'Brabant,starter,,,,ja',
        'Den Bosch,zzp,2024,,,',
        'NL,zzp,2024,,,',
      ],
      EDITOR_OVERIJSSEL,
    );
    expect(p.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, 'region', 'FORBIDDEN'],
      [5, 'region', 'FORBIDDEN'],
      [6, 'region', 'FORBIDDEN'],
    ]);
    expect(p.errors[0]!.message).toBe(
      'What is known of region PV30 is a fact, outside the provinces user "otto" may change (PV23)',
    );
    expect(p.planHash).toBeNull();
  });

  it('lets an editor import rows outside their provinces that change nothing', () => {
    const p = plan(['Brabant,starter,2023,canvas,§6.2,', 'Den Bosch,zzp,,,,ja'], EDITOR_OVERIJSSEL);
    expect(p.errors).toEqual([]);
    expect(p.writes).toEqual([]);
  });
});
