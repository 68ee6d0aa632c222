import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient, TEST_CLIENT_DIST } from '../helpers/client-build.ts';

// The browser tests read the drawing through window.__cy and the timings through window.__explorer. Those hooks
// belong to the test build only: a production page must not hand its Cytoscape instance to any script.
const HOOK = /\b__(cy|explorer)\b/g;

async function scriptText(dir: string): Promise<string> {
  const assets = path.join(dir, 'assets');
  const scripts = (await readdir(assets)).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  return (await Promise.all(scripts.map((f) => readFile(path.join(assets, f), 'utf8')))).join('\n');
}

describe('the client builds', () => {
  let productionDir: string;
  beforeAll(async () => {
    productionDir = await mkdtemp(path.join(tmpdir(), 'explorer-production-'));
    await buildClient('production', productionDir);
  });
  afterAll(() => rm(productionDir, { recursive: true, force: true }));

  it('leave the test hooks out of the production build', async () => {
    expect((await scriptText(productionDir)).match(HOOK)).toBeNull();
  });

  it('expose window.__cy and window.__explorer in the test build the system tests serve', async () => {
    const hooks = new Set((await scriptText(TEST_CLIENT_DIST)).match(HOOK));
    expect([...hooks].sort()).toEqual(['__cy', '__explorer']);
  });
});
