import type { IncomingMessage } from 'node:http';
import { AppError } from '../errors.ts';

/** "File too large", as both the HTTP layer and the library say it. */
export function tooLarge(size: number, limit: number, atLeast = false): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    `file too large: ${atLeast ? 'more than ' : ''}${size} bytes, the limit is ${limit}`,
    { size, limit },
  );
}

/** How much of a refused upload is still read (and thrown away) so the client gets to read the answer. */
export const DISCARD_CAP = 256 * 1024 * 1024;

/**
 * Throws away the rest of a refused upload without keeping it: a client still sending would otherwise fail with a
 * broken connection instead of reading the refusal. Beyond `cap` bytes the connection is cut.
 */
export function discardRest(req: IncomingMessage, cap: number = DISCARD_CAP): void {
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > cap) req.destroy();
  });
  req.resume();
}

/**
 * Reads a request body of at most `limit` bytes. Refuses at once when Content-Length announces more, and stops
 * keeping bytes as soon as the bytes received pass the limit (a body sent without a length is counted, not
 * trusted); the rest of a refused upload is discarded, never held in memory.
 */
export function readBodyWithin(req: IncomingMessage, limit: number): Promise<Buffer> {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > limit) {
    discardRest(req);
    return Promise.reject(tooLarge(announced, limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        stop();
        discardRest(req);
        reject(tooLarge(limit, limit, true));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, received));
    };
    const onError = (e: Error) => {
      stop();
      reject(e);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
