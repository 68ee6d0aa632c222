import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { openExplorer, pageErrors, seriousViolations } from '../helpers/explorer-page.ts';
import { gql } from '../helpers/graphql.ts';
import '../helpers/env.ts';

// The regiobeeld (client/regiobeeld.html, docs/regiobeeld.md) printed to PDF by headless Chromium and read back with
// pdftotext (poppler-utils). What it must say about Fryslân is what the report says there (KplusV 2023):
// [L1393] "De doelgroep van YnBusiness is het brede mkb"; [L1395] YnBusiness refers to the NOM; [L1416] KVK refers
// to YnBusiness; [L1112] KVK's focus is starters and micro-mkb (§7.3.2), so KVK serving the groot mkb deviates.

const ARTIFACTS = path.resolve('test/artifacts');
const run = promisify(execFile);

/** The text of each page of a PDF, whitespace folded; fails (never skips) without pdftotext. */
async function pdfPages(file: string): Promise<string[]> {
  let stdout: string;
  try {
    ({ stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 20_000_000 }));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pdftotext is missing: install poppler-utils (apt-get install poppler-utils) to run this test.');
    throw e;
  }
  return stdout
    .split('\f')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/** Prints the page as the browser does (A4, the print style sheet) into test/artifacts and reads its pages back. */
async function printed(page: Page, name: string): Promise<string[]> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  return pdfPages(file);
}

/** Waits until the regiobeeld has loaded and rendered (or refused), and says which. */
async function readyState(page: Page): Promise<string | null> {
  await page.waitForSelector('body[data-ready="true"]');
  return page.locator('body').getAttribute('data-state');
}

/** The footnotes a statement's mark points to, read from its section's list. */
async function footnotesOf(page: Page, section: string, statement: string): Promise<string[]> {
  const mark = await page
    .locator(`#${section} :is(li, tr)`, { hasText: statement })
    .first()
    .locator('sup.rb-fn')
    .textContent();
  const numbers = (mark ?? '')
    .replace(/[[\]]/g, '')
    .split(', ')
    .flatMap((part) => {
      const [a, b] = part.split('–').map(Number);
      return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, i) => a! + i);
    });
  return Promise.all(
    numbers.map(async (n) => (await page.locator(`#${section} .rb-footnotes li[data-n="${n}"]`).textContent()) ?? ''),
  );
}

const DUTCH_SECTIONS = [
  'Kaart en dekking',
  'Wie bedient welke doelgroep',
  'Overlap',
  'Verwijzingen: gaten en zwakke plekken',
  'Afwijkingen van de aanbevolen rolverdeling',
  'Wat veranderde sinds 2017',
];

describe('the regiobeeld', () => {
  let browser: Browser;
  let version: string;
  // The explorer's opener: a 1280×900 page that records script errors and waits for body[data-ready], which the
  // regiobeeld sets once it has rendered or refused.
  const open = (p: string): Promise<Page> => openExplorer(browser, p, inject('baseUrl'));

  beforeAll(async () => {
    browser = await launchBrowser();
    const r = await gql<{ dataVersion: { token: string } }>('{ dataVersion { token } }');
    version = r.data!.dataVersion.token;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens from the explorer’s answer by keyboard and prints Fryslân on A4 with its sections, sources and version on every page', async () => {
    const explorer = await open('/?doelgroep=breed-mkb&regio=PV21');
    const link = explorer.locator('#answer-regiobeeld');
    expect(await link.textContent()).toBe('Regiobeeld van Fryslân (afdrukbaar)');
    await link.focus();
    await Promise.all([explorer.waitForURL(/\/regiobeeld\?regio=PV21$/), explorer.keyboard.press('Enter')]);
    expect(await readyState(explorer)).toBe('ok');
    expect(await explorer.locator('h1').textContent()).toBe('Regiobeeld Fryslân');
    expect(await explorer.locator('.rb-toc li').allTextContents()).toEqual(DUTCH_SECTIONS);
    expect(await explorer.locator('#rb-stamp').textContent()).toContain(`versie ${version}`);

    // What the report says about Fryslân, each with the footnote its mark points to.
    const breed = explorer.locator('.rb-group[data-group="breed-mkb"] li[data-id="ynbusiness"]');
    expect(await breed.textContent()).toContain('YnBusiness — hoofddoelgroep');
    expect(await footnotesOf(explorer, 'rb-doelgroepen', 'YnBusiness — hoofddoelgroep')).toContain(
      "kplusv-2023 · Bijlage 7 – Factsheet Friesland [L1393] ('De doelgroep van YnBusiness is het brede mkb')",
    );
    const weak =
      'Zonder YnBusiness kan Kamer van Koophandel (KVK) in Fryslân ondernemers uit de doelgroep ‘Innovatief mkb’ niet meer doorverwijzen naar Noordelijke Ontwikkelingsmaatschappij (NOM).';
    const weakNotes = await footnotesOf(explorer, 'rb-verwijzingen', weak);
    expect(weakNotes).toContain('kplusv-2023 · Bijlage 7 – Factsheet Friesland [L1395]');
    expect(weakNotes).toContain('kplusv-2023 · Bijlage 7 – Factsheet Friesland [L1416]');
    const deviation = explorer.locator('#rb-afwijkingen tr', { hasText: 'serves groot-mkb as secondary' });
    expect(await deviation.locator('th').textContent()).toContain('Kamer van Koophandel (KVK) (im-01)');
    expect(await footnotesOf(explorer, 'rb-afwijkingen', 'serves groot-mkb')).toContain('kplusv-2023 · §7.3.2 [L1112]');
    // Unknown and gap stay apart: nobody looked at event visitors, a source looked for starters and found nobody.
    const own = explorer.locator('.rb-matrix__own');
    const columns = await explorer.locator('#rb-matrix thead th').allTextContents();
    const ownCells = await own
      .locator('td .rb-status')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(ownCells[columns.indexOf('Eventbezoekers') - 1]).toBe('UNMAPPED');
    expect(ownCells[columns.indexOf('Starter') - 1]).toBe('GAP');
    expect(await explorer.locator('.rb-group[data-group="eventbezoekers"]').textContent()).toContain(
      'geen bron heeft hier gekeken: onbekend, geen gat',
    );
    expect(await seriousViolations(explorer)).toEqual([]);
    await screenshot(explorer, 'regiobeeld-fryslan');

    const pages = await printed(explorer, 'regiobeeld-fryslan');
    // Observed: 11 pages (a cover, the sections, the long list of referral gaps over three).
    expect(pages.length).toBeGreaterThanOrEqual(DUTCH_SECTIONS.length + 1);
    expect(pages.length).toBeLessThanOrEqual(25);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain('Regiobeeld Fryslân ·');
      expect(text, `page ${i + 1}`).toContain(`gegevensversie ${version}`);
      expect(text, `page ${i + 1}`).toMatch(/\d{1,2} \w+ \d{4}/);
      expect(text, `page ${i + 1}`).toContain(`pagina ${i + 1} / ${pages.length}`);
    });
    expect(pages[0]).toContain('Inhoud');
    // Each section starts a page of its own, with its heading first.
    for (const title of DUTCH_SECTIONS)
      expect(
        pages.some((p) => p.startsWith(title)),
        title,
      ).toBe(true);
    const all = pages.join(' ');
    expect(all).toContain(weak);
    expect(all).toContain('Bijlage 7 – Factsheet Friesland [L1395]');
    expect(all).toContain('Bijlage 7 – Factsheet Friesland [L1416]');
    expect(all).toContain('Geen aanbieder bekend, en geen bron heeft hier gekeken: onbekend, geen gat.');
    expect(all.match(/Bronnen/g)!.length).toBeGreaterThanOrEqual(DUTCH_SECTIONS.length);
    expect(pageErrors(explorer)).toEqual([]);
    await explorer.close();
  }, 180_000);

  it('opens by link in English, prints in English, and switches back to Dutch', async () => {
    const page = await open('/regiobeeld?regio=PV21&taal=en');
    expect(await readyState(page)).toBe('ok');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Regional picture of Fryslân');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'regiobeeld-fryslan-en');
    const pages = await printed(page, 'regiobeeld-fryslan-en');
    expect(pages.length).toBeGreaterThanOrEqual(DUTCH_SECTIONS.length + 1);
    for (const text of pages) expect(text).toContain(`Regional picture of Fryslân ·`);
    for (const text of pages) expect(text).toContain(`data version ${version}`);
    const all = pages.join(' ');
    for (const title of ['Contents', 'Map and coverage', 'Who serves which target group', 'What changed since 2017'])
      expect(all).toContain(title);
    expect(all).toContain('Without YnBusiness, Kamer van Koophandel (KVK) in Fryslân can no longer refer');
    expect(all).toContain('No provider known, and no source has looked here: unknown, not a gap.');

    await Promise.all([page.waitForURL(/\/regiobeeld\?regio=PV21&sinds=2017$/), page.locator('#rb-language').click()]);
    expect(await readyState(page)).toBe('ok');
    expect(await page.locator('h1').textContent()).toBe('Regiobeeld Fryslân');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 180_000);

  it('makes the regiobeeld of a COROP region from its own municipalities', async () => {
    const page = await open('/regiobeeld?regio=CR04&sinds=2019');
    expect(await readyState(page)).toBe('ok');
    expect(await page.locator('h1').textContent()).toBe('Regiobeeld Noord-Friesland');
    expect(await page.locator('.rb-subtitle').textContent()).toContain('(COROP-regio)');
    const rows = await page.locator('#rb-matrix tbody th').allTextContents();
    expect(rows[0]).toMatch(/^Noord-Friesland/);
    expect(rows.some((r) => r.startsWith('Leeuwarden'))).toBe(true);
    expect(rows.some((r) => r.startsWith('Heerenveen'))).toBe(false);
    expect(await page.locator('#rb-veranderingen h2').textContent()).toBe('Wat veranderde sinds 2019');
    expect(await page.locator('.rb-map path[data-id]').count()).toBe(rows.length - 1);
    const pages = await printed(page, 'regiobeeld-noord-friesland');
    expect(pages.length).toBeGreaterThanOrEqual(DUTCH_SECTIONS.length + 1);
    for (const text of pages) expect(text).toContain('Regiobeeld Noord-Friesland ·');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);

  it('names an unknown region, and refuses a municipality and a KVK region with what it is made for', async () => {
    const cases: [string, string][] = [
      ['/regiobeeld?regio=Atlantis', 'De regio “Atlantis” kent de kaart niet.'],
      [
        '/regiobeeld?regio=GM0080',
        '“Leeuwarden” is een gemeente. Een regiobeeld wordt gemaakt voor provincies en COROP-regio’s',
      ],
      [
        '/regiobeeld?regio=KVK-NOORD&taal=en',
        '“Regio Noord” is a KVK region. A regional picture is made for provinces and COROP regions',
      ],
      ['/regiobeeld', 'Dit regiobeeld noemt geen regio.'],
    ];
    for (const [url, message] of cases) {
      const page = await open(url);
      expect(await readyState(page), url).toBe('refused');
      expect(await page.locator('#rb-message').textContent(), url).toContain(message);
      expect(await page.locator('.rb-section').count(), url).toBe(0);
      await page.close();
    }
    // No link to a regiobeeld beside the answer for a municipality.
    const explorer = await open('/?doelgroep=breed-mkb&regio=GM0080');
    await explorer.locator('[data-testid="answer-status"]').waitFor();
    expect(await explorer.locator('#answer-regiobeeld').count()).toBe(0);
    await explorer.close();
    // Nor on the embeddable page: the regiobeeld may not be framed, so a framed page does not offer it.
    const embedded = await open('/embed?doelgroep=breed-mkb&regio=PV21');
    await embedded.locator('[data-testid="answer-status"]').waitFor();
    expect(await embedded.locator('#answer-regiobeeld').isVisible()).toBe(false);
    await embedded.close();
  }, 180_000);

  it('is served with the explorer’s security headers and may not be framed', async () => {
    const response = await fetch(`${inject('baseUrl')}/regiobeeld?regio=PV21`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<main id="regiobeeld"');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
