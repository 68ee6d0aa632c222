import type { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const CHUNK_CHARS = 64 * 1024;

/**
 * Joins many small strings into chunks of about 64 KB, so a stream gets few large writes instead of one per
 * node or edge.
 * @example [...batchChunks(['a', 'b'])] // ['ab']
 */
export function* batchChunks(parts: Iterable<string>, size = CHUNK_CHARS): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const part of parts) {
    buffer.push(part);
    length += part.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}

/** Writes generated text to a stream (an HTTP response, a file) with backpressure, and ends it. */
export async function writeChunks(parts: Iterable<string>, to: Writable): Promise<void> {
  await pipeline(Readable.from(batchChunks(parts), { objectMode: false }), to);
}
