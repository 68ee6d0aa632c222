import { describe, expect, it } from 'vitest';
import { sendRaw, useHttpTestApp } from './http-test-app.ts';

// Requests no browser would send, written byte by byte on a socket: whatever arrives, the server answers with a
// client error (never a 5xx), logs nothing at error level, and keeps serving the next request.
describe('malformed requests', () => {
  const t = useHttpTestApp();
  const get = (target: string, headers = 'Host: x\r\n') =>
    `GET ${target} HTTP/1.1\r\n${headers}Connection: close\r\n\r\n`;

  const stillServes = async () => {
    const res = await fetch(`${t().base}/healthz`);
    expect(res.status).toBe(200);
  };
  const errorLines = () =>
    t()
      .lines.map((l) => JSON.parse(l) as { level: number; msg: string })
      .filter((l) => l.level >= 50);

  it('answers 400 in JSON to a path that is no URL, and keeps serving', async () => {
    const answer = await sendRaw(t().port, get('//['));
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/content-type: application\/json/i);
    expect(answer.text).toContain('"code":"BAD_USER_INPUT"');
    await stillServes();
    expect(errorLines()).toEqual([]);
  });

  const targets: [string, string][] = [
    ['a protocol-relative path', '//[::1'],
    ['a lone percent sign', '/%'],
    ['a broken escape', '/%zz'],
    ['a broken escape under /api', '/api/import/templates/%zz.csv'],
    ['a broken escape in the query of /graphql', '/graphql?query=%zz&x=%'],
    ['a broken escape in an export query', '/api/export/csv/organisations.csv?delimiter=%E0%A4%A'],
    ['a path of 12,000 characters', `/${'a'.repeat(12_000)}`],
    ['an API path of 12,000 characters', `/api/${'x/'.repeat(6_000)}`],
    ['the asterisk form', '*'],
    ['a target without a leading slash', 'healthz'],
    ['an absolute URL of another host', 'http://evil.example/healthz'],
    ['an absolute URL that is no URL', 'http://[/healthz'],
  ];
  it.each(targets)('answers %s without a server error', async (_name, target) => {
    const answer = await sendRaw(t().port, get(target));
    expect(answer.status).not.toBeNull();
    expect(answer.status!).toBeLessThan(500);
    await stillServes();
    expect(errorLines()).toEqual([]);
  });

  const raw: [string, string][] = [
    ['a request line of garbage', 'GARBAGE\r\n\r\n'],
    ['an unknown HTTP version', 'GET / HTTP/7.3\r\nHost: x\r\n\r\n'],
    ['a control character in the path', 'GET /a\u0001b HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a request line longer than the header limit', `GET /${'b'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`],
    ['a header line without a colon', 'GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n'],
    ['a header name with a space', 'GET / HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n'],
    [
      'two different Content-Lengths',
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n{}',
    ],
    [
      'Content-Length with Transfer-Encoding',
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ],
    ['a chunk size that is not hex', 'POST /graphql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
    ['no Host header in HTTP/1.1', 'GET /healthz HTTP/1.1\r\n\r\n'],
  ];
  it.each(raw)('answers %s with 4xx and closes the connection', async (_name, bytes) => {
    const answer = await sendRaw(t().port, bytes);
    expect(answer.status).not.toBeNull();
    expect(answer.status!).toBeGreaterThanOrEqual(400);
    expect(answer.status!).toBeLessThan(500);
    expect(answer.closedByServer).toBe(true);
    await stillServes();
    expect(errorLines()).toEqual([]);
  });

  const headers: [string, string, string][] = [
    ['a Bearer token of control bytes', '/graphql', 'Authorization: Bearer \u007f\u0080\u00ff\r\n'],
    [
      'an Authorization header of 8,000 characters',
      '/api/export/graph.json',
      `Authorization: ${'x'.repeat(8_000)}\r\n`,
    ],
    ['two Authorization headers', '/api/export/graph.json', 'Authorization: Bearer a\r\nAuthorization: Bearer b\r\n'],
    ['an Accept header that lists everything', '/graphql', `Accept: ${'text/html;q=0.1, '.repeat(200)}*/*\r\n`],
    ['a Content-Type without a type', '/graphql?query=%7B__typename%7D', 'Content-Type: ;;;\r\n'],
  ];
  it.each(headers)('answers %s without a server error', async (_name, target, header) => {
    const answer = await sendRaw(t().port, get(target, `Host: x\r\n${header}`));
    expect(answer.status).not.toBeNull();
    expect(answer.status!).toBeLessThan(500);
    await stillServes();
    expect(errorLines()).toEqual([]);
  });

  it('answers a body that is not JSON on /graphql with 400', async () => {
    const body = '{"query": "{ __typename }"';
    const answer = await sendRaw(
      t().port,
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(answer.status).toBe(400);
    await stillServes();
  });

  it('logs a request it could not parse as a request line, with its path cut to what is safe', async () => {
    await sendRaw(t().port, get('//['));
    const logged = t()
      .lines.map((l) => JSON.parse(l) as { msg: string; status?: number; path?: string })
      .filter((l) => l.msg === 'request' && l.status === 400);
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(line.path?.length ?? 0).toBeLessThanOrEqual(200);
  });
});
