import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { testDb } from '../helpers/db.ts';
import '../helpers/env.ts';

describe('the explorer page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the organisations stored in Neo4j as graph nodes and lists them in the table', async () => {
    const [row] = await testDb().readRaw<{ nodes: number }>(
      'test: count organisations',
      'MATCH (o:Organisation) RETURN count(o) AS nodes',
    );
    const storedOrganisations = row?.nodes ?? 0;
    expect(storedOrganisations).toBeGreaterThan(0);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${inject('baseUrl')}/`);
    await page.waitForFunction(
      () => (window as unknown as { __cy?: { nodes(): { length: number } } }).__cy !== undefined,
    );
    const drawn = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          __cy: { nodes(): { length: number; map(f: (n: { id(): string }) => string): string[] } };
        }
      ).__cy;
      return { count: cy.nodes().length, ids: cy.nodes().map((n) => n.id()) };
    });
    expect(drawn.count).toBe(Math.min(storedOrganisations, 2000));
    expect(drawn.ids).toContain('kvk');
    expect(await page.locator('#table tbody tr').count()).toBe(drawn.count);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await screenshot(page, 'explorer-graph-nl');

    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('#table-heading').textContent()).toBe('Table');
    await screenshot(page, 'explorer-graph-en');
    await page.close();
  });
});
