// Reads the table of contents of a ZIP archive (its central directory) without unpacking anything, so a workbook
// can be checked before a library inflates it: is it a ZIP at all, does it hold a workbook, and how large would
// it be unpacked (a small file can unpack to gigabytes).

/** One file in a ZIP archive. */
export interface ZipEntry {
  readonly name: string;
  readonly uncompressedSize: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

/** True when the bytes start like a ZIP archive (a local file header or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** True when the bytes start like an old binary Office file (.xls). */
export function looksLikeOleFile(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}

/**
 * The entries of a ZIP archive from its central directory, or null when the bytes are not a readable archive.
 * ZIP64 archives (over 4 GB or 65,535 entries) are reported as unreadable: no workbook of an import is that big.
 * @example listZipEntries(buffer)?.some((e) => e.name === 'xl/workbook.xml')
 */
export function listZipEntries(bytes: Buffer): ZipEntry[] | null {
  if (bytes.length < EOCD_MIN) return null;
  const lowest = Math.max(0, bytes.length - EOCD_MIN - MAX_COMMENT);
  let eocd = -1;
  for (let i = bytes.length - EOCD_MIN; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return null;
  if (offset + size > eocd) return null;
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || bytes.readUInt32LE(p) !== CENTRAL_SIGNATURE) return null;
    const uncompressedSize = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    if (p + 46 + nameLength > eocd) return null;
    entries.push({ name: bytes.toString('utf8', p + 46, p + 46 + nameLength), uncompressedSize });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
