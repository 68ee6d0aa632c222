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

  it('shows what kind of help each provider of breed mkb in Fryslân gives, in Dutch and in English', async () => {
    const helpOf = async (page: Awaited<ReturnType<typeof openExplorer>>, id: string) =>
      page.locator(`[data-testid="answer-list"] > li[data-id="${id}"] [data-testid="answer-help"]`).textContent();
    const nl = await openExplorer(browser, '/?doelgroep=breed-mkb&regio=PV21', inject('baseUrl'));
    await nl.locator('[data-testid="answer-list"]').waitFor();
    // FOM finances, YnBusiness advises, KVK informs (Bijlage 7 – Factsheet Friesland [L1393]).
    expect(await helpOf(nl, 'fom')).toBe('Financiering');
    expect(await helpOf(nl, 'ynbusiness')).toBe('Advies en begeleiding');
    expect(await helpOf(nl, 'kvk')).toBe('Informeren en wegwijzen');
    expect(await seriousViolations(nl)).toEqual([]);
    expect(pageErrors(nl)).toEqual([]);
    await nl.close();

    const en = await openExplorer(browser, '/?taal=en&doelgroep=breed-mkb&regio=PV21', inject('baseUrl'));
    await en.locator('[data-testid="answer-list"]').waitFor();
    expect(await helpOf(en, 'fom')).toBe('Finance');
    expect(await helpOf(en, 'ynbusiness')).toBe('Advice and guidance');
    await en.close();
  });

  it('names the shared help of an overlap and lists complementary providers in overlap mode', async () => {
    const page = await openExplorer(browser, '/?doelgroep=startup&regio=GM0153&modus=overlap', inject('baseUrl'));
    const item = page.locator('#graph-mode-panel[data-loaded="true"] #overlap-list li', { hasText: 'Novel-T' });
    await item.first().waitFor();
    const novelTOostNl = page.locator('#overlap-list li', { hasText: 'Oost NL' }).filter({ hasText: 'Novel-T' });
    expect(await novelTOostNl.locator('[data-testid="overlap-help"]').textContent()).toBe('Advies en begeleiding');
    expect(await novelTOostNl.locator('p').textContent()).toContain('geven allebei Advies en begeleiding aan');
    // The bubble in the graph encloses the providers that overlap.
    await page.locator('path.bubble-startup').waitFor({ state: 'attached' });
    expect(await page.locator('#complement-list li').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows the municipalities of Utrecht as one row that opens to the list with the keyboard', async () => {
    // Utrecht's municipalities "richten zich op alle doelgroepen" (Utrecht canvas, L1553): the breed mkb included.
    const page = await openExplorer(browser, '/?doelgroep=breed-mkb&regio=PV26', inject('baseUrl'));
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
