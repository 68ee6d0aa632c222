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

/**
 * Reads a request body of at most `limit` bytes. Refuses at once when Content-Length announces more, and stops
 * reading as soon as the bytes received pass the limit (a body sent without a length is counted, not trusted).
 * On refusal the caller's response should close the connection, so the rest of the upload is never read.
 */
export function readBodyWithin(req: IncomingMessage, limit: number): Promise<Buffer> {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > limit) return Promise.reject(tooLarge(announced, limit));
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
        // Stop reading, but keep the socket: the answer still has to be sent (with `connection: close`).
        stop();
        req.pause();
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
