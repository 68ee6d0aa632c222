import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sendRaw, useHttpTestApp } from './http-test-app.ts';

/** Opens a connection, writes `bytes`, and resolves with how the server ended it (or 'open' after `guardMs`). */
function holdOpen(port: number, bytes: string, guardMs: number): Promise<'closed' | 'open'> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const guard = setTimeout(() => {
      socket.destroy();
      resolve('open');
    }, guardMs);
    const closed = () => {
      clearTimeout(guard);
      resolve('closed');
    };
    socket.on('close', closed);
    socket.on('error', () => {});
    // Reads (and drops) whatever the server answers, so that its closing of the connection is seen.
    socket.resume();
    socket.connect(port, '127.0.0.1', () => socket.write(bytes));
  });
}

// The app with its timeouts cut to seconds, so that a slow client is seen being cut off (not so short that a
// request sent at once misses them on a busy machine).
describe('idle and slow connections', () => {
  const t = useHttpTestApp({
    timeouts: { headersMs: 2_000, requestMs: 3_000, keepAliveMs: 1_000, idleMs: 5_000, checkIntervalMs: 250 },
  });

  it('closes a connection that sends half a request line and nothing more', async () => {
    expect(await holdOpen(t().port, 'GET /heal', 20_000)).toBe('closed');
  });

  it('closes a connection that sends the headers and never the announced body', async () => {
    const head = 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{';
    expect(await holdOpen(t().port, head, 20_000)).toBe('closed');
  });

  it('closes a kept-alive connection after it idles', async () => {
    const answer = await sendRaw(t().port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', 20_000);
    expect(answer.status).toBe(200);
    expect(answer.closedByServer).toBe(true);
  });

  it('closes a connection that opens and sends nothing', async () => {
    expect(await holdOpen(t().port, '', 20_000)).toBe('closed');
  });

  it('still serves a request sent at once', async () => {
    const res = await fetch(`${t().base}/healthz`);
    expect(res.status).toBe(200);
  });
});
