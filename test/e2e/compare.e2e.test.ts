import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { openExplorer, pageErrors, seriousViolations } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

/** How long to wait for what follows a request (the system tests share a loaded machine). */
const WAIT = { timeout: 20_000 };

describe('comparing two years in the explorer', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows each cell of 2017 and 2022 before → after in words, marks the changed ones, and lists what started and stopped', async () => {
    const page = await openExplorer(browser, '/?weergave=matrix', inject('baseUrl'));
    await page.locator('#compare-from').selectOption('2017');
    await page.locator('#compare-to').selectOption('2022');
    await page.locator('#compare-years').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('vergelijk')).toBe('2017..2022');
    await page.locator('#compare-cells').waitFor(WAIT);
    expect(await page.locator('#compare-result-heading').textContent()).toBe('Vergelijking: 2017 → 2022');

    const changed = page.locator('#compare-cells td.is-changed');
    const count = await changed.count();
    expect(count).toBeGreaterThan(0);
    // A changed cell says so in words, and both statuses are written, not only coloured.
    const first = changed.first();
    expect(await first.textContent()).toContain('gewijzigd');
    expect(await first.textContent()).toContain('→');
    expect(await page.locator('#compare-cells td:not(.is-changed)').first().textContent()).not.toContain('gewijzigd');
    expect(await page.locator('#compare-summary').textContent()).toContain(`${count} van de`);
    const regions = await page.locator('#compare-regions li').count();
    expect(regions).toBeGreaterThan(0);
    // The map beside the list hatches the same regions.
    await page.locator('#compare-map').waitFor(WAIT);
    expect(await page.locator('#compare-map path.is-changed').count()).toBe(regions);
    const listed =
      (await page.locator('#compare-started tbody tr').count()) +
      (await page.locator('#compare-stopped tbody tr').count());
    expect(listed).toBeGreaterThan(0);

    const [cells] = await Promise.all([page.waitForEvent('download'), page.locator('#compare-cells-csv').click()]);
    const csv = await readFile((await cells.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFregio_id,regio,doelgroep_id,status_voor,status_na,aanbieders_voor,aanbieders_na,gewijzigd,toelichting',
    );
    expect(csv.split('\r\n').filter((l) => l.includes(',ja,'))).toHaveLength(count);
    const [items] = await Promise.all([page.waitForEvent('download'), page.locator('#compare-items-csv').click()]);
    const list = await readFile((await items.path())!, 'utf8');
    expect(list.split('\r\n').filter((l) => /^(begonnen|gestopt),/.test(l))).toHaveLength(listed);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'compare-2017-2022');
    await page.locator('#compare-stop').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('vergelijk')).toBeNull();
    expect(await page.locator('#compare-cells').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
