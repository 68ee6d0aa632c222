import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { drawnGraph, openExplorer, pageErrors, seriousViolations } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

/** The classes and drawn width of each organisation node (window.__cy, a test build). */
function drawnNodes(page: Page): Promise<Record<string, { classes: string[]; width: number }>> {
  return page.evaluate(() => {
    interface Node {
      id(): string;
      classes(): string[];
      width(): number;
    }
    const cy = (window as unknown as { __cy: { nodes(): { not(s: string): { map<T>(f: (n: Node) => T): T[] } } } })
      .__cy;
    return Object.fromEntries(
      cy
        .nodes()
        .not('.axis')
        .map((n) => [n.id(), { classes: n.classes(), width: n.width() }]),
    );
  });
}

describe('the referral network in the explorer', () => {
  let browser: Browser;
  const open = (path: string) => openExplorer(browser, path, inject('baseUrl'));

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sizes Overijssel by betweenness: no referral is known there, so every organisation is drawn as unknown', async () => {
    const page = await open('/?regio=PV23');
    await drawnGraph(page);
    // The measure is chosen with the keyboard: focus the select, pick "Tussenpositie".
    await page.locator('#graph-metric').focus();
    await page.locator('#graph-metric').selectOption('tussenheid');
    await expect.poll(() => new URL(page.url()).searchParams.get('maat')).toBe('tussenheid');
    await page.locator('#network-table').waitFor();
    expect(await page.locator('#network-coverage').textContent()).toMatch(/^Het netwerk telt 0 actieve/);
    expect(await page.locator('#network-table tbody tr').count()).toBe(0);
    await expect
      .poll(async () =>
        Object.entries(await drawnNodes(page))
          .filter(([, n]) => !n.classes.includes('metric-unknown'))
          .map(([id, n]) => `${id} ${n.classes.join(' ')}`),
      )
      .toEqual([]);
    expect(Object.keys(await drawnNodes(page))).toContain('kvk');
    await screenshot(page, 'network-overijssel-betweenness');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('sizes Fryslân by betweenness: YnBusiness, between KVK and the NOM, is drawn largest', async () => {
    const page = await open('/?regio=PV21&maat=tussenheid');
    await drawnGraph(page);
    await page.locator('#network-table tbody tr').first().waitFor();
    await expect.poll(async () => (await drawnNodes(page))['ynbusiness']?.classes).toContain('metric-4');
    const nodes = await drawnNodes(page);
    expect(nodes['kvk']?.classes).toContain('metric-0');
    expect(nodes['ynbusiness']!.width).toBeGreaterThan(nodes['kvk']!.width);
    expect(nodes['fom']?.classes).toContain('metric-unknown');
    // The table beside the drawing lists the most betweenness first, with the value in Dutch notation.
    const first = page.locator('#network-table tbody tr').first();
    expect(await first.getAttribute('data-id')).toBe('ynbusiness');
    expect(await first.textContent()).toContain('0,5');
    await screenshot(page, 'network-fryslan-betweenness');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#network-csv').click()]);
    expect(download.suggestedFilename()).toBe('ecosysteemkaart-verwijsnetwerk-pv21.csv');
    const rows = parse(await readFile((await download.path())!, 'utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r['id'])).toEqual(['ynbusiness', 'kvk', 'nom']);
    expect(rows[0]!['Tussenpositie']).toBe('0.5');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('marks the weak points of Fryslân and what depends on them, in words and not by colour alone', async () => {
    const page = await open('/?doelgroep=innovatief-mkb&regio=PV21');
    await drawnGraph(page);
    // The mode is reached with the keyboard like the other modes.
    await page.locator('button[data-mode="kwetsbaar"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('modus')).toBe('kwetsbaar');
    await page.locator('#graph-mode-panel[data-loaded="true"] #weak-list li').first().waitFor();
    const text = await page.locator('#weak-list').textContent();
    expect(text).toContain(
      'Zonder YnBusiness kan Kamer van Koophandel (KVK) in Fryslân ondernemers uit de doelgroep ‘Innovatief mkb’ niet meer doorverwijzen naar Noordelijke Ontwikkelingsmaatschappij (NOM).',
    );
    expect(await page.locator('#weak-list li[data-kind="bridge"]').count()).toBeGreaterThan(0);
    // The mode shows every organisation of the region: a new slice, drawn anew; wait for its classes.
    await expect.poll(async () => (await drawnNodes(page))['ynbusiness']?.classes ?? []).toContain('weak-point');
    const nodes = await drawnNodes(page);
    expect(nodes['kvk']?.classes).toContain('weak-dependent');
    // The weak point's border is double and its dependants' dashed: a style, besides the colour.
    const borders = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: { $id(id: string): { style(k: string): string } } }).__cy;
      return [cy.$id('ynbusiness').style('border-style'), cy.$id('kvk').style('border-style')];
    });
    expect(borders).toEqual(['double', 'dashed']);
    // The details panel gives the weak point's measures.
    await page.locator('#weak-list li[data-kind="weak-point"] button', { hasText: 'YnBusiness' }).first().click();
    await page.locator('#details-network dd').first().waitFor();
    expect(await page.locator('#details-network').textContent()).toContain('Zwakke plek');
    await screenshot(page, 'network-fryslan-weak-points');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.locator('#weak-list li').first().waitFor();
    expect(await page.locator('#weak-list').textContent()).toContain(
      'Without YnBusiness, Kamer van Koophandel (KVK) in Fryslân can no longer refer entrepreneurs',
    );
    await screenshot(page, 'network-fryslan-weak-points-en');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows the measures as a table in the table view, and as columns of the organisations table', async () => {
    const page = await open('/?regio=PV21&maat=nabijheid&weergave=tabel');
    await page.locator('#network-table tbody tr').first().waitFor();
    expect(await page.locator('#network-table tbody tr').count()).toBe(3);
    expect(await page.locator('#network-table thead').textContent()).toContain('Bereikbaarheid');
    // The same measures beside each organisation's own columns; one the network does not measure is unknown.
    const column = '#organisations-table thead th[data-measure="betweenness"]';
    await page.locator(column).waitFor();
    expect(await page.locator(column).textContent()).toBe('Tussenpositie');
    const measured = (id: string) =>
      page.locator(`#network-table tr[data-id="${id}"] td`).nth(2).textContent({ timeout: 5_000 });
    expect(
      await page.locator('#organisations-table tr[data-id="ynbusiness"] td[data-measure="betweenness"]').textContent(),
    ).toBe(await measured('ynbusiness'));
    expect(
      await page.locator('#organisations-table td[data-measure="betweenness"]', { hasText: 'onbekend' }).count(),
    ).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
