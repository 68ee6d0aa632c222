import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { drawnGraph, seriousViolations } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

const FRYSLAN = '/?doelgroep=breed-mkb&regio=PV21';

/**
 * The graph pane's width (the graph with its legend beside it) as a share of the window's, the drawing's own width,
 * and the width Cytoscape draws in (it must follow the drawing's).
 */
async function graphShare(page: Page): Promise<{ share: number; pane: number; canvas: number; drawn: number }> {
  return page.evaluate(() => {
    const pane = document.getElementById('panel-graaf')!.getBoundingClientRect().width;
    const canvas = document.getElementById('graph')!.getBoundingClientRect().width;
    const cy = (window as unknown as { __cy: { width(): number } }).__cy;
    return { share: pane / window.innerWidth, pane, canvas, drawn: cy.width() };
  });
}

describe('the page around the views', () => {
  let browser: Browser;
  const errors = new WeakMap<Page, string[]>();
  /** Uncaught script errors a page has thrown. */
  const pageErrors = (page: Page) => errors.get(page) ?? [];
  /** A page of its own (fresh storage: a first visit) at a window size, with the explorer loaded. */
  async function open(path: string, width = 1440, height = 900, init?: () => void): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    errors.set(page, []);
    page.on('pageerror', (e) => errors.get(page)!.push(e.message));
    await page.goto(`${inject('baseUrl')}${path}`);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }
  const close = (page: Page) => page.context().close();

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    it(`gives the graph at least two thirds of a ${width}×${height} window before the first question, with a question and with the columns hidden`, async () => {
      const first = await open('/', width, height);
      await drawnGraph(first);
      const firstVisit = await graphShare(first);
      expect(firstVisit.share).toBeGreaterThanOrEqual(2 / 3);
      await close(first);

      const page = await open(FRYSLAN, width, height);
      await drawnGraph(page);
      const asked = await graphShare(page);
      // On a laptop screen the answer sits under the views, so the graph keeps its room once a question is asked.
      expect(asked.share).toBeGreaterThanOrEqual(2 / 3);
      await page.getByRole('button', { name: 'Filters verbergen' }).click();
      await page.getByRole('button', { name: 'Antwoord verbergen' }).click();
      await expect.poll(() => page.locator('#filters').isHidden()).toBe(true);
      expect(await page.locator('#side').isHidden()).toBe(true);
      const url = new URL(page.url());
      expect(url.searchParams.get('filterkolom')).toBe('dicht');
      expect(url.searchParams.get('antwoordkolom')).toBe('dicht');
      await expect.poll(async () => (await graphShare(page)).share).toBeGreaterThanOrEqual(2 / 3);
      // Cytoscape draws in the wider pane, not in the old width.
      await expect
        .poll(async () => Math.abs((await graphShare(page)).canvas - (await graphShare(page)).drawn))
        .toBeLessThan(3);
      const hidden = await graphShare(page);
      await screenshot(page, `shell-columns-hidden-${width}x${height}`);
      process.stdout.write(
        `graph pane at ${width}×${height}: first visit ${Math.round(firstVisit.pane)} px (${(firstVisit.share * 100).toFixed(0)} %), ` +
          `with a question ${Math.round(asked.pane)} px (${(asked.share * 100).toFixed(0)} %; drawing ${Math.round(asked.canvas)} px), ` +
          `columns hidden ${Math.round(hidden.pane)} px (${(hidden.share * 100).toFixed(0)} %)\n`,
      );

      // The link keeps the layout: opened again, the columns stay hidden; shown again, they come back.
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.locator('#filters').isHidden()).toBe(true);
      await page.getByRole('button', { name: 'Filters tonen' }).click();
      await page.getByRole('button', { name: 'Antwoord tonen' }).click();
      expect(await page.locator('#filters').isVisible()).toBe(true);
      await page.locator('[data-testid="answer-list"] li[data-id="ynbusiness"]').waitFor();
      expect(pageErrors(page)).toEqual([]);
      await close(page);
    });
  }

  it('shows the workspace full screen, and fills the page where the Fullscreen API is refused; Esc leaves both', async () => {
    const page = await open(FRYSLAN);
    await drawnGraph(page);
    const button = page.locator('button[data-action="fullscreen"]');
    await button.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('workspace');
    // The button follows the fullscreenchange event, which comes after the element changed.
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'shell-fullscreen');
    await button.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    // Entered again with the keyboard, left with Esc.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('workspace');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    await close(page);

    // Without the API (an old browser, a frame without allowfullscreen): the workspace fills the window instead.
    const fallback = await open(FRYSLAN, 1024, 768, () => {
      Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined });
    });
    await drawnGraph(fallback);
    await fallback.getByRole('button', { name: 'Filters verbergen' }).click();
    await fallback.getByRole('button', { name: 'Antwoord verbergen' }).click();
    await fallback.getByRole('button', { name: 'Volledig scherm' }).click();
    await expect.poll(() => fallback.locator('#workspace.layout--filling').count()).toBe(1);
    const box = await fallback.locator('#workspace').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1024, height: 768 });
    const filled = await graphShare(fallback);
    expect(filled.share).toBeGreaterThanOrEqual(0.9);
    // The graph takes the window's height too, less the bars above it.
    expect((await fallback.locator('#graph').boundingBox())!.height).toBeGreaterThan(768 / 2);
    await screenshot(fallback, 'shell-filling-1024x768');
    await fallback.keyboard.press('Escape');
    await expect.poll(() => fallback.locator('#workspace.layout--filling').count()).toBe(0);
    expect(await fallback.locator('button[data-action="fullscreen"]').textContent()).toBe('Volledig scherm');
    process.stdout.write(
      `graph pane filling 1024×768: ${Math.round(filled.pane)} px (${(filled.share * 100).toFixed(0)} %)\n`,
    );
    expect(pageErrors(fallback)).toEqual([]);
    await close(fallback);
  });

  it('asks each example question of a first visit and shows its answer', async () => {
    const page = await open('/');
    const guidance = page.locator('#guidance');
    expect(await guidance.textContent()).toContain('Kies hierboven een doelgroep en een regio');
    await screenshot(page, 'shell-first-visit');

    await page.getByRole('button', { name: 'Wie bedient het breed mkb in Fryslân?' }).click();
    await page.locator('[data-testid="answer-list"] li[data-id="ynbusiness"]').waitFor();
    expect(new URL(page.url()).search).toBe('?doelgroep=breed-mkb&regio=PV21');
    expect(await guidance.isHidden()).toBe(true);
    // The question bar says the same question: the example went through the question's own state.
    expect(await page.getByRole('combobox', { name: 'Regio' }).inputValue()).toBe('Fryslân');

    await page.getByRole('button', { name: 'Wis vraag' }).click();
    await page.getByRole('button', { name: 'Is er een gat voor het breed mkb in Utrecht?' }).click();
    const status = page.locator('[data-testid="answer-status"][data-status="GAP"]');
    await status.waitFor();
    expect(await status.textContent()).toContain('Utrecht');
    await screenshot(page, 'shell-example-gap');

    await page.getByRole('button', { name: 'Wis vraag' }).click();
    await page.getByRole('button', { name: 'Naar wie verwijst KVK het breed mkb in Fryslân door?' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('modus')).toBe('pad');
    await page.locator('#graph-mode-panel[data-loaded="true"] #path-list li').first().waitFor();
    expect(await page.locator('#path-list').textContent()).toContain('YnBusiness');
    await screenshot(page, 'shell-example-referrals');
    expect(pageErrors(page)).toEqual([]);
    await close(page);
  });

  it('explains each view the first time it opens, remembers that it was put away, and explains again on request', async () => {
    const page = await open('/');
    const guide = page.locator('#view-guide');
    expect(await guide.textContent()).toContain('De graaf toont organisaties');
    await guide.getByRole('button', { name: 'Begrepen' }).click();
    expect(await guide.isHidden()).toBe(true);
    const help = page.locator('button[data-action="help"]');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('help');
    expect(await help.getAttribute('aria-expanded')).toBe('false');

    await page.getByRole('tab', { name: 'Matrix' }).click();
    expect(await guide.textContent()).toContain('De matrix zet regio');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await guide.textContent()).toContain('De matrix zet regio');
    await page.getByRole('tab', { name: 'Graaf' }).click();
    expect(await guide.isHidden()).toBe(true);
    await help.click();
    expect(await guide.textContent()).toContain('De graaf toont organisaties');
    expect(await help.getAttribute('aria-expanded')).toBe('true');
    await close(page);
  });

  it('copies the view’s link with the share button and names the view with a title shown as text', async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}${FRYSLAN}&weergave=tabel`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.getByRole('button', { name: 'Delen' }).click();
    await page.locator('#share-panel [role="status"]', { hasText: 'gekopieerd' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${inject('baseUrl')}/?doelgroep=breed-mkb&regio=PV21&weergave=tabel`);

    const title = page.getByRole('textbox', { name: 'Titel van deze weergave (optioneel)' });
    await title.fill('Breed mkb <b>Fryslân</b>');
    await expect.poll(() => new URL(page.url()).searchParams.get('titel')).toBe('Breed mkb <b>Fryslân</b>');
    expect(await page.locator('#view-title').textContent()).toBe('Breed mkb <b>Fryslân</b>');
    expect(await page.locator('#view-title b').count()).toBe(0);
    expect(await page.title()).toBe('Breed mkb <b>Fryslân</b> – Ecosysteemkaart');
    expect(await page.locator('#share-link').inputValue()).toContain('titel=Breed+mkb+%3Cb%3EFrysl%C3%A2n%3C%2Fb%3E');
    const snippet = await page.locator('#share-embed').inputValue();
    expect(snippet).toContain(`src="${inject('baseUrl')}/embed?doelgroep=breed-mkb&amp;regio=PV21&amp;weergave=tabel`);
    expect(snippet).toContain('title="Breed mkb &lt;b&gt;Fryslân&lt;/b&gt;"');
    await screenshot(page, 'shell-share');
    await page.keyboard.press('Escape');
    expect(await page.locator('#share-panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('share');
    await context.close();

    // A browser that refuses the clipboard: the link is shown selected, to copy by hand.
    const refused = await open(FRYSLAN, 1440, 900, () => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await refused.getByRole('button', { name: 'Delen' }).click();
    await refused.locator('#share-panel [role="status"]', { hasText: 'lukte niet' }).waitFor();
    const selection = await refused.evaluate(() => {
      const field = document.activeElement as HTMLInputElement;
      return { id: field.id, selected: field.value.slice(field.selectionStart!, field.selectionEnd!) };
    });
    expect(selection).toEqual({ id: 'share-link', selected: `${inject('baseUrl')}${FRYSLAN}` });
    await screenshot(refused, 'shell-share-fallback');
    await close(refused);
  });

  it('reaches the column buttons, the example questions and sharing with the keyboard, and works them', async () => {
    const page = await open('/');
    const reached: string[] = [];
    for (let i = 0; i < 40 && !reached.includes('share'); i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el?.dataset['example'] ?? el?.dataset['action'] ?? el?.dataset['panel'] ?? el?.id ?? '';
        }),
      );
    }
    const order = ['breed-mkb-fryslan', 'gap-utrecht', 'referrals-fryslan', 'filters', 'help', 'share'];
    expect(reached.filter((r) => order.includes(r))).toEqual(order);
    // On to full screen and the answer column's button, after sharing.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('fullscreen');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-panel'))).toBe('answer');

    await page.locator('button[data-panel="filters"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#filters').isHidden()).toBe(true);
    expect(await page.locator('button[data-panel="filters"]').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#filters').isVisible()).toBe(true);

    await page.locator('button[data-example="breed-mkb-fryslan"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="answer-list"] li[data-id="ynbusiness"]').waitFor();
    await close(page);
  });

  it('passes an axe-core scan on a first visit, with the share panel open and with the columns hidden', async () => {
    const page = await open('/');
    await drawnGraph(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delen' }).click();
    await page.locator('#share-panel [role="status"]:not(:empty)').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await close(page);

    const hidden = await open(`${FRYSLAN}&filterkolom=dicht&antwoordkolom=dicht&titel=Fryslân`);
    await drawnGraph(hidden);
    expect(await seriousViolations(hidden)).toEqual([]);
    await close(hidden);
  }, 120_000);
});
