import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { editMode, openExplorer, openExplorerAs, pageErrors } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

describe('everyday names in the explorer', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['Den Haag', 'GM0518', "'s-Gravenhage", 'question-bar-den-haag'],
    ['Den Bosch', 'GM0796', "'s-Hertogenbosch", 'question-bar-den-bosch'],
  ])('asks about "%s" and answers for %s (%s)', async (typed, id, official, shot) => {
    const page = await openExplorer(browser, '/?doelgroep=breed-mkb', inject('baseUrl'));
    const region = page.getByRole('combobox', { name: 'Regio' });
    await region.fill(typed);
    const first = page.locator('[role="listbox"]:not([hidden]) [role="option"]').first();
    await first.waitFor();
    // The official name is offered first for the everyday one.
    expect(await first.textContent()).toContain(official);
    await region.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('regio')).toBe(id);
    await page.locator('[data-testid="answer-list"] li[data-id="kvk"]').waitFor();
    expect(await page.locator('#answer').textContent()).toContain(official);
    await screenshot(page, shot);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ['Brabantse Ontwikkelings Maatschappij', 'BOM'],
    ['innovation quarter', 'InnovationQuarter'],
  ])('offers the organisation "%s" means in the organisation picker (%s)', async (typed, label) => {
    const page = await openExplorerAs(browser, inject('tokens').editor, '/?organisatie=ynbusiness', inject('baseUrl'));
    await editMode(page);
    await page.locator('[data-focus="add-referral"]').click();
    await page.locator('#edit-dialog[open][data-form="referral.create"]').waitFor();
    const to = page.locator('#edit-field-to');
    await to.fill(typed);
    const first = page.locator('[role="listbox"]:not([hidden]) [role="option"]').first();
    // The server's full-text ranking arrives after the local match, which does not know these names.
    await expect
      .poll(async () => ((await first.count()) > 0 ? await first.textContent() : null), { timeout: 20_000 })
      .toBe(label);
    await to.press('Enter');
    expect(await to.inputValue()).toBe(label);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
