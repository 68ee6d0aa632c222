import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { openExplorer, pageErrors, seriousViolations } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

describe("the report's figures in the details panel", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows KVK's regiostimulering budget as a chart with its table, 2019 over budget", async () => {
    const page = await openExplorer(browser, '/?organisatie=kvk', inject('baseUrl'));
    const section = page.locator('#details section[aria-labelledby="details-figures"]');
    await section.waitFor();
    const budget = section.locator('figure[data-series="regiostimulering"]');
    const chart = budget.locator('svg[role="img"]');
    expect(await chart.getAttribute('aria-label')).toContain('2019 6,8 (gepland 5,7)');
    expect(await chart.locator('rect').count()).toBeGreaterThan(10);
    const row2019 = budget.locator('table tbody tr', { has: page.locator('th', { hasText: '2019' }) });
    expect(await row2019.locator('td').allTextContents()).toEqual(['5,7', '6,8']);
    const row2017 = budget.locator('table tbody tr', { has: page.locator('th', { hasText: '2017' }) });
    expect(await row2017.locator('td').allTextContents()).toEqual(['7,6', 'Onbekend']);
    expect(await budget.locator('table caption').textContent()).toContain('regiostimulering');
    // The usage figures too: Regiodatatool users against the plan.
    const users = section.locator('figure[data-series="users"] table tbody tr');
    expect(await users.first().locator('td').allTextContents()).toEqual(['7.000', '11.241']);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-figures-kvk');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
