import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { openExplorer, pageErrors, seriousViolations } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

// Unknown is not a gap, in the explorer: a province the report never studied is "niet in kaart gebracht" with its
// own pattern and legend entry on the map and in the matrix; a province it studied and found no provider in is "gat",
// and the answer names the source that looked.

describe('not mapped against gap in the explorer', () => {
  let browser: Browser;
  const open = (path: string) => openExplorer(browser, path, inject('baseUrl'));

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('marks Noord-Holland not mapped and Utrecht a gap for the breed mkb on the map, with both in the legend', async () => {
    const page = await open('/?weergave=kaart&doelgroep=breed-mkb');
    const noordHolland = page.locator('svg.map path[data-region="PV27"]');
    await noordHolland.waitFor();
    expect(await noordHolland.getAttribute('data-status')).toBe('UNMAPPED');
    expect(await noordHolland.getAttribute('fill')).toBe('url(#unmapped)');
    expect(await noordHolland.getAttribute('aria-label')).toContain('niet in kaart gebracht');
    const utrecht = page.locator('svg.map path[data-region="PV26"]');
    expect(await utrecht.getAttribute('data-status')).toBe('GAP');
    expect(await utrecht.getAttribute('fill')).toBe('url(#hatch)');
    const legend = (await page.locator('.legend--coverage').first().textContent()) ?? '';
    expect(legend).toContain('niet in kaart gebracht');
    expect(legend).toContain('geen bron heeft hier gekeken');
    expect(legend).toContain('gat');
    expect(await page.locator('.legend--coverage .swatch.status--unmapped').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'unmapped-map-breed-mkb');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows the two apart in the matrix, and the answer says whether a source looked', async () => {
    const page = await open('/?weergave=matrix');
    await page.locator('#matrix-level').selectOption('PROVINCE');
    const nh = page.locator('#matrix-grid [data-region="PV27"][data-group="breed-mkb"]');
    await nh.waitFor();
    expect(await nh.getAttribute('data-status')).toBe('UNMAPPED');
    expect(await nh.getAttribute('class')).toContain('status--unmapped');
    expect(await nh.locator('.matrix__status').textContent()).toBe('niet in kaart gebracht');
    const ut = page.locator('#matrix-grid [data-region="PV26"][data-group="breed-mkb"]');
    expect(await ut.getAttribute('data-status')).toBe('GAP');

    // The answer for Noord-Holland: not mapped, said in words, with no source; for Utrecht: a gap with its source.
    await nh.click();
    const status = page.locator('[data-testid="answer-status"]');
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('UNMAPPED');
    expect(await status.textContent()).toContain('geen bron heeft hier gekeken');
    await ut.click();
    await page.locator('[data-testid="answer-status"][data-status="GAP"]').waitFor();
    const gap = (await page.locator('[data-testid="answer-status"]').textContent()) ?? '';
    expect(gap).toContain('in kaart gebracht voor Utrecht (2023)');
    expect(await seriousViolations(page)).toEqual([]);

    // The same in English.
    await page.locator('#language-toggle').click();
    await page.locator('[data-testid="answer-status"]', { hasText: 'mapped for Utrecht (2023)' }).waitFor();
    await screenshot(page, 'unmapped-matrix-answer');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
