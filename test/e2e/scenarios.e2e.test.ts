import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { resetToSeed } from '../helpers/db.ts';
import { openExplorer, openExplorerAs, pageErrors, seriousViolations } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

/** How long to wait for what follows a request (the system tests share a loaded machine). */
const WAIT = { timeout: 20_000 };

/** Utrecht's breed-mkb cell in the matrix of provinces. */
const UTRECHT_CELL = '#matrix-grid [data-region="PV26"][data-group="breed-mkb"]';

/** Fills one field of the change form: a picker or a text box is typed in, a list is chosen from. */
async function fill(page: Page, field: string, value: string): Promise<void> {
  const el = page.locator(`#scenario-change-form [data-field="${field}"]`).first();
  if ((await el.evaluate((e) => e.tagName)) === 'SELECT') await el.selectOption(value);
  else {
    await el.fill(value);
    // Leaving a picker takes the highlighted match, or what was typed when nothing matches.
    if ((await el.getAttribute('role')) === 'combobox') await el.press('Tab');
  }
}

/** Adds a change through the form and waits until the scenario lists it. */
async function addChange(page: Page, kind: string, fields: Record<string, string>, id: string): Promise<void> {
  await page.locator('#scenario-change-form [data-field="kind"]').selectOption(kind);
  for (const [field, value] of Object.entries(fields)) await fill(page, field, value);
  await page.locator('#scenario-change-submit').click();
  await page.locator(`#scenario-change-${id}`).waitFor(WAIT);
}

describe('scenarios in the explorer', () => {
  let browser: Browser;
  let shared = '';
  const tokens = inject('tokens');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await resetToSeed();
  });

  it('lets an editor make a scenario whose new regional executor turns Utrecht’s breed-mkb gap served', async () => {
    const page = await openExplorerAs(
      browser,
      tokens.editor,
      '/?doelgroep=breed-mkb&regio=PV26&weergave=matrix',
      inject('baseUrl'),
    );
    await page.locator(UTRECHT_CELL).waitFor(WAIT);
    expect(await page.locator(UTRECHT_CELL).getAttribute('data-status')).toBe('GAP');

    await page.getByLabel('Titel (verplicht)').fill('Uitvoerder Utrecht');
    await page.getByLabel('Beschrijving').fill('Een regionale uitvoerder voor het breed mkb (§7.3.2).');
    await page.getByRole('button', { name: 'Scenario maken' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('scenario'), WAIT).not.toBeNull();
    const id = new URL(page.url()).searchParams.get('scenario')!;
    await page.locator('#scenario-banner:not([hidden])').waitFor(WAIT);
    await expect
      .poll(() => page.locator('#scenario-banner-title').textContent(), WAIT)
      .toBe('Scenario: Uitvoerder Utrecht — niet de kaart zelf');

    await addChange(
      page,
      'ADD_ORGANISATION',
      {
        organisation: 'test-uitvoerder-utrecht',
        name: 'Test-uitvoerder Utrecht',
        organisationType: 'regional-executor',
        region: 'PV26',
        source: 'Rapport §7.3.2: regionale uitvoerders',
      },
      'c1',
    );
    // A statement about an organisation that does not exist is refused next to the organisation field.
    await page.locator('#scenario-change-form [data-field="kind"]').selectOption('SET_SERVES');
    await fill(page, 'organisation', 'niemand-bekend');
    await fill(page, 'targetGroup', 'breed-mkb');
    await fill(page, 'role', 'PRIMARY');
    await fill(page, 'source', 'Rapport §7.3.2');
    await page.locator('#scenario-change-submit').click();
    const problem = page.locator('#scenario-change-form [data-box="organisation"] .scenario-problem[role="alert"]');
    await problem.waitFor(WAIT);
    expect(await problem.getAttribute('data-code')).toBe('BAD_USER_INPUT');
    expect(
      await page.locator('#scenario-change-form input[data-field="organisation"]').getAttribute('aria-invalid'),
    ).toBe('true');
    await fill(page, 'organisation', 'test-uitvoerder-utrecht');
    await page.locator('#scenario-change-submit').click();
    await page.locator('#scenario-change-c2').waitFor(WAIT);

    // The impact for Utrecht: the breed-mkb cell from gap to served, through both changes.
    const row = page.locator('#scenario-impact-cells tr', { hasText: 'Utrecht' }).filter({ hasText: 'Breed mkb' });
    await row.first().waitFor(WAIT);
    const text = (await row.first().textContent()) ?? '';
    expect(text).toContain('gat →');
    expect(await row.first().locator('a[href="#scenario-change-c1"]').count()).toBe(1);
    expect(await row.first().locator('a[href="#scenario-change-c2"]').count()).toBe(1);

    // The matrix is asked as if: Utrecht's cell is no longer a gap, and says so in words.
    await expect.poll(() => page.locator(UTRECHT_CELL).getAttribute('data-status'), WAIT).not.toBe('GAP');
    expect(await page.locator(UTRECHT_CELL).textContent()).not.toMatch(/\bgat\b/);
    await page.locator('[data-action="share"]').first().click();
    expect(await page.locator('#share-link').inputValue()).toContain(`scenario=${id}`);
    await page.locator('[data-action="share"]').first().click();
    // Compared with the map itself, Utrecht's cell is marked changed, from gap to what the scenario makes it.
    await page.locator('#scenario-compare-link').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('vergelijk')).toBe('scenario');
    const compared = page.locator('#compare-cells td.is-changed[data-region="PV26"][data-group="breed-mkb"]');
    await compared.waitFor(WAIT);
    expect(await compared.getAttribute('data-before')).toBe('GAP');
    expect(await compared.getAttribute('data-after')).not.toBe('GAP');
    expect(await page.locator('#compare-started').textContent()).toContain('Test-uitvoerder Utrecht');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-editor-impact');
    await page.locator('#compare-stop').click();
    expect(pageErrors(page)).toEqual([]);
    shared = `/?scenario=${id}&weergave=matrix`;
    await page.close();
  });

  it('opens a shared scenario link with the banner and the as-if matrix, and goes back to the live map', async () => {
    const page = await openExplorer(browser, shared, inject('baseUrl'));
    await page.locator('#scenario-banner:not([hidden])').waitFor(WAIT);
    await expect
      .poll(() => page.locator('#scenario-banner-title').textContent(), WAIT)
      .toBe('Scenario: Uitvoerder Utrecht — niet de kaart zelf');
    expect(await page.locator('#scenario-banner').textContent()).toContain(
      'Het verwijsnetwerk (maten en kwetsbaarheden)',
    );
    await page.locator(UTRECHT_CELL).waitFor(WAIT);
    await expect.poll(() => page.locator(UTRECHT_CELL).getAttribute('data-status'), WAIT).not.toBe('GAP');
    // Anyone may read a scenario; nobody signed out gets the forms.
    expect(await page.locator('#scenario-change-form').count()).toBe(0);
    await page.locator('#scenario-change-c1').waitFor(WAIT);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-shared-matrix');

    await page.locator('#scenario-live-link').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('scenario')).toBeNull();
    expect(await page.locator('#scenario-banner').isHidden()).toBe(true);
    await expect.poll(() => page.locator(UTRECHT_CELL).getAttribute('data-status'), WAIT).toBe('GAP');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows the map in English with the scenario banner, and lets the owner remove a change and discard it', async () => {
    const page = await openExplorerAs(browser, tokens.editor, `${shared}&regio=PV26&taal=en`, inject('baseUrl'));
    await page.locator('#scenario-banner-title').waitFor(WAIT);
    await expect
      .poll(() => page.locator('#scenario-banner-title').textContent(), WAIT)
      .toBe('Scenario: Uitvoerder Utrecht — not the map itself');
    await page.getByRole('button', { name: 'Remove change c2' }).click();
    await page.locator('#scenario-change-c2').waitFor({ state: 'detached', ...WAIT });
    await expect.poll(() => page.locator(UTRECHT_CELL).getAttribute('data-status'), WAIT).toBe('GAP');
    page.once('dialog', (d) => void d.accept());
    await page.locator('#scenario-discard').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('scenario'), WAIT).toBeNull();
    // Gone from the list; the seed's own scenarios stay.
    await page
      .locator('#scenarios')
      .getByText('Uitvoerder Utrecht')
      .waitFor({ state: 'detached', ...WAIT });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('lets an editor add and stop services and rename an organisation, and lists the services that start and stop', async () => {
    const page = await openExplorerAs(browser, tokens.admin, '/?regio=PV21&weergave=matrix', inject('baseUrl'));
    // Without a description: it is optional.
    await page.getByLabel('Titel (verplicht)').fill('Diensten Fryslân');
    await page.getByRole('button', { name: 'Scenario maken' }).click();
    await page.locator('#scenario-banner:not([hidden])').waitFor(WAIT);

    await addChange(
      page,
      'ADD_SERVICE',
      {
        organisation: 'ynbusiness',
        name: 'Test-ondernemersloket',
        serviceStatus: 'ACTIVE',
        regions: 'PV21',
        validFrom: '2026',
        source: 'Besluit provincie (test)',
      },
      'c1',
    );
    // Stopping a service without its last year is refused next to that field; with it, the change is added.
    await page.locator('#scenario-change-form [data-field="kind"]').selectOption('UPDATE_SERVICE');
    await fill(page, 'service', 'act-nieuwsbrieven');
    await fill(page, 'serviceStatus', 'STOPPED');
    await fill(page, 'source', 'Besluit (test)');
    await page.locator('#scenario-change-submit').click();
    const problem = page.locator('#scenario-change-form [data-box="validTo"] .scenario-problem[role="alert"]');
    await problem.waitFor(WAIT);
    await fill(page, 'validTo', '2025');
    await page.locator('#scenario-change-submit').click();
    await page.locator('#scenario-change-c2').waitFor(WAIT);
    await addChange(
      page,
      'UPDATE_ORGANISATION',
      { organisation: 'ynbusiness', name: 'YnBusiness Fryslân', source: 'Besluit (test)' },
      'c3',
    );
    expect(await page.locator('#scenario-change-c2').textContent()).toContain('act-nieuwsbrieven');

    await page.locator('#scenario-compare-link').click();
    await page.locator('#compare-started').waitFor(WAIT);
    await expect.poll(() => page.locator('#compare-started').textContent(), WAIT).toContain('Test-ondernemersloket');
    const started = page.locator('#compare-started tr', { hasText: 'Test-ondernemersloket' });
    expect(await started.locator('td').first().textContent()).toBe('dienst');
    expect(await started.locator('th').textContent()).toBe('YnBusiness Fryslân');
    expect(await page.locator('#compare-stopped').textContent()).toContain('Nieuwsbrieven');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-services-compare');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
