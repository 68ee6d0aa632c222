import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { deflated, deflatedZeros, stored, zipOf, type TestFile } from './test-zips.ts';
import { verifiedZip, type ArchiveLimits } from './verified-zip.ts';
import { entryData, readZipDirectory } from './zip.ts';

const LIMITS: ArchiveLimits = { maxUnpackedBytes: 1_000_000, maxEntries: 10, maxNameBytes: 40 };

async function refusal(files: readonly TestFile[] | Buffer, limits = LIMITS): Promise<string> {
  try {
    await verifiedZip(Buffer.isBuffer(files) ? files : zipOf(files), limits);
  } catch (e) {
    expect(isAppError(e) && e.code).toBe('BAD_USER_INPUT');
    return (e as Error).message;
  }
  throw new Error('the archive was accepted');
}

/** The files of an archive, unpacked (for comparing what goes in with what comes out). */
function unpacked(zip: Buffer): Record<string, string> {
  const dir = readZipDirectory(zip)!;
  return Object.fromEntries(
    dir.entries.map((e) => {
      const { start, end } = entryData(zip, e, dir.dataEnd)!;
      const data = zip.subarray(start, end);
      return [e.name, (e.method === 8 ? inflateRawSync(data) : data).toString()];
    }),
  );
}

describe('verifiedZip', () => {
  it('rebuilds an honest archive with the same files and contents', async () => {
    const files = [deflated('a.xml', '<a>'.repeat(1000)), stored('b/c.txt', Buffer.from('hallo')), deflated('d/', '')];
    const rebuilt = await verifiedZip(zipOf(files), LIMITS);
    expect(unpacked(rebuilt)).toEqual({ 'a.xml': '<a>'.repeat(1000), 'b/c.txt': 'hallo', 'd/': '' });
  });

  it('refuses an archive whose entries are not where its directory says (bytes put before them)', async () => {
    const zip = zipOf([deflated('a.xml', 'x')]);
    expect(await verifiedZip(zip, LIMITS)).toEqual(zip);
    expect(await refusal(Buffer.concat([Buffer.from('junk'), zip]))).toContain('not a readable XLSX workbook');
  });

  it('refuses an entry that unpacks to more than it declares, stopping at the declared size', async () => {
    const { data, crc } = await deflatedZeros(5_000_000);
    const message = await refusal([{ name: 'xl/worksheets/sheet1.xml', data, declared: 1_000, crc }], {
      ...LIMITS,
      maxUnpackedBytes: 10_000_000,
    });
    expect(message).toContain('says it unpacks to 1000 bytes but unpacks to more');
  });

  it('refuses an entry that unpacks to less than it declares', async () => {
    const honest = deflated('a.xml', 'abc');
    expect(await refusal([{ ...honest, declared: 10 }])).toContain('unpacks to 3');
  });

  it('refuses a stored entry whose size differs from the declared one', async () => {
    const honest = stored('a.txt', Buffer.from('abcdef'));
    expect(await refusal([{ ...honest, declared: 2 }])).toContain('says it unpacks to 2 bytes');
  });

  it('refuses an archive declaring more than the total limit before unpacking anything', async () => {
    const files = [0, 1].map((i) => ({ ...deflated(`a${i}.xml`, 'x'), declared: 600_000 }));
    expect(await refusal(files)).toContain('unpacks to 1200000 bytes; the limit is 1000000');
  });

  it('refuses more entries than the limit, a name longer than the limit and a name used twice', async () => {
    const many = Array.from({ length: 11 }, (_, i) => deflated(`f${i}.xml`, 'x'));
    expect(await refusal(many)).toContain('holds 11 files; the limit is 10');
    expect(await refusal([deflated(`${'d/'.repeat(30)}x.xml`, 'x')])).toContain('file name of 65 bytes');
    expect(await refusal([deflated('a.xml', 'x'), deflated('a.xml', 'y')])).toContain('"a.xml" twice');
  });

  it('refuses encrypted entries, unknown compression methods, bad checksums and damaged data', async () => {
    const honest = deflated('a.xml', 'abc');
    expect(await refusal([{ ...honest, flags: 1 }])).toContain('encrypted');
    expect(await refusal([{ ...honest, method: 12 as 8 }])).toContain('method (12)');
    expect(await refusal([{ ...honest, crc: honest.crc ^ 1 }])).toContain('checksum');
    expect(await refusal([{ ...honest, data: Buffer.from([0xff, 0xff, 0xff]) }])).toContain('does not unpack');
  });

  it('refuses an entry whose data would lie beyond the archive', async () => {
    const zip = zipOf([deflated('a.xml', 'abc')]);
    zip.writeUInt32LE(0x7fffffff, zip.length - 22 - (46 + 'a.xml'.length) + 20); // the directory's compressed size
    expect(await refusal(zip)).toContain('lies outside the archive');
  });
});
