import type { IncomingMessage } from 'node:http';

/** The request body is larger than allowed; thrown before reading the rest of it. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  constructor(
    readonly limitBytes: number,
    /** What Content-Length announced, or null when the limit was passed while reading. */
    readonly announcedBytes: number | null,
  ) {
    super(`The file is larger than the limit of ${limitBytes} bytes.`);
  }
}

/**
 * Reads a request body as UTF-8 up to `maxBytes`: refuses at once when Content-Length announces more, and stops
 * reading as soon as the bytes read pass the limit (a body sent without Content-Length, or a wrong one).
 * @example const text = await readLimitedBody(req, 10_000_000)
 */
export async function readLimitedBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > maxBytes) throw new BodyTooLargeError(maxBytes, announced);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new BodyTooLargeError(maxBytes, null);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
