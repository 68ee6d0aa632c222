// Hostile and honest ZIP archives for the tests, built in memory (no fixture files). Not used by the server.
import { Readable } from 'node:stream';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { writeZip, type ZipPart } from './zip.ts';

/** One file of a test archive; what the directory says may differ from the data (that is the point of a bomb). */
export interface TestFile {
  readonly name: string;
  /** The compressed (or stored) data as it is written. */
  readonly data: Buffer;
  /** The unpacked size the archive declares. */
  readonly declared: number;
  readonly crc: number;
  readonly method?: 0 | 8;
  readonly flags?: number;
}

/** A file deflated honestly. */
export function deflated(name: string, text: string | Buffer): TestFile {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  return { name, data: deflateRawSync(bytes), declared: bytes.length, crc: crc32(bytes), method: 8 };
}

/** A file stored (not compressed) honestly. */
export function stored(name: string, bytes: Buffer): TestFile {
  return { name, data: bytes, declared: bytes.length, crc: crc32(bytes), method: 0 };
}

/** A ZIP archive of the files, with the sizes and checksums they declare. */
export function zipOf(files: readonly TestFile[]): Buffer {
  const parts: ZipPart[] = files.map((f) => ({
    entry: {
      name: f.name,
      rawName: Buffer.from(f.name),
      uncompressedSize: f.declared,
      compressedSize: f.data.length,
      method: f.method ?? 8,
      crc32: f.crc,
      flags: f.flags ?? 0,
      localOffset: 0,
    },
    data: f.data,
  }));
  return writeZip(parts);
}

/**
 * `size` zero bytes deflated, made as a stream so the test never holds them: a gigabyte of zeros deflates to about a
 * megabyte. Resolves to the compressed data and the CRC-32 of the zeros.
 */
export async function deflatedZeros(size: number): Promise<{ data: Buffer; crc: number }> {
  const piece = Buffer.alloc(1024 * 1024);
  let crc = 0;
  function* zeros(): Generator<Buffer> {
    for (let left = size; left > 0; left -= piece.length) {
      const chunk = left >= piece.length ? piece : piece.subarray(0, left);
      crc = crc32(chunk, crc);
      yield chunk;
    }
  }
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(zeros()).pipe(createDeflateRaw({ level: 9 }))) out.push(chunk as Buffer);
  return { data: Buffer.concat(out), crc };
}

/** The smallest parts a workbook needs for the import to look inside it (exceljs reads an empty workbook). */
export const WORKBOOK_SKELETON: readonly TestFile[] = [
  deflated(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  ),
  deflated(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
  ),
];
