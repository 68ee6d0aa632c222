import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { openExplorer, pageErrors, seriousViolations } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

describe('the answer panel', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists Novel-T once for startups in Enschede, its statements beneath it', async () => {
    const page = await openExplorer(browser, '/?doelgroep=startup&regio=GM0153', inject('baseUrl'));
    const list = page.locator('[data-testid="answer-list"]');
    await list.waitFor();
    const ids = await list
      .locator(':scope > li.answer__item')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));
    expect(ids.filter((id) => id === 'novel-t')).toHaveLength(1);
    expect(ids.filter((id) => id === 'oost-nl')).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);

    const novelT = list.locator(':scope > li[data-id="novel-t"]');
    const statements = novelT.locator('[data-testid="answer-statements"]');
    await statements.locator('summary').click();
    expect(await statements.locator('li.answer__statement').count()).toBeGreaterThanOrEqual(2);
    expect(await statements.textContent()).toContain('rol niet vermeld');
    // The count line counts organisations: regional ones, then national ones apart, together every row once.
    const count = (await page.locator('[data-testid="answer-count"]').textContent()) ?? '';
    const [regional, national] = [/^(\d+)/, /\+ (\d+) landelijk/].map((re) => Number(count.match(re)?.[1] ?? 0));
    expect(regional! + national!).toBe(ids.length);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows the municipalities of Utrecht as one row that opens to the list with the keyboard', async () => {
    // `various` is the report's "alle doelgroepen" (Utrecht canvas, L1553): every municipality of the province.
    const page = await openExplorer(browser, '/?doelgroep=various&regio=PV26', inject('baseUrl'));
    const group = page.locator('[data-testid="answer-group"]');
    await group.waitFor();
    expect(await group.count()).toBe(1);
    const summary = group.locator('[data-testid="answer-group-summary"]');
    expect(await summary.textContent()).toContain('26 gemeenten, elk in de eigen gemeente');
    const members = group.locator('[data-testid="answer-group-members"] > li');
    expect(await members.first().isVisible()).toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    await members.first().waitFor({ state: 'visible' });
    expect(await members.count()).toBe(26);
    expect(
      await group.locator('[data-testid="answer-group-members"] > li[data-id="gemeente-amersfoort"]').count(),
    ).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'answer-municipality-group-nl');
    await page.keyboard.press('Space');
    await members.first().waitFor({ state: 'hidden' });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('says "26 municipalities, each in its own municipality" in English', async () => {
    const page = await openExplorer(browser, '/?doelgroep=various&regio=PV26&taal=en', inject('baseUrl'));
    const summary = page.locator('[data-testid="answer-group-summary"]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('26 municipalities, each in its own municipality');
    await page.close();
  });
});
