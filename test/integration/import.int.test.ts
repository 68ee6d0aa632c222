import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentHash } from '../../seed/load.ts';
import type { User } from '../../server/auth/users.ts';
import { isAppError } from '../../server/errors.ts';
import { createReferenceData } from '../../server/repos/reference-data.ts';
import { applyPlan } from '../../server/spreadsheets/apply.ts';
import { ENTITIES, REMOVABLE } from '../../server/spreadsheets/columns.ts';
import { parseSpreadsheet } from '../../server/spreadsheets/parse.ts';
import { planImport } from '../../server/spreadsheets/plan.ts';
import { readRecords } from '../../server/spreadsheets/records.ts';
import { findImportState, stateRequest } from '../../server/spreadsheets/state.ts';
import { loadImportVocabulary } from '../../server/spreadsheets/vocabulary.ts';
import { auditEntries, resetToSeed, testDb } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';
import { csv, download, exportLines, SOURCE, upload, workbook, XLSX, type Report } from '../helpers/spreadsheet.ts';
import { seedCounts } from '../helpers/seed-counts.ts';

const tokens = inject('tokens');
const db = testDb();

const statusOfRows = (r: Report) => r.rows.map((x) => [x.sheet, x.row, x.key, x.status]);

// A good workbook against the seed: one new organisation with coverage, a target group statement, a service and
// referrals; one changed organisation (Novel-T); rows that repeat the seed exactly.
const GOOD_SHEETS = {
  organisaties: [
    ['id', 'name', 'type', 'aliases', 'scale', 'lines', 'phases', 'themes', 'validFrom', 'sources'],
    [
      'test-ondernemershuis',
      'Test Ondernemershuis Zwolle',
      'regional-executor',
      'TOZ; Ondernemershuis',
      'regional',
      'eerstelijns',
      'weten; willen',
      'innovatie',
      2021,
      'https://example.org/toz',
    ],
    ['novel-t', 'Novel-T Twente', 'regional-executor'],
  ],
  dekking: [
    ['organisation', 'region', 'partial'],
    ['test-ondernemershuis', 'Zwolle', 'nee'],
    ['novel-t', 'CR12', 'false'],
  ],
  doelgroepen: [
    ['organisation', 'targetGroup', 'role', 'line', 'scope'],
    ['test-ondernemershuis', 'breed-mkb', 'primary', 'eerstelijns', ''],
  ],
  diensten: [
    ['id', 'organisation', 'name', 'status', 'targetGroups', 'regions', 'validFrom'],
    ['act-test-ondernemerscafe', 'test-ondernemershuis', 'Ondernemerscafé', 'active', 'starter; zzp', 'Zwolle', 2022],
  ],
  verwijzingen: [
    ['id', 'from', 'to', 'kind', 'status', 'targetGroups', 'since'],
    ['', 'kvk', 'test-ondernemershuis', 'warm-handover', 'pilot', 'starter', 2024],
  ],
};

describe('the spreadsheet import', () => {
  let seedHash: string;
  beforeAll(async () => {
    seedHash = await contentHash(db);
  });
  afterAll(async () => {
    await resetToSeed();
  });

  describe('templates and the export', () => {
    it('serves a CSV template per entity with the header row', async () => {
      const r = await download('/api/import/templates/dekking.csv?delimiter=semicolon');
      expect(r.status).toBe(200);
      expect(r.type).toContain('text/csv');
      expect(r.bytes.toString('utf8')).toBe('\uFEFForganisation;region;partial;validFrom;validTo;sources\r\n');
    });

    it('serves a workbook template with one sheet per entity and an explanation of every column', async () => {
      const r = await download('/api/import/templates/workbook.xlsx');
      expect(r.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.bytes as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual([...ENTITIES, 'uitleg']);
      expect(wb.getWorksheet('serves')!.getRow(1).values).toContain('targetGroup');
      const explanation: string[] = [];
      wb.getWorksheet('uitleg')!.eachRow((row) => explanation.push((row.values as unknown[]).join(' | ')));
      const roleLine = explanation.find((l) => l.includes('serves | role'));
      expect(roleLine).toContain('primary, secondary, developing, unspecified, not-served');
      expect(explanation.find((l) => l.includes('organisations | themes'))).toContain('digitalisering');
    });

    it('imports its own CSV export of every entity back as unchanged', async () => {
      for (const entity of ENTITIES) {
        const lines = await exportLines(entity);
        const r = await upload({ mode: 'dry-run', entity }, csv(lines));
        expect(r.status, entity).toBe(200);
        expect(r.body.errors, entity).toEqual([]);
        // A sheet whose rows can remove a record also counts removed rows (none here).
        const removed = REMOVABLE.has(entity) ? { removed: 0 } : {};
        expect(r.body.summary[entity], entity).toEqual({ new: 0, changed: 0, unchanged: lines.length - 1, ...removed });
      }
    });

    it('imports its own workbook export back as unchanged', async () => {
      const { bytes } = await download('/api/export/workbook.xlsx');
      const r = await upload({ mode: 'dry-run' }, bytes, { contentType: XLSX });
      expect(r.body.errors).toEqual([]);
      expect(r.body.ok).toBe(true);
      for (const entity of ENTITIES) expect(r.body.summary[entity]!.unchanged).toBeGreaterThan(0);
      expect(r.body.rows.every((x) => x.status === 'unchanged')).toBe(true);
      expect(r.body.summary.organisations!.unchanged).toBe((await seedCounts()).organisations);
    });
  });

  describe('a dry run', () => {
    it('reports new, changed and unchanged rows of a CSV exactly and writes nothing', async () => {
      const lines = await exportLines('organisations');
      const novelT = lines.findIndex((l) => l.startsWith('novel-t,'));
      const edited = [...lines];
      edited[novelT] = edited[novelT]!.replace('novel-t,Novel-T,', 'novel-t,Novel-T Twente,');
      edited.push('test-nieuw,Nieuwe organisatie,other,,,,,,,,,,');
      const r = await upload({ mode: 'dry-run', entity: 'organisations' }, csv(edited));
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ mode: 'dry-run', ok: true, errors: [] });
      expect(r.body.summary).toEqual({ organisations: { new: 1, changed: 1, unchanged: 441 } });
      const changed = r.body.rows.find((x) => x.status === 'changed')!;
      expect(changed).toMatchObject({ sheet: 'organisations', row: novelT + 1, key: 'novel-t' });
      expect(changed.changes).toEqual([
        { field: 'name', before: 'Novel-T', after: 'Novel-T Twente' },
        { field: 'sources', before: expect.any(Array), after: expect.arrayContaining([SOURCE]) },
      ]);
      expect(r.body.rows.find((x) => x.status === 'new')).toMatchObject({ row: edited.length, key: 'test-nieuw' });
      expect(r.body.planHash).toMatch(/^[0-9a-f]{64}$/);
      expect(await contentHash(db)).toBe(seedHash);
    });

    it('reports every sheet of a workbook exactly and writes nothing', async () => {
      const r = await upload({ mode: 'dry-run' }, await workbook(GOOD_SHEETS), { contentType: XLSX });
      expect(r.body.errors).toEqual([]);
      expect(r.body.summary).toEqual({
        organisations: { new: 1, changed: 1, unchanged: 0 },
        coverage: { new: 1, changed: 0, unchanged: 1 },
        serves: { new: 1, changed: 0, unchanged: 0 },
        services: { new: 1, changed: 0, unchanged: 0 },
        referrals: { new: 1, changed: 0, unchanged: 0 },
      });
      expect(statusOfRows(r.body)).toEqual([
        ['organisaties', 2, 'test-ondernemershuis', 'new'],
        ['organisaties', 3, 'novel-t', 'changed'],
        ['dekking', 2, 'test-ondernemershuis|GM0193', 'new'],
        ['dekking', 3, 'novel-t|CR12', 'unchanged'],
        ['doelgroepen', 2, 'test-ondernemershuis|breed-mkb|sole|all', 'new'],
        ['diensten', 2, 'act-test-ondernemerscafe', 'new'],
        ['verwijzingen', 2, 'new:kvk|test-ondernemershuis|warm-handover', 'new'],
      ]);
      expect(await contentHash(db)).toBe(seedHash);
    });
  });

  describe('a broken spreadsheet', () => {
    it('lists every error by sheet, row and column and writes nothing, neither dry run nor apply', async () => {
      const bytes = await workbook({
        organisations: [
          ['id', 'name', 'type', 'validFrom', 'validTo'],
          ['test-a', 'A', 'bank', 'twintig', ''],
          ['test-b', 'B', 'rom', 2020, 2019],
          ['test-b', 'B', 'rom', '', ''],
        ],
        coverage: [
          ['organisation', 'region', 'partial'],
          ['spook', 'Zwolle', 'ja'],
          ['test-b', 'Atlantis', 'misschien'],
        ],
        serves: [
          ['organisation', 'targetGroup'],
          ['test-b', 'breed-mkb'],
        ],
        referrals: [
          ['from', 'to', 'kind', 'status', 'colour'],
          ['kvk', 'kvk', 'referral', 'active', 'red'],
        ],
      });
      const dry = await upload({ mode: 'dry-run' }, bytes, { contentType: XLSX });
      expect(dry.status).toBe(200);
      expect(dry.body.ok).toBe(false);
      expect(dry.body.planHash).toBeNull();
      expect(dry.body.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
        ['serves', 1, 'role'],
        ['referrals', 1, 'colour'],
        ['organisations', 2, 'type'],
        ['organisations', 2, 'validFrom'],
        ['organisations', 3, 'validTo'],
        ['organisations', 4, 'id'],
        ['coverage', 2, 'organisation'],
        ['coverage', 3, 'region'],
        ['coverage', 3, 'partial'],
      ]);
      const byColumn = new Map(dry.body.errors.map((e) => [`${e.sheet}:${e.row}:${e.column}`, e]));
      expect(byColumn.get('organisations:2:type')).toMatchObject({
        value: 'bank',
        allowed: expect.arrayContaining(['rom']),
      });
      expect(byColumn.get('organisations:4:id')!.message).toContain('duplicate row: row 3');
      expect(byColumn.get('coverage:3:region')!.message).toContain('Unknown region "Atlantis"');
      expect(byColumn.get('serves:1:role')!.message).toBe('required column "role" is missing');
      const apply = await upload({ mode: 'apply' }, bytes, { contentType: XLSX });
      expect(apply.status).toBe(400);
      expect(apply.body).toMatchObject({ mode: 'apply', ok: false, code: 'BAD_USER_INPUT' });
      expect(apply.body.changeId).toBeUndefined();
      expect(await contentHash(db)).toBe(seedHash);
    });

    it('refuses a 50 MB file quickly as too large, without reading it', async () => {
      const big = Buffer.alloc(50 * 1024 * 1024, 'a');
      const r = await upload({ mode: 'apply', entity: 'organisations' }, big);
      expect(r.status).toBe(400);
      expect(r.body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(r.body.errors![0]!.message).toBe(`file too large: ${big.length} bytes, the limit is 10000000`);
      expect(await contentHash(db)).toBe(seedHash);
    });

    it('refuses a file that is not a spreadsheet', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
      const binary = await upload({ mode: 'apply', entity: 'organisations' }, png, { contentType: 'image/png' });
      expect(binary.status).toBe(400);
      expect(binary.body.errors![0]!.message).toContain('not a CSV file');
      const zip = await upload({ mode: 'apply' }, Buffer.from('504b0506000000000000000000000000000000000000', 'hex'), {
        contentType: XLSX,
      });
      expect(zip.status).toBe(400);
      expect(zip.body.errors![0]!.message).toContain('not an XLSX workbook');
      expect(await contentHash(db)).toBe(seedHash);
    });

    it('needs a source and an editor', async () => {
      const body = csv(['id,name,type', 'test-x,X,rom']);
      const noSource = await upload({ mode: 'dry-run', entity: 'organisations', source: '' }, body);
      expect(noSource.status).toBe(400);
      expect(noSource.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'source' });
      const anonymous = await upload({ mode: 'dry-run', entity: 'organisations' }, body, { token: null });
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
      const reader = await upload({ mode: 'dry-run', entity: 'organisations' }, body, { token: tokens.reader });
      expect(reader.status).toBe(403);
      expect(reader.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('province scope', () => {
    it('refuses an editor’s rows outside their provinces and writes nothing', async () => {
      const body = csv(['id,name,type', 'kvk,KVK anders,kvk', 'novel-t,Novel-T Twente,regional-executor']);
      const r = await upload({ mode: 'apply', entity: 'organisations' }, body, { token: tokens.editorOverijssel });
      expect(r.status).toBe(403);
      expect(r.body).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(r.body.errors).toEqual([
        expect.objectContaining({ sheet: 'organisations', row: 2, column: 'id', code: 'FORBIDDEN' }),
      ]);
      expect(await contentHash(db)).toBe(seedHash);
      const brabant = await upload({ mode: 'dry-run', entity: 'organisations' }, body, { token: tokens.editorBrabant });
      expect(brabant.body.errors.map((e) => e.row)).toEqual([2, 3]);
    });
  });

  describe('an apply', () => {
    let changeId: string;

    it('writes the workbook in one change, and a second dry run finds everything unchanged', async () => {
      const bytes = await workbook(GOOD_SHEETS);
      const dry = await upload({ mode: 'dry-run' }, bytes, { contentType: XLSX });
      const r = await upload({ mode: 'apply', expect: dry.body.planHash!, comment: 'eerste import' }, bytes, {
        contentType: XLSX,
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ mode: 'apply', ok: true, planHash: dry.body.planHash });
      changeId = r.body.changeId!;
      expect(changeId).toMatch(/^[0-9a-f-]{36}$/);
      const referralKey = r.body.rows.find((x) => x.sheet === 'verwijzingen')!.key;
      expect(referralKey).toMatch(/^rel-user-[0-9a-f-]{36}$/);
      expect(await contentHash(db)).not.toBe(seedHash);

      const again = await upload({ mode: 'dry-run' }, bytes, { contentType: XLSX });
      expect(again.body.errors).toEqual([]);
      expect(again.body.rows.map((x) => x.status)).toEqual(Array(7).fill('unchanged'));
      expect(again.body.rows.find((x) => x.sheet === 'verwijzingen')!.key).toBe(referralKey);
    });

    it('stores the facts with versions, provenance, sources, search key and mirror edges', async () => {
      const [org] = await db.readRaw<{
        props: Record<string, unknown>;
        lines: string[];
        phases: string[];
        covers: string[];
      }>(
        'test',
        `MATCH (o:Organisation {id: 'test-ondernemershuis'})
         RETURN properties(o) AS props,
                COLLECT { MATCH (o)-[:IN_LINE]->(l) RETURN l.id } AS lines,
                COLLECT { MATCH (o)-[r:IN_PHASE]->(p) RETURN p.id + ':' + r.extent ORDER BY p.id } AS phases,
                COLLECT { MATCH (o)-[:COVERS]->(r) RETURN r.id } AS covers`,
      );
      expect(org!.props).toMatchObject({
        name: 'Test Ondernemershuis Zwolle',
        aliases: ['TOZ', 'Ondernemershuis'],
        searchKey: '|test ondernemershuis zwolle|toz|ondernemershuis|',
        provenance: 'user',
        sources: ['https://example.org/toz', SOURCE],
        version: 1,
        updatedBy: 'test-editor',
        validFrom: 2021,
      });
      expect(org!.lines).toEqual(['eerstelijns']);
      expect(org!.phases).toEqual(['weten:main', 'willen:main']);
      expect(org!.covers).toEqual(['GM0193']);
      const [service] = await db.readRaw<{ owner: string; groups: string[]; regions: string[] }>(
        'test',
        `MATCH (o:Organisation)-[:RUNS {owner: true}]->(a:Activity {id: 'act-test-ondernemerscafe'})
         RETURN o.id AS owner,
                COLLECT { MATCH (a)-[f:FOR]->(t) RETURN f.key ORDER BY f.key } AS groups,
                COLLECT { MATCH (a)-[:OCCURS_IN]->(r) RETURN r.id } AS regions`,
      );
      expect(service).toEqual({
        owner: 'test-ondernemershuis',
        groups: ['act-test-ondernemerscafe|starter|current', 'act-test-ondernemerscafe|zzp|current'],
        regions: ['GM0193'],
      });
      const [novelT] = await db.readRaw<{ props: Record<string, unknown> }>(
        'test',
        `MATCH (o:Organisation {id: 'novel-t'}) RETURN properties(o) AS props`,
      );
      expect(novelT!.props).toMatchObject({ name: 'Novel-T Twente', version: 1, provenance: 'report' });
      expect(novelT!.props['sources']).toContain(SOURCE);
    });

    it('records the import in the audit trail with before and after states of every fact', async () => {
      const [change] = await db.readRaw<{ props: Record<string, unknown>; states: string[] }>(
        'test',
        `MATCH (c:Change {id: $id})
         RETURN properties(c) AS props,
                COLLECT { MATCH (c)-[s:STATE]->(x:ChangeState) RETURN s.entity + ':' + s.when ORDER BY s.entity, s.when }
                  AS states`,
        { id: changeId },
      );
      expect(change!.props).toMatchObject({
        action: 'IMPORT',
        user: 'test-editor',
        role: 'EDITOR',
        source: SOURCE,
        comment: 'eerste import',
        organisations: ['kvk', 'novel-t', 'test-ondernemershuis'],
        summary: expect.stringContaining('organisations 1 new, 1 changed'),
      });
      expect(change!.props['at']).toBeTruthy();
      expect(change!.states).toEqual([
        'coverage:test-ondernemershuis|GM0193:after',
        'organisation:novel-t:after',
        'organisation:novel-t:before',
        'organisation:test-ondernemershuis:after',
        expect.stringMatching(/^referral:rel-user-.*:after$/),
        'serves:test-ondernemershuis|breed-mkb|sole|all:after',
        'service:act-test-ondernemerscafe:after',
      ]);
      const [novelT] = await db.readRaw<{
        before: Record<string, unknown>;
        after: Record<string, unknown>;
        meta: Record<string, unknown>;
      }>(
        'test',
        `MATCH (c:Change {id: $id})-[b:STATE {entity: 'organisation:novel-t', when: 'before'}]->(x)
         MATCH (c)-[:STATE {entity: 'organisation:novel-t', when: 'after'}]->(y)
         RETURN properties(x) AS before, properties(y) AS after, properties(b) AS meta`,
        { id: changeId },
      );
      expect(novelT!.before).toMatchObject({ name: 'Novel-T', version: 0 });
      expect(novelT!.after).toMatchObject({ name: 'Novel-T Twente', version: 1 });
      expect(novelT!.meta).toMatchObject({
        kind: 'organisation',
        key: 'novel-t',
        label: 'Organisation',
        labels: ['Organisation'],
      });
    });

    it('shows the import in the history of each organisation it touched', async () => {
      for (const organisation of ['novel-t', 'kvk', 'test-ondernemershuis']) {
        const r = await gql<{ changes: { id: string; action: string; entities: { kind: string; key: string }[] }[] }>(
          'query($o: ID) { changes(organisation: $o) { id action entities { kind key } } }',
          { o: organisation },
          { token: tokens.admin },
        );
        expect(r.errors, organisation).toBeUndefined();
        const entry = r.data!.changes.find((c) => c.id === changeId);
        expect(entry, organisation).toMatchObject({ action: 'IMPORT' });
        expect(entry!.entities).toHaveLength(6);
      }
    });

    it('can be reverted: what it created is gone and what it changed is as before', async () => {
      const r = await gql<{ revertChange: { change: { action: string } } }>(
        'mutation($id: ID!, $change: ChangeInput) { revertChange(id: $id, change: $change) { change { action } } }',
        { id: changeId, change: { source: 'Test: undo the import' } },
        { token: tokens.admin },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.revertChange.change.action).toBe('REVERT');
      const [after] = await db.readRaw<{ created: number; name: string; referrals: number }>(
        'test',
        `RETURN COUNT { MATCH (o:Organisation {id: 'test-ondernemershuis'}) } + COUNT { MATCH (a:Activity {id: 'act-test-ondernemerscafe'}) } AS created,
                COLLECT { MATCH (o:Organisation {id: 'novel-t'}) RETURN o.name }[0] AS name,
                COUNT { MATCH (:Organisation {id: 'kvk'})-[:REFERS_TO {kind: 'warm-handover', status: 'pilot'}]->() } AS referrals`,
      );
      expect(after).toEqual({ created: 0, name: 'Novel-T', referrals: 0 });
    });

    it('refuses an apply whose dry run is stale (CONFLICT) and writes nothing', async () => {
      const body = csv(['id,name,type', 'novel-t,Novel-T (Enschede),regional-executor']);
      const dry = await upload({ mode: 'dry-run', entity: 'organisations' }, body);
      // Someone else changes Novel-T in between.
      await upload(
        { mode: 'apply', entity: 'organisations' },
        csv(['id,name,type', 'novel-t,Novel-T BV,regional-executor']),
      );
      const before = await contentHash(db);
      const r = await upload({ mode: 'apply', entity: 'organisations', expect: dry.body.planHash! }, body);
      expect(r.status).toBe(409);
      expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', expected: dry.body.planHash });
      expect(await contentHash(db)).toBe(before);
    });

    it('refuses (CONFLICT) inside the transaction when a version moved after the plan was made', async () => {
      const reference = createReferenceData(db);
      const user: User = { name: 'test-editor', role: 'EDITOR', provinces: [] };
      const file = await parseSpreadsheet(csv(['id,name,type', 'novel-t,Novel-T Hengelo,regional-executor']), {
        entity: 'organisations',
      });
      const [vocabulary, catalog] = await Promise.all([loadImportVocabulary(reference), reference.catalog()]);
      const { records, errors } = readRecords(file, { vocabulary, regions: catalog.index });
      const state = await findImportState(db, stateRequest(records));
      const plan = planImport({ records, errors, entities: ['organisations'], state, catalog, user, source: SOURCE });
      expect(plan.writes).toHaveLength(1);
      await upload(
        { mode: 'apply', entity: 'organisations' },
        csv(['id,name,type', 'novel-t,Novel-T X,regional-executor']),
      );
      const before = await contentHash(db);
      const changesBefore = await auditEntries();
      let refused: unknown = null;
      try {
        await applyPlan(db, plan, { user, source: SOURCE, comment: null, summary: 'test' });
      } catch (e) {
        refused = e;
      }
      expect(isAppError(refused) && refused.code).toBe('CONFLICT');
      expect((refused as Error).message).toContain('organisation:novel-t: changed since the plan was made');
      expect(await contentHash(db)).toBe(before);
      expect(await auditEntries()).toBe(changesBefore);
    });
  });
});
