import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { resetToSeed } from '../helpers/db.ts';
import {
  dialogScreenshot,
  dragBetweenNodes,
  drawnGraph,
  editMode,
  openExplorer,
  openExplorerAs,
  pageErrors,
  seriousViolations,
  signIn,
} from '../helpers/explorer-page.ts';
import { gql } from '../helpers/graphql.ts';
import '../helpers/env.ts';

interface OrgState {
  organisation: {
    version: number;
    description: string | null;
    referralsOut: { id: string; to: { id: string }; status: string; targetGroups: string[] }[];
  } | null;
}

const ORG_STATE = `query ($id: ID!) {
  organisation(id: $id) { version description referralsOut { id status targetGroups to { id } } }
}`;

const orgState = async (id: string) => (await gql<OrgState>(ORG_STATE, { id })).data?.organisation ?? null;

/** The edit dialog's feedback area once it shows an API refusal. */
const refusal = (page: Page) => page.locator('#edit-feedback [role="alert"][data-code]');

/** How long to wait for what follows a request (the system tests share a loaded machine). */
const WAIT = { timeout: 20_000 };

describe('editing in the explorer', () => {
  let browser: Browser;
  const tokens = inject('tokens');
  const open = (path = '/') => openExplorer(browser, path, inject('baseUrl'));
  const openAs = (token: string, path: string) => openExplorerAs(browser, token, path, inject('baseUrl'));

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await resetToSeed();
  });

  it('signs an editor in with a pasted token kept out of the URL, and refuses an unknown token', async () => {
    const page = await open('/');
    await page.locator('#sign-in-open').click();
    await page.getByLabel('Token').fill('ek_not-a-known-token-at-all');
    await page.locator('#sign-in-submit').click();
    const alert = page.locator('#sign-in-error [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('De server kent dit token niet');
    await dialogScreenshot(page, '#sign-in-dialog', 'edit-sign-in-refused');

    await page.getByLabel('Token').fill(tokens.editor);
    await page.locator('#sign-in-submit').click();
    await page.locator('#account-who').waitFor();
    expect(await page.locator('#account-who').textContent()).toContain('Ingelogd als test-editor (redacteur)');
    expect(page.url()).not.toContain(tokens.editor);
    expect(await page.evaluate(() => sessionStorage.getItem('ecosysteemkaart.token'))).toBe(tokens.editor);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await screenshot(page, 'edit-signed-in');

    await page.locator('#sign-out').click();
    await page.locator('#sign-in-open').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('ecosysteemkaart.token'))).toBeNull();
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('signs out with a message when the stored token is no longer valid, and still shows the map', async () => {
    const page = await open('/');
    await page.evaluate(() => sessionStorage.setItem('ecosysteemkaart.token', 'ek_revoked-token-123456'));
    await page.reload();
    await expect.poll(() => page.locator('#edit-notice').textContent(), WAIT).toContain('niet (meer) geldig');
    expect((await drawnGraph(page)).nodes).toContain('kvk');
    expect(await page.evaluate(() => sessionStorage.getItem('ecosysteemkaart.token'))).toBeNull();
    await page.close();
  });

  it('changes a description through the form with a source, stores it and lists it in the history', async () => {
    const before = await orgState('ynbusiness');
    const page = await openAs(tokens.editor, '/?organisatie=ynbusiness');
    await editMode(page);
    await page.locator('[data-focus="edit-organisation"]').click();
    const dialog = page.locator('#edit-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('data-form')).toBe('organisation.update');
    const text = 'Eerste loket voor het mkb in Fryslân (gewijzigd in de verkenner).';
    await page.locator('#edit-field-description').fill(text);

    // Without a source nothing is sent: the form names the missing field.
    await page.locator('#edit-submit').click();
    await expect.poll(() => page.locator('#edit-field-source').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#edit-feedback').textContent()).toContain('Bron van deze wijziging');
    expect((await orgState('ynbusiness'))?.version).toBe(before?.version);
    const violations = await seriousViolations(page);
    await dialogScreenshot(page, '#edit-dialog', 'edit-form-organisation');
    expect(violations).toEqual([]);

    // A value the API refuses: the message names the field and the field is marked.
    await page.locator('#edit-field-source').fill('Jaarverslag YnBusiness 2025, p. 4');
    await page.locator('#edit-field-description').fill('x'.repeat(5001));
    await page.locator('#edit-submit').click();
    await refusal(page).waitFor();
    expect(await refusal(page).getAttribute('data-code')).toBe('BAD_USER_INPUT');
    expect(await refusal(page).textContent()).toContain('Het veld “Wat de organisatie doet”');
    expect(await page.locator('#edit-field-description').getAttribute('aria-invalid')).toBe('true');
    expect((await orgState('ynbusiness'))?.version).toBe(before?.version);

    await page.locator('#edit-field-description').fill(text);
    await page.locator('#edit-submit').click();
    await page.locator('#edit-dialog[open]').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('#details-description').textContent(), WAIT).toBe(text);
    expect(await page.locator('#edit-notice').textContent()).toContain('Opgeslagen');

    const after = await orgState('ynbusiness');
    expect(after?.description).toBe(text);
    expect(after?.version).toBe((before?.version ?? 0) + 1);

    await page.locator('#history-toggle').click();
    const entry = page.locator('#history-list li.change').first();
    await entry.waitFor();
    expect(await entry.getAttribute('data-action')).toBe('UPDATE_ORGANISATION');
    const entryText = await entry.textContent();
    expect(entryText).toContain('test-editor');
    expect(entryText).toContain('Jaarverslag YnBusiness 2025, p. 4');
    const descriptionRow = entry.locator('tbody tr', { has: page.locator('th', { hasText: /^description$/ }) });
    expect(await descriptionRow.locator('td').nth(1).textContent()).toBe(text);
    expect(await descriptionRow.locator('td').nth(0).textContent()).toBe(before?.description);
    await entry.scrollIntoViewIfNeeded();
    await screenshot(page, 'edit-history');
    // The details panel with its edit buttons and the history, too.
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('creates a referral drawn from one organisation to another in the graph', async () => {
    const page = await openAs(tokens.editor, '/?regio=PV21&indeling=concentrisch');
    await editMode(page);
    await drawnGraph(page);
    await dragBetweenNodes(page, 'mkb-friesland', 'founded-in-friesland');
    await page.locator('#edit-dialog[open][data-form="referral.create"]').waitFor();
    await expect.poll(() => page.locator('#edit-field-from').inputValue(), WAIT).toBe('MKB Friesland');
    await page.locator('#edit-field-targetGroups').check();
    const group = await page.locator('#edit-field-targetGroups').getAttribute('value');
    await page.locator('#edit-field-source').fill('Convenant MKB Friesland 2026');
    await dialogScreenshot(page, '#edit-dialog', 'edit-draw-referral');
    await page.locator('#edit-submit').click();
    await page.locator('#edit-dialog[open]').waitFor({ state: 'detached' });

    const referral = (await orgState('mkb-friesland'))?.referralsOut.find((r) => r.to.id === 'founded-in-friesland');
    expect(referral).toMatchObject({ status: 'active', targetGroups: [group] });
    // The graph is loaded again and draws the new referral.
    await expect
      .poll(
        () =>
          page.evaluate(
            (id) =>
              (window as unknown as { __cy: { getElementById(i: string): { length: number } } }).__cy.getElementById(id)
                .length,
            referral!.id,
          ),
        WAIT,
      )
      .toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('adds a referral with the keyboard through the organisation picker, then undoes it and the one before', async () => {
    const page = await openAs(tokens.editor, '/?organisatie=ynbusiness');
    await editMode(page);
    await page.locator('[data-focus="add-referral"]').click();
    await page.locator('#edit-dialog[open][data-form="referral.create"]').waitFor();
    const to = page.locator('#edit-field-to');
    await to.fill('provincie frys');
    await page.locator('[role="listbox"]:not([hidden]) [role="option"]').first().waitFor();
    await to.press('Enter');
    expect(await to.inputValue()).toBe('Provincie Fryslân');
    await page.locator('#edit-field-status').selectOption('PLANNED');
    await page.locator('#edit-field-source').fill('Werkafspraak 2026');
    await page.locator('#edit-field-source').press('Enter');
    await page.locator('#edit-dialog[open]').waitFor({ state: 'detached' });
    const added = (await orgState('ynbusiness'))?.referralsOut.find((r) => r.to.id === 'provincie-fryslan');
    expect(added?.status).toBe('planned');

    await page.locator('#undo-last').click();
    await page.locator('#edit-dialog[open][data-form="change.revert"]').waitFor();
    expect(await page.locator('#edit-dialog .edit-intro').textContent()).toContain('provincie-fryslan');
    await dialogScreenshot(page, '#edit-dialog', 'edit-undo');
    await page.locator('#edit-submit').click();
    await page.locator('#edit-dialog[open]').waitFor({ state: 'detached' });
    expect(await page.locator('#edit-notice').textContent()).toContain('Ongedaan gemaakt');
    const after = (await orgState('ynbusiness'))?.referralsOut.find((r) => r.to.id === 'provincie-fryslan');
    expect(after).toBeUndefined();

    // Undo steps back: next comes the referral drawn in the previous test.
    await page.locator('#undo-last').click();
    await page.locator('#edit-dialog[open][data-form="change.revert"]').waitFor();
    expect(await page.locator('#edit-dialog .edit-intro').textContent()).toContain('founded-in-friesland');
    await page.locator('#edit-submit').click();
    await page.locator('#edit-dialog[open]').waitFor({ state: 'detached' });
    const drawn = (await orgState('mkb-friesland'))?.referralsOut.find((r) => r.to.id === 'founded-in-friesland');
    expect(drawn).toBeUndefined();
    await page.close();
  });

  it('shows a conflict with the stored values when someone else saved first, and reloads them', async () => {
    const page = await openAs(tokens.editor, '/?organisatie=ynbusiness');
    await editMode(page);
    await page.locator('[data-focus="edit-organisation"]').click();
    await page.locator('#edit-dialog[open]').waitFor();

    // Someone else changes the same organisation after the form was opened.
    const shown = await orgState('ynbusiness');
    const theirs = 'Omschrijving van een collega, eerder opgeslagen.';
    const update = await gql(
      `mutation ($v: Int!) { updateOrganisation(id: "ynbusiness", expectedVersion: $v, patch: { description: "${theirs}" },
        change: { source: "Telefoongesprek" }) { change { id } } }`,
      { v: shown!.version },
      { token: tokens.admin },
    );
    expect(update.errors).toBeUndefined();

    await page.locator('#edit-field-description').fill('Mijn eigen, verouderde omschrijving.');
    await page.locator('#edit-field-source').fill('Website YnBusiness');
    await page.locator('#edit-submit').click();
    await refusal(page).waitFor();
    expect(await refusal(page).getAttribute('data-code')).toBe('CONFLICT');
    expect(await refusal(page).textContent()).toContain('Iemand anders heeft dit intussen gewijzigd');
    expect(await page.locator('#conflict-current').textContent()).toContain(theirs);
    expect((await orgState('ynbusiness'))?.description).toBe(theirs);
    await dialogScreenshot(page, '#edit-dialog', 'edit-conflict');

    await page.locator('#edit-reload').click();
    await page.locator('#edit-dialog[open]').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('#details-description').textContent(), WAIT).toBe(theirs);
    await page.close();
  });

  it('lets an administrator revert a change from the history', async () => {
    const before = await orgState('ynbusiness');
    const page = await openAs(tokens.admin, '/?organisatie=ynbusiness');
    await editMode(page);
    await page.locator('#history-toggle').click();
    const latest = page.locator('#history-list li.change').first();
    await latest.waitFor();
    // The newest change is the colleague's description of the previous test.
    expect(await latest.textContent()).toContain('test-admin');
    await latest.getByRole('button', { name: 'Terugdraaien' }).click();
    await page.locator('#edit-dialog[open][data-form="change.revert"]').waitFor();
    await page.locator('#edit-field-source').fill('Verkeerde omschrijving');
    await page.locator('#edit-submit').click();
    await page.locator('#edit-dialog[open]').waitFor({ state: 'detached' });
    const after = await orgState('ynbusiness');
    expect(after?.description).not.toBe(before?.description);
    expect(after?.description).toContain('gewijzigd in de verkenner');
    await expect
      .poll(() => page.locator('#history-list li.change').first().getAttribute('data-action'), WAIT)
      .toBe('REVERT');
    await page.close();
  });

  it('keeps an editor of Overijssel to Overijssel: no edit buttons elsewhere, and a refused referral explained', async () => {
    const referralsBefore = (await orgState('ynbusiness'))?.referralsOut.length;
    const page = await openAs(tokens.editorOverijssel, '/?regio=PV21&organisatie=ynbusiness&indeling=concentrisch');
    expect(await page.locator('#account-who').textContent()).toContain('Overijssel');
    await editMode(page);
    await page.locator('#details-not-editable').waitFor();
    expect(await page.locator('[data-focus="edit-organisation"]').count()).toBe(0);
    expect(await page.locator('#details-not-editable').textContent()).toContain('Overijssel');

    await drawnGraph(page);
    await dragBetweenNodes(page, 'ynbusiness', 'nom');
    await page.locator('#edit-dialog[open][data-form="referral.create"]').waitFor();
    await page.locator('#edit-field-source').fill('Eigen waarneming');
    await page.locator('#edit-submit').click();
    await refusal(page).waitFor();
    expect(await refusal(page).getAttribute('data-code')).toBe('FORBIDDEN');
    expect(await refusal(page).textContent()).toContain('buiten uw provincies (Overijssel)');
    await dialogScreenshot(page, '#edit-dialog', 'edit-forbidden');
    expect((await orgState('ynbusiness'))?.referralsOut.length).toBe(referralsBefore);
    await page.close();
  });

  it('imports a CSV: the dry run shows the differences, applying adds the organisation to the map', async () => {
    const page = await open('/');
    await signIn(page, tokens.editor);
    await editMode(page);
    await page.locator('#import-open').click();
    await page.locator('#import-dialog[open]').waitFor();
    const violations = await seriousViolations(page);
    expect(violations).toEqual([]);

    const csv = [
      'id,name,type,scale,description',
      'ondernemershuis-proef,Ondernemershuis Proef,regional-executor,local,Eerste loket uit de import',
      'ynbusiness,YnBusiness,regional-executor,provincial,Omschrijving uit de import',
    ].join('\n');
    await page.locator('#import-entity').selectOption('organisations');
    await page.locator('#import-file').setInputFiles({
      name: 'organisaties.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.locator('#import-source').fill('Inventarisatie loketten 2026');
    await page.locator('#import-dry-run').click();
    await page.locator('#import-summary').waitFor();
    const counts = await page.locator('#import-summary tbody tr').first().locator('td').allTextContents();
    expect(counts).toEqual(['Organisaties', '1', '1', '0']);
    const changes = await page.locator('#import-changes tbody').textContent();
    expect(changes).toContain('ondernemershuis-proef');
    expect(changes).toContain('Omschrijving uit de import');
    // A dry run writes nothing.
    expect(await orgState('ondernemershuis-proef')).toBeNull();
    await dialogScreenshot(page, '#import-dialog', 'import-dry-run');

    await page.locator('#import-apply').click();
    await page.locator('#import-result').waitFor();
    expect(await page.locator('#import-result').textContent()).toContain('opgeslagen');
    expect((await orgState('ondernemershuis-proef'))?.description).toBe('Eerste loket uit de import');
    expect((await orgState('ynbusiness'))?.description).toBe('Omschrijving uit de import');
    await dialogScreenshot(page, '#import-dialog', 'import-applied');

    // The map is loaded again and shows the new organisation.
    await page.locator('#import-dialog .dialog__header button').click();
    await expect.poll(async () => (await drawnGraph(page)).nodes.includes('ondernemershuis-proef'), WAIT).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('offers the whole map as JSON, GraphML and GEXF and a CSV per entity in the export menu', async () => {
    const page = await open('/');
    await drawnGraph(page);
    await page.locator('#export-map summary').click();
    for (const [id, pattern, check] of [
      ['graph-graphml', /\.graphml$/, '<graphml'],
      ['graph-gexf', /\.gexf$/, '<gexf'],
      ['csv-organisations', /organisations\.csv$/, 'id,name'],
    ] as const) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${id}"]`).click()]);
      expect(file.suggestedFilename()).toMatch(pattern);
      expect((await readFile((await file.path())!, 'utf8')).replace(/^\uFEFF/, '')).toContain(check);
    }
    await screenshot(page, 'export-map-menu');
    await page.close();
  });
});
