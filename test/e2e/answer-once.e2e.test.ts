import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { openExplorer, pageErrors } from '../helpers/explorer-page.ts';
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
});
