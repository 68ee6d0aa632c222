import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { readBodyWithin } from './body.ts';

function request(chunks: Buffer[], headers: Record<string, string> = {}): IncomingMessage {
  return Object.assign(Readable.from(chunks), { headers }) as unknown as IncomingMessage;
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => (isAppError(e) ? `${e.code}: ${e.message}` : String(e)),
  );

describe('readBodyWithin', () => {
  it('returns a body within the limit', async () => {
    const body = await readBodyWithin(request([Buffer.from('id,'), Buffer.from('name')]), 10);
    expect(body.toString()).toBe('id,name');
  });

  it('refuses a body whose Content-Length is over the limit before reading it', async () => {
    const req = request([Buffer.alloc(5)], { 'content-length': '52428800' });
    expect(await refusal(readBodyWithin(req, 1000))).toBe(
      'BAD_USER_INPUT: file too large: 52428800 bytes, the limit is 1000',
    );
  });

  it('counts a body sent without a length and stops keeping it past the limit', async () => {
    const req = request([Buffer.alloc(600), Buffer.alloc(600), Buffer.alloc(600)]);
    expect(await refusal(readBodyWithin(req, 1000))).toBe(
      'BAD_USER_INPUT: file too large: more than 1000 bytes, the limit is 1000',
    );
  });

  it('lets a client that is still uploading read the refusal', async () => {
    const server = createServer((req, res) => {
      readBodyWithin(req, 1000).then(
        () => res.end('read'),
        (e: Error) => {
          res.writeHead(400);
          res.end(e.message);
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const body = new Uint8Array(20 * 1024 * 1024);
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body });
        expect(res.status).toBe(400);
        expect(await res.text()).toContain('file too large');
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
