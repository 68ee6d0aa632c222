import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { hashToken, newToken, parseUsers } from '../../server/auth/users.ts';
import { ROOT_DIR } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { createDb } from '../../server/db/run.ts';
import '../helpers/env.ts';

// An app on the test database configured as a locked-down deployment: reading needs a token, a trusted proxy
// header names users, and every log line is captured to prove that no credential ever reaches the log.
describe('a deployment where reading needs a token, behind an OIDC proxy', () => {
  const target = inject('neo4j');
  const driver = createDriver(target);
  const token = newToken();
  const lines: string[] = [];
  let app: App;
  let base = '';
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    app = await createApp({
      config: { env: 'production', clientDist: path.join(ROOT_DIR, 'dist', 'client') },
      db: createDb(driver, target.database, loadQueries()),
      log: pino({ level: 'trace', redact: ['authorization', '*.authorization'] }, sink),
      auth: {
        users: parseUsers(
          {
            users: [
              { name: 'reader', role: 'READER', tokenSha256: hashToken(token) },
              { name: 'eva@example.org', role: 'EDITOR', provinces: ['PV30'] },
            ],
          },
          'test',
        ),
        readRequiresToken: true,
        proxyUserHeader: 'x-forwarded-email',
      },
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app.stop();
    await driver.close();
  });

  const post = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
    };
  };

  it('refuses anonymous reading with 401 and serves a reader', async () => {
    const anonymous = await post('{ health { status } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await post('{ viewer { name role } }', { authorization: `Bearer ${token}` });
    expect(reader.body.data).toEqual({ viewer: { name: 'reader', role: 'READER' } });
    const exportAnonymous = await fetch(`${base}/api/export/graph.json`);
    expect(exportAnonymous.status).toBe(401);
  });

  it('takes the user from the proxy header, and refuses names it does not know', async () => {
    const eva = await post('{ viewer { name role provinces { id } } }', { 'x-forwarded-email': 'eva@example.org' });
    expect(eva.body.data).toEqual({ viewer: { name: 'eva@example.org', role: 'EDITOR', provinces: [{ id: 'PV30' }] } });
    const stranger = await post('{ viewer { name } }', { 'x-forwarded-email': 'mallory@example.org' });
    expect(stranger.status).toBe(403);
  });

  it('writes no token to the log', async () => {
    await post('{ health { status } }', { authorization: `Bearer ${token}` });
    await post('{ health { status } }', { authorization: 'Bearer ek_wrong-token-that-must-not-be-logged' });
    await fetch(`${base}/api/export/graph.json?access_token=${token}`);
    const log = lines.join('');
    expect(log).toContain('"path":"/graphql"');
    expect(log).not.toContain(token);
    expect(log).not.toContain('ek_wrong-token');
  });
});
