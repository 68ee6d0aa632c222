import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentHash } from '../../seed/load.ts';
import { resetToSeed, testDb } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';
import { csv, download, exportLines, SOURCE, upload, workbook, XLSX } from '../helpers/spreadsheet.ts';

// Where a source looked, kept in a spreadsheet: the mappings sheet ("in kaart") through the REST import and
// export, against the seed. Groningen (PV20) was never studied by the report, so its breed mkb is UNMAPPED until a
// row records a source for it.

const tokens = inject('tokens');
const db = testDb();
const HEADER = 'region,targetGroup,year,note,sources,remove';
const GRONINGEN = 'PV20,breed-mkb,2024,Regioscan Groningen,https://example.org/regioscan-groningen,';

const statusOf = async (region: string, targetGroup: string): Promise<string> => {
  const res = await gql<{ coverageCell: { status: string } }>(
    'query($r: ID!, $t: ID!) { coverageCell(region: $r, targetGroup: $t) { status } }',
    { r: region, t: targetGroup },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.coverageCell.status;
};

describe('the mappings sheet', () => {
  let seedHash: string;
  beforeAll(async () => {
    seedHash = await contentHash(db);
  });
  afterAll(async () => {
    await resetToSeed();
  });

  it('serves a template with its columns, also under its Dutch name', async () => {
    const r = await download('/api/import/templates/in%20kaart.csv');
    expect(r.status).toBe(200);
    expect(r.bytes.toString('utf8')).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('exports the seed’s 20 mappings, which import back unchanged', async () => {
    const lines = await exportLines('mappings');
    expect(lines[0]).toBe(HEADER);
    // Five provincial factsheets × the four columns of their canvas (§6.2 [L865]).
    expect(lines).toHaveLength(21);
    expect(lines.filter((l) => l.startsWith('PV23,'))).toEqual([
      expect.stringMatching(/^PV23,breed-mkb,2023,,.*§6\.2 Opbouw van de factsheets \[L865\].*,$/),
      expect.stringMatching(/^PV23,innovatief-mkb,2023,/),
      expect.stringMatching(/^PV23,starter,2023,/),
      expect.stringMatching(/^PV23,startup,2023,/),
    ]);
    const r = await upload({ mode: 'dry-run', entity: 'mappings' }, csv(lines));
    expect(r.body.errors).toEqual([]);
    expect(r.body.summary).toEqual({ mappings: { new: 0, changed: 0, unchanged: 20, removed: 0 } });
  });

  it('shows in a dry run what a row would record, and writes nothing', async () => {
    const bytes = await workbook({ 'In kaart': [HEADER.split(','), GRONINGEN.split(',')] });
    const r = await upload({ mode: 'dry-run' }, bytes, { contentType: XLSX });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, errors: [], summary: { mappings: { new: 1, removed: 0 } } });
    expect(r.body.rows).toEqual([
      {
        sheet: 'In kaart',
        row: 2,
        key: 'PV20|breed-mkb',
        status: 'new',
        changes: [
          { field: 'year', before: null, after: 2024 },
          { field: 'note', before: null, after: 'Regioscan Groningen' },
          { field: 'sources', before: null, after: ['https://example.org/regioscan-groningen', SOURCE] },
        ],
      },
    ]);
    expect(await contentHash(db)).toBe(seedHash);
    expect(await statusOf('PV20', 'breed-mkb')).toBe('UNMAPPED');
  });

  it('refuses a row for Groningen from an editor limited to Overijssel and writes nothing', async () => {
    const r = await upload({ mode: 'apply', entity: 'in kaart' }, csv([HEADER, GRONINGEN]), {
      token: tokens.editorOverijssel,
    });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(r.body.errors).toEqual([
      expect.objectContaining({ sheet: 'mappings', row: 2, column: 'region', value: 'PV20', code: 'FORBIDDEN' }),
    ]);
    expect(await contentHash(db)).toBe(seedHash);
  });

  it('lists bad cells of the sheet and writes nothing', async () => {
    const lines = [
      HEADER,
      'Groninge,breed-mkb,2024,,,',
      'Groningen,breed-mkb,2024,,,',
      'PV20,kleuters,2024,,,',
      'PV20,starter,2200,,,',
      'PV20,zzp,2024,,,',
      'PV20,zzp,2025,,,',
    ];
    const r = await upload({ mode: 'apply', entity: 'mappings' }, csv(lines));
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [2, 'region', 'Groninge'],
      [3, 'region', 'Groningen'],
      [4, 'targetGroup', 'kleuters'],
      [5, 'year', '2200'],
      [7, 'region', 'PV20'],
    ]);
    expect(r.body.errors[0]!.message).toContain('Unknown region "Groninge"');
    expect(r.body.errors[1]!.message).toContain(
      'ambiguous: it can mean Groningen (GM0014, MUNICIPALITY), Groningen (PV20',
    );
    expect(r.body.errors[3]!.message).toBe('must be a year: a whole number from 1800 to 2100');
    expect(r.body.errors[4]!.message).toBe('duplicate row: row 6 already has the mapping of PV20 for zzp');
    expect(await contentHash(db)).toBe(seedHash);
  });

  describe('an apply', () => {
    let recorded: string;

    it('turns Groningen’s breed mkb from not mapped into a gap, in one recorded change', async () => {
      const body = csv([HEADER, GRONINGEN]);
      const dry = await upload({ mode: 'dry-run', entity: 'in kaart' }, body);
      const r = await upload({ mode: 'apply', entity: 'in kaart', expect: dry.body.planHash! }, body);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body).toMatchObject({ ok: true, planHash: dry.body.planHash });
      recorded = r.body.changeId!;
      expect(await statusOf('PV20', 'breed-mkb')).toBe('GAP');
      const [edge] = await db.readRaw<{ props: Record<string, unknown>; states: string[]; summary: string }>(
        'test',
        `MATCH (:Region {id: 'PV20'})-[m:MAPPED_FOR]->(:TargetGroup {id: 'breed-mkb'})
         MATCH (c:Change {id: $id})
         RETURN properties(m) AS props, c.summary AS summary,
                COLLECT { MATCH (c)-[s:STATE]->() RETURN s.entity + ':' + s.when } AS states`,
        { id: recorded },
      );
      expect(edge!.props).toMatchObject({
        year: 2024,
        note: 'Regioscan Groningen',
        sources: ['https://example.org/regioscan-groningen', SOURCE],
        provenance: 'user',
        version: 1,
        updatedBy: 'test-editor',
      });
      expect(edge!.states).toEqual(['mapping:PV20|breed-mkb:after']);
      expect(edge!.summary).toBe('Spreadsheet import: mappings 1 new');
      const again = await upload({ mode: 'dry-run', entity: 'in kaart' }, body);
      expect(again.body.rows.map((x) => x.status)).toEqual(['unchanged']);
    });

    it('removes the record with remove = ja, so the cell is not mapped again, and a revert puts it back', async () => {
      const body = csv([HEADER, 'PV20,breed-mkb,,,,ja']);
      const r = await upload({ mode: 'apply', entity: 'mappings' }, body);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.summary).toEqual({ mappings: { new: 0, changed: 0, unchanged: 0, removed: 1 } });
      expect(await statusOf('PV20', 'breed-mkb')).toBe('UNMAPPED');
      const [change] = await db.readRaw<{ states: string[] }>(
        'test',
        `MATCH (c:Change {id: $id}) RETURN COLLECT { MATCH (c)-[s:STATE]->() RETURN s.entity + ':' + s.when } AS states`,
        { id: r.body.changeId },
      );
      expect(change!.states).toEqual(['mapping:PV20|breed-mkb:before']);
      const again = await upload({ mode: 'dry-run', entity: 'mappings' }, body);
      expect(again.body.rows.map((x) => x.status)).toEqual(['unchanged']);

      const revert = await gql(
        'mutation($id: ID!, $change: ChangeInput) { revertChange(id: $id, change: $change) { change { action } } }',
        { id: r.body.changeId, change: { source: 'Test: undo the removal' } },
        { token: tokens.admin },
      );
      expect(revert.errors, JSON.stringify(revert.errors)).toBeUndefined();
      expect(await statusOf('PV20', 'breed-mkb')).toBe('GAP');
    });
  });
});
