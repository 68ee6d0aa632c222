import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { drawnGraph, editMode, openExplorer, pageErrors, signIn } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/** Starts recording the page's CSP violations before any of its scripts runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

// The built explorer under the server's Content-Security-Policy, in Chromium: every view is opened and drawn, and
// the browser must report no violation (which would mean a broken feature, or a policy too loose to be useful).
describe('the explorer under its Content-Security-Policy', () => {
  const baseUrl = inject('baseUrl');
  const tokens = inject('tokens');
  let browser: Browser;
  let context: Awaited<ReturnType<Browser['newContext']>>;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = async (path: string): Promise<Page> => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await recordViolations(page);
    await page.goto(`${baseUrl}${path}`);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  };

  it('is served with a policy that forbids inline scripts', async () => {
    const res = await fetch(`${baseUrl}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
  });

  it('reports an inline script as a violation, so the recording works', async () => {
    const page = await open('/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.body.append(s);
    });
    await expect.poll(async () => (await violations(page)).map((v) => v.directive)).toContain('script-src-elem');
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    await context.close();
  });

  it('draws the graph, the matrix, the map and the table without a violation', async () => {
    const page = await open('/?doelgroep=breed-mkb&regio=PV21');
    const drawn = await drawnGraph(page);
    expect(drawn.nodes.length).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/?weergave=matrix&doelgroep=breed-mkb&regio=PV30`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.locator('#matrix-level').selectOption('PROVINCE');
    await page.locator('#matrix-grid [data-region="PV30"][data-group="breed-mkb"]').waitFor();
    await page.goto(`${baseUrl}/?weergave=kaart&doelgroep=breed-mkb`);
    await page.locator('svg.map path[data-region="PV21"]').waitFor();
    await page.locator('svg.map path[data-region="PV21"]').click();
    await page.locator('[data-testid="answer-list"] li[data-id="ynbusiness"]').waitFor();
    await page.getByRole('tab', { name: 'Tabel' }).click();
    await page.locator('#organisations-table').getByRole('button', { name: 'YnBusiness' }).click();
    await page.locator('#details').getByRole('heading', { name: 'YnBusiness' }).waitFor();
    const firstServing = page.locator('#details section[aria-labelledby="details-serves"] details').first();
    await firstServing.locator('summary').click();
    await page.locator('#glossary-open').click();
    await page.locator('#glossary[open]').waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('runs an editor’s import dry run without a violation', async () => {
    const page = await openExplorer(browser, '/', baseUrl);
    await recordViolations(page);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await signIn(page, tokens.editor);
    await editMode(page);
    await page.locator('#import-open').click();
    await page.locator('#import-dialog[open]').waitFor();
    await page.locator('#import-entity').selectOption('organisations');
    await page.locator('#import-file').setInputFiles({
      name: 'organisaties.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,name,type\ncsp-proef,CSP Proef,regional-executor\n', 'utf8'),
    });
    await page.locator('#import-source').fill('CSP test');
    await page.locator('#import-dry-run').click();
    await page.locator('#import-summary').waitFor();
    expect(await violations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
