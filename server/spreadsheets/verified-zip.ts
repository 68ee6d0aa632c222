// A workbook is a ZIP archive, and exceljs inflates every entry of it completely, trusting what the archive says.
// An entry that claims 1,000 bytes can inflate to gigabytes, so before exceljs sees the file every entry is
// inflated here, as a stream whose output is counted and thrown away: inflating stops at the first byte beyond what
// the entry declares or beyond the total limit, so a bomb costs at most the limit in time and next to nothing in
// memory. exceljs then gets an archive rebuilt from the checked entries (their compressed data unchanged), so it
// cannot read anything that was not checked, whatever tricks the original's headers play.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, crc32 } from 'node:zlib';
import { AppError } from '../errors.ts';
import { entryData, readZipDirectory, writeZip, type ZipEntry, type ZipPart } from './zip.ts';

/** What a workbook archive may hold. */
export interface ArchiveLimits {
  /** Bytes all entries together may unpack to. */
  readonly maxUnpackedBytes: number;
  /** Entries (files and folders) in the archive. */
  readonly maxEntries: number;
  /** Bytes in one entry's name. */
  readonly maxNameBytes: number;
}

/**
 * The limits of an imported workbook: 100 MB unpacked (a sheet of 20,000 rows is a few MB), 1,000 entries (a
 * workbook has a few dozen: sheets, styles, relations, images), names of at most 255 bytes.
 */
export const WORKBOOK_LIMITS: ArchiveLimits = {
  maxUnpackedBytes: 100_000_000,
  maxEntries: 1_000,
  maxNameBytes: 255,
};

const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x0001;
const UTF8_NAME = 0x0800;
/** Compressed data is fed to the inflater in pieces of this size, so a refusal stops it early. */
const FEED_BYTES = 64 * 1024;

const bad = (message: string, details: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, details);

/** Thrown inside the counting stream; turned into the refusal the user reads. */
class Overflow extends Error {}

/** The declared-size checks that need no inflating: entry count, names, the sum the directory states. */
function checkDirectory(entries: readonly ZipEntry[], limits: ArchiveLimits): void {
  if (entries.length > limits.maxEntries) {
    throw bad(`The workbook holds ${entries.length} files; the limit is ${limits.maxEntries}.`, {
      entries: entries.length,
      limit: limits.maxEntries,
    });
  }
  const names = new Set<string>();
  for (const e of entries) {
    if (e.rawName.length > limits.maxNameBytes) {
      throw bad(`The workbook holds a file name of ${e.rawName.length} bytes; the limit is ${limits.maxNameBytes}.`, {
        nameBytes: e.rawName.length,
        limit: limits.maxNameBytes,
      });
    }
    // Two entries of one name are read differently by different libraries: which one would be imported?
    if (names.has(e.name)) throw bad(`The workbook holds the file "${e.name}" twice; it is damaged.`);
    names.add(e.name);
    if (e.flags & ENCRYPTED) throw bad('The workbook is encrypted (password-protected): save it without a password.');
    if (e.method !== STORED && e.method !== DEFLATED) {
      throw bad(`The workbook's file "${e.name}" is compressed with a method (${e.method}) that is not supported.`);
    }
  }
  const unpacked = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpacked > limits.maxUnpackedBytes) {
    throw bad(`The workbook unpacks to ${unpacked} bytes; the limit is ${limits.maxUnpackedBytes}.`, {
      unpacked,
      limit: limits.maxUnpackedBytes,
    });
  }
}

/** Pieces of the compressed data, so the inflater is fed only as fast as its output is consumed. */
function* pieces(data: Buffer): Generator<Buffer> {
  for (let at = 0; at < data.length; at += FEED_BYTES) yield data.subarray(at, at + FEED_BYTES);
}

/**
 * Inflates one entry's data, counting and checksumming the output without keeping it; stops with an Overflow as
 * soon as the output passes `allowed` bytes. Resolves to the number of bytes and their CRC-32.
 */
async function inflatedSize(data: Buffer, allowed: number): Promise<{ size: number; crc: number }> {
  let size = 0;
  let crc = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > allowed) return done(new Overflow());
      crc = crc32(chunk, crc);
      done();
    },
  });
  await pipeline(Readable.from(pieces(data)), createInflateRaw(), counter);
  return { size, crc };
}

/**
 * Checks one entry's data against its description, with `room` bytes left of the total limit; returns the data to
 * copy into the rebuilt archive.
 */
async function checkedEntry(
  bytes: Buffer,
  dataEnd: number,
  entry: ZipEntry,
  room: number,
  limits: ArchiveLimits,
): Promise<Buffer> {
  const where = entryData(bytes, entry, dataEnd);
  if (!where) throw bad(`The workbook is damaged: the file "${entry.name}" lies outside the archive.`);
  const data = bytes.subarray(where.start, where.end);
  const allowed = Math.min(entry.uncompressedSize, room);
  let actual: { size: number; crc: number };
  if (entry.method === STORED) {
    actual = { size: data.length, crc: data.length <= allowed ? crc32(data) : 0 };
  } else {
    try {
      actual = await inflatedSize(data, allowed);
    } catch (e) {
      if (e instanceof Overflow) actual = { size: allowed + 1, crc: 0 };
      else throw bad(`The workbook is damaged: the file "${entry.name}" does not unpack (${(e as Error).message}).`);
    }
  }
  if (actual.size > room) {
    throw bad(`The workbook unpacks to more than ${limits.maxUnpackedBytes} bytes, the limit.`, {
      entry: entry.name,
      limit: limits.maxUnpackedBytes,
    });
  }
  if (actual.size !== entry.uncompressedSize) {
    throw bad(
      `The workbook is damaged or forged: the file "${entry.name}" says it unpacks to ${entry.uncompressedSize} bytes but unpacks to ${actual.size > allowed ? 'more' : actual.size}.`,
      { entry: entry.name, declared: entry.uncompressedSize },
    );
  }
  if (actual.crc !== entry.crc32) throw bad(`The workbook is damaged: the file "${entry.name}" fails its checksum.`);
  return data;
}

/**
 * Checks a ZIP archive against the limits on what it really unpacks to, entry by entry and streaming, and returns
 * an archive rebuilt from the checked entries for a library to read. Refuses (BAD_USER_INPUT) a damaged archive, one
 * over a limit, and one whose entries unpack to other sizes than they declare.
 * @example const safe = await verifiedZip(upload); await workbook.xlsx.load(safe);
 */
export async function verifiedZip(bytes: Buffer, limits: ArchiveLimits = WORKBOOK_LIMITS): Promise<Buffer> {
  const directory = readZipDirectory(bytes);
  if (!directory) throw bad('The file is not a readable XLSX workbook (a damaged or incomplete ZIP archive).');
  checkDirectory(directory.entries, limits);
  const parts: ZipPart[] = [];
  let room = limits.maxUnpackedBytes;
  for (const entry of directory.entries) {
    const data = await checkedEntry(bytes, directory.dataEnd, entry, room, limits);
    room -= entry.uncompressedSize;
    // Sizes are in the rebuilt headers, so no data descriptor follows (bit 3 off): only the UTF-8 name flag stays.
    parts.push({ entry: { ...entry, flags: entry.flags & UTF8_NAME }, data });
  }
  return writeZip(parts);
}
