// Reads the table of contents of a ZIP archive (its central directory) without unpacking anything, so a workbook
// can be checked before a library inflates it: is it a ZIP at all, does it hold a workbook, and how large does it
// say it unpacks to (a small file can unpack to gigabytes; verified-zip.ts checks what it really unpacks to). Also
// writes an archive back from checked entries, so the library reads exactly the entries that were checked.

/** One file in a ZIP archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** The size unpacked, as the directory states it (not yet checked against the data). */
  readonly uncompressedSize: number;
  readonly compressedSize: number;
  /** 0 stored, 8 deflated; other methods are refused by the reader. */
  readonly method: number;
  readonly crc32: number;
  /** General purpose flags: bit 0 encrypted, bit 3 sizes in a data descriptor, bit 11 UTF-8 name. */
  readonly flags: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
  /** The name as stored (bytes), written back unchanged. */
  readonly rawName: Buffer;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
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

/** A ZIP archive's directory: its entries, and where the file data ends (the directory's offset). */
export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
  readonly dataEnd: number;
}

/**
 * The central directory of a ZIP archive, or null when the bytes are not a readable archive. ZIP64 archives (over
 * 4 GB or 65,535 entries) are reported as unreadable: no workbook of an import is that big.
 */
export function readZipDirectory(bytes: Buffer): ZipDirectory | null {
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
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    if (p + 46 + nameLength > eocd) return null;
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
    entries.push({
      name: rawName.toString('utf8'),
      uncompressedSize: bytes.readUInt32LE(p + 24),
      compressedSize: bytes.readUInt32LE(p + 20),
      method: bytes.readUInt16LE(p + 10),
      crc32: bytes.readUInt32LE(p + 16),
      flags: bytes.readUInt16LE(p + 8),
      localOffset: bytes.readUInt32LE(p + 42),
      rawName,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, dataEnd: offset };
}

/**
 * The entries of a ZIP archive from its central directory, or null when the bytes are not a readable archive.
 * @example listZipEntries(buffer)?.some((e) => e.name === 'xl/workbook.xml')
 */
export function listZipEntries(bytes: Buffer): readonly ZipEntry[] | null {
  return readZipDirectory(bytes)?.entries ?? null;
}

/**
 * Where an entry's data lies: after its local header (whose own name and extra field lengths count, not the
 * directory's), ending `compressedSize` bytes later; null when that is not inside the archive's file data.
 */
export function entryData(bytes: Buffer, entry: ZipEntry, dataEnd: number): { start: number; end: number } | null {
  const p = entry.localOffset;
  if (p + 30 > dataEnd || bytes.readUInt32LE(p) !== LOCAL_SIGNATURE) return null;
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  return end <= dataEnd ? { start, end } : null;
}

/** One entry to write: its checked description and its (still compressed) data. */
export interface ZipPart {
  readonly entry: ZipEntry;
  readonly data: Buffer;
}

/**
 * A new archive of the given entries, their compressed data copied unchanged and the flags, sizes, CRC and method
 * from the (checked) entries; nothing of the original's headers, directory or extra bytes is kept.
 */
export function writeZip(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { entry, data } of parts) {
    const flags = entry.flags;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc32, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(entry.rawName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc32, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(entry.uncompressedSize, 24);
    central.writeUInt16LE(entry.rawName.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, entry.rawName, data);
    directory.push(central, entry.rawName);
    offset += 30 + entry.rawName.length + data.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(EOCD_MIN);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
