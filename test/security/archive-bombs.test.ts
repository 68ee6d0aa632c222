import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contentHash } from '../../seed/load.ts';
import { isAppError } from '../../server/errors.ts';
import { parseSpreadsheet } from '../../server/spreadsheets/parse.ts';
import {
  deflated,
  deflatedZeros,
  stored,
  WORKBOOK_SKELETON,
  zipOf,
  type TestFile,
} from '../../server/spreadsheets/test-zips.ts';
import { testDb } from '../helpers/db.ts';

// Workbooks built to exhaust the server: every one is refused with BAD_USER_INPUT, and refusing it costs far less
// memory than the bomb would unpack to. The memory bound is generous (the test process itself moves by tens of
// MB); before the check on inflated bytes, the 256 MiB bomb alone raised the process's memory by more than that.

const MiB = 1024 * 1024;
/** How much the process's peak memory may grow while one bomb is refused. */
const MEMORY_BOUND = 150 * MiB;
const BOMB_BYTES = 256 * MiB;

/** The process's peak resident memory so far, in bytes (never goes down, so a short peak is not missed). */
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

/** The refusal of a file by the import's reader, and how much the peak and the current memory grew meanwhile. */
async function refusalOf(bytes: Buffer): Promise<{ message: string; peakGrowth: number; rssGrowth: number }> {
  const peak = peakRss();
  const rss = process.memoryUsage().rss;
  let message = '';
  try {
    await parseSpreadsheet(bytes, {});
    throw new Error('the file was accepted');
  } catch (e) {
    if (!isAppError(e)) throw e;
    expect(e.code).toBe('BAD_USER_INPUT');
    message = e.message;
  }
  return { message, peakGrowth: peakRss() - peak, rssGrowth: process.memoryUsage().rss - rss };
}

/** A sheet that claims 1,000 bytes and inflates to `BOMB_BYTES` zeros. */
async function lyingSheet(name: string): Promise<TestFile> {
  const { data, crc } = await deflatedZeros(BOMB_BYTES);
  return { name, data, declared: 1_000, crc, method: 8 };
}

describe('archive bombs in a spreadsheet upload', () => {
  let lying: Buffer;
  let nested: Buffer;
  let zipOfBombs: Buffer;

  beforeAll(async () => {
    const sheet = await lyingSheet('xl/worksheets/sheet1.xml');
    lying = zipOf([...WORKBOOK_SKELETON, sheet]);
    // A bomb inside a workbook as an embedded file: the outer archive is honest about it (it is stored as is).
    const inner = zipOf([await lyingSheet('bomb.bin')]);
    nested = zipOf([...WORKBOOK_SKELETON, stored('xl/embeddings/bomb.zip', inner)]);
    // 42.zip's shape: an archive of archives of bombs, no workbook at all.
    zipOfBombs = zipOf(Array.from({ length: 16 }, (_, i) => stored(`${i}.zip`, inner)));
  }, 120_000);

  it('refuses an entry that claims 1,000 bytes and inflates to 256 MiB, without inflating it', async () => {
    expect(lying.length).toBeLessThan(2 * MiB);
    const r = await refusalOf(lying);
    expect(r.message).toContain('says it unpacks to 1000 bytes but unpacks to more');
    expect(r.peakGrowth).toBeLessThan(MEMORY_BOUND);
    expect(r.rssGrowth).toBeLessThan(MEMORY_BOUND);
  });

  it('refuses an archive of many entries and one of deeply nested names before inflating anything', async () => {
    const many = zipOf([...WORKBOOK_SKELETON, ...Array.from({ length: 5_000 }, (_, i) => deflated(`x/${i}`, ''))]);
    const r = await refusalOf(many);
    expect(r.message).toContain('holds 5002 files; the limit is 1000');
    expect(r.peakGrowth).toBeLessThan(MEMORY_BOUND);
    const deep = zipOf([...WORKBOOK_SKELETON, deflated(`${'d/'.repeat(30_000)}sheet.xml`, '<x/>')]);
    expect((await refusalOf(deep)).message).toContain('file name of 60009 bytes; the limit is 255');
  });

  it('never inflates a bomb nested inside a workbook, and refuses an archive of bombs', async () => {
    const inWorkbook = await refusalOf(nested);
    // The workbook itself is read (it has no sheets the import knows); the embedded archive stays packed.
    expect(inWorkbook.message).toContain('no sheet the import knows');
    expect(inWorkbook.peakGrowth).toBeLessThan(MEMORY_BOUND);
    const archive = await refusalOf(zipOfBombs);
    expect(archive.message).toContain('not an XLSX workbook');
    expect(archive.peakGrowth).toBeLessThan(MEMORY_BOUND);
  });

  it('answers an editor uploading the bomb with HTTP 400 and BAD_USER_INPUT, and writes nothing', async () => {
    const db = testDb();
    const before = await contentHash(db);
    const url = new URL('/api/import/spreadsheet', inject('baseUrl'));
    url.searchParams.set('mode', 'apply');
    url.searchParams.set('source', 'Archive bomb test');
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        authorization: `Bearer ${inject('tokens').editor}`,
      },
      body: new Uint8Array(lying),
    });
    const body = (await res.json()) as { errors?: { message: string; extensions: { code: string } }[] };
    expect(res.status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain('unpacks to more');
    expect(await contentHash(db)).toBe(before);
  });
});
