import { createServer, type Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { createLogger } from '../../server/logger.ts';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { TEST_CLIENT_DIST } from '../helpers/client-build.ts';
import { testDb } from '../helpers/db.ts';
import { drawnGraph, seriousViolations } from '../helpers/explorer-page.ts';
import { freePort } from '../helpers/explorer-server.ts';
import '../helpers/env.ts';

const VIEW = '?doelgroep=breed-mkb&regio=PV21&titel=Breed+mkb+in+Frysl%C3%A2n';

/** Listens on a free port of 127.0.0.1 and returns the server's origin. */
async function listen(server: Server, port = 0): Promise<string> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/**
 * A province's site, on another origin than the explorer: each path is a page with one iframe, whose `src` is the
 * query parameter `src`.
 */
function hostSite(): Server {
  return createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://host').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Provincie</title></head><body>` +
        `<h1>Ondernemersloket van de provincie</h1>` +
        `<iframe id="kaart" title="Ecosysteemkaart" width="1000" height="720" src="${src.replace(/"/g, '&quot;')}"></iframe>` +
        `</body></html>`,
    );
  });
}

describe('the embeddable page', () => {
  let browser: Browser;
  let host: Server;
  let hostOrigin: string;
  let app: App;
  /** The explorer with EMBED_FRAME_ANCESTORS naming the host site (the shared test app allows no framing at all). */
  let allowing: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    host = hostSite();
    hostOrigin = await listen(host, await freePort());
    app = await createApp({
      config: { env: 'test', clientDist: TEST_CLIENT_DIST, embedFrameAncestors: [hostOrigin] },
      db: testDb(),
      log: createLogger('warn', false),
    });
    allowing = await listen(app.server);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await new Promise((resolve) => host?.close(resolve));
  });

  /** Opens the host site with a frame of `src`, and returns the page and the frame once the frame has loaded. */
  async function framed(src: string): Promise<{ page: Page; frame: Frame; csp: string | null }> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const response = page.waitForResponse((r) => r.url() === src);
    await page.goto(`${hostOrigin}/?src=${encodeURIComponent(src)}`);
    const csp = (await response).headers()['content-security-policy'] ?? null;
    const frame = (await (await page.$('#kaart'))!.contentFrame())!;
    await frame.waitForLoadState('load');
    return { page, frame, csp };
  }

  /** Whether a frame shows the explorer: its page loaded its data. Chromium replaces a refused frame with an error page. */
  const showsExplorer = (frame: Frame) =>
    frame
      .evaluate(() => document.body?.dataset['ready'] ?? null)
      .then((ready) => ({ url: frame.url(), ready }))
      .catch(() => ({ url: frame.url(), ready: null }));

  it('shows one view inside another site’s frame when EMBED_FRAME_ANCESTORS names that site', async () => {
    const { page, frame, csp } = await framed(`${allowing}/embed${VIEW}`);
    expect(csp).toContain(`frame-ancestors ${hostOrigin}`);
    await frame.waitForSelector('body[data-ready="true"]');
    expect(await frame.locator('h1').textContent()).toBe('Breed mkb in Fryslân');
    await frame.locator('[data-testid="answer-list"] li[data-id="ynbusiness"]').waitFor();
    // One view, read-only: no question bar, tabs, filters, sign-in or editing.
    for (const hidden of ['#question-bar', '#tabs', '#filters', '#account', '#edit-bar', '#shell-bar'])
      expect(await frame.locator(hidden).isVisible(), hidden).toBe(false);
    const back = frame.getByTestId('embed-open');
    expect(await back.getAttribute('href')).toBe(`${allowing}/${VIEW}`);
    expect(await back.getAttribute('target')).toBe('_blank');
    await screenshot(page, 'embed-in-frame');
    await page.close();
  });

  it('is refused in another site’s frame by default, and the editing explorer is refused even where embeds are allowed', async () => {
    for (const src of [`${inject('baseUrl')}/embed${VIEW}`, `${allowing}/${VIEW}`]) {
      const { page, frame, csp } = await framed(src);
      expect(csp, src).toContain("frame-ancestors 'none'");
      // Chromium puts its error page in the frame's place: none of the explorer's page is there.
      const shown = await showsExplorer(frame);
      expect(shown.ready, src).toBeNull();
      expect(shown.url, src).toMatch(/^chrome-error:/);
      if (src.includes('/embed')) await screenshot(page, 'embed-refused');
      await page.close();
    }
    // The same check passes the allowed frame: it does tell the two apart.
    const { page, frame } = await framed(`${allowing}/embed${VIEW}`);
    await frame.waitForSelector('body[data-ready="true"]');
    expect((await showsExplorer(frame)).url).toBe(`${allowing}/embed${VIEW}`);
    await page.close();
  });

  it('opens on its own with the keyboard route to the full explorer and passes an axe-core scan', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${allowing}/embed${VIEW}&weergave=tabel`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.title()).toBe('Breed mkb in Fryslân – Ecosysteemkaart');
    await page.locator('#organisations-table tbody tr[data-id="ynbusiness"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // Tab from the top: the skip link, then the way to the full explorer.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('embed-open');
    await screenshot(page, 'embed-table');

    await page.goto(`${allowing}/embed?doelgroep=breed-mkb&regio=PV26`);
    await page.waitForSelector('body[data-ready="true"]');
    await drawnGraph(page);
    expect(await page.locator('h1').textContent()).toBe('Wie bedient Breed mkb (bestaand mkb) in Utrecht?');
    await page.locator('[data-testid="answer-status"][data-status="GAP"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
