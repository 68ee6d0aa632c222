import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { resetToSeed } from '../helpers/db.ts';
import { dialogScreenshot, editMode, openExplorerAs, pageErrors, seriousViolations } from '../helpers/explorer-page.ts';
import { gql } from '../helpers/graphql.ts';
import '../helpers/env.ts';

// A scenario's way to the map itself in the explorer: a spreadsheet imported into it, then adopted by an admin so
// that the matrix of the map itself shows it; a draft the map changed underneath is refused with the conflicts listed
// next to the form.

const WAIT = { timeout: 20_000 };
const UTRECHT_CELL = '#matrix-grid [data-region="PV26"][data-group="breed-mkb"]';

describe('adopting a scenario in the explorer', () => {
  let browser: Browser;
  const tokens = inject('tokens');
  const create = async (id: string, changes: unknown[]) => {
    const res = await gql(
      `mutation($input: NewScenarioInput!) { createScenario(input: $input) { id } }`,
      { input: { id, title: `Test ${id}`, changes } },
      { token: tokens.admin },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    await resetToSeed();
  });
  afterAll(async () => {
    await browser?.close();
    await resetToSeed();
  });

  it('imports a spreadsheet into the scenario shown: the dry run lists its changes, applying adds them', async () => {
    await create('import-utrecht', []);
    const page = await openExplorerAs(browser, tokens.admin, '/?scenario=import-utrecht', inject('baseUrl'));
    await editMode(page);
    await page.locator('#import-open').click();
    await page.locator('#import-dialog[open]').waitFor();
    await page.locator('#import-target').selectOption('import-utrecht');
    await page.locator('#import-entity').selectOption('serves');
    await page.locator('#import-file').setInputFiles({
      name: 'doelgroepen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('organisation,targetGroup,role\nkvk,breed-mkb,secondary\n', 'utf8'),
    });
    await page.locator('#import-source').fill('Rapport §7.3.2, L1112');
    await page.locator('#import-dry-run').click();
    await page.locator('#import-scenario-changes').waitFor(WAIT);
    expect(await page.locator('#import-scenario-changes tbody').textContent()).toContain(
      'kvk serves breed-mkb (secondary)',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await dialogScreenshot(page, '#import-dialog', 'scenario-import-dry-run');
    await page.locator('#import-apply').click();
    await page.locator('#import-result').waitFor(WAIT);
    expect(await page.locator('#import-result').textContent()).toContain('toegevoegd aan scenario import-utrecht');
    const scenario = await gql<{ scenario: { changes: { summary: string; source: string }[] } }>(
      `{ scenario(id: "import-utrecht") { changes { summary source } } }`,
    );
    expect(scenario.data!.scenario.changes).toEqual([
      { summary: 'kvk serves breed-mkb (secondary)', source: 'Rapport §7.3.2, L1112' },
    ]);
    expect(pageErrors(page)).toEqual([]);
  });

  it('makes a scenario the map itself, as one change, after the admin confirms with a source', async () => {
    await create('uitvoerder-utrecht', [
      {
        kind: 'ADD_ORGANISATION',
        organisation: 'test-uitvoerder-utrecht',
        name: 'Test-uitvoerder Utrecht',
        organisationType: 'regional-executor',
        region: 'PV26',
        source: 'Rapport §7.3.2',
      },
      {
        kind: 'SET_SERVES',
        organisation: 'test-uitvoerder-utrecht',
        targetGroup: 'breed-mkb',
        role: 'PRIMARY',
        source: 'Rapport §7.3.2',
      },
    ]);
    const page = await openExplorerAs(
      browser,
      tokens.admin,
      '/?doelgroep=breed-mkb&regio=PV26&weergave=matrix&scenario=uitvoerder-utrecht',
      inject('baseUrl'),
    );
    page.on('dialog', (d) => void d.accept());
    await page.locator('#scenario-adopt-form').waitFor(WAIT);
    expect(await page.locator('#scenario-adopt-source').inputValue()).toContain('Test uitvoerder-utrecht');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-adopt-form');

    await page.locator('#scenario-adopt').click();
    await expect.poll(() => page.locator('#scenario-notice').textContent(), WAIT).toMatch(/doorgevoerd als wijziging/);
    expect(new URL(page.url()).searchParams.get('scenario')).toBeNull();
    await page.locator('#scenario-banner').waitFor({ state: 'hidden', ...WAIT });
    // The map itself now has a regional provider for the breed mkb in Utrecht.
    await expect.poll(() => page.locator(UTRECHT_CELL).getAttribute('data-status'), WAIT).not.toBe('GAP');
    expect(await page.locator('#scenario-list').textContent()).not.toContain('Test uitvoerder-utrecht');
    const changes = await gql<{ changes: { action: string; user: string }[] }>(`{ changes(limit: 1) { action user } }`);
    expect(changes.data!.changes[0]).toEqual({ action: 'ADOPT_SCENARIO', user: 'test-admin' });
    expect(pageErrors(page)).toEqual([]);
  });

  it('lists the conflicts when the map changed underneath, and adopts nothing', async () => {
    await create('verouderd', [
      { kind: 'SET_SERVES', organisation: 'ynbusiness', targetGroup: 'starter', role: 'SECONDARY', source: 'Test' },
    ]);
    const live = await gql(
      `mutation { addServes(organisation: "ynbusiness", input: { targetGroup: "starter", role: PRIMARY, scope: "PV21" }, change: { source: "Test" }) { change { id } } }`,
      {},
      { token: tokens.admin },
    );
    expect(live.errors, JSON.stringify(live.errors)).toBeUndefined();
    const page = await openExplorerAs(browser, tokens.admin, '/?scenario=verouderd', inject('baseUrl'));
    page.on('dialog', (d) => void d.accept());
    await page.locator('#scenario-adopt-form').waitFor(WAIT);
    await page.locator('#scenario-adopt').click();
    const conflicts = page.locator('#scenario-adopt-conflicts');
    await conflicts.waitFor(WAIT);
    expect(await conflicts.textContent()).toContain('Wijziging c1: test-admin veranderde de kaart hierover');
    expect(await page.locator('#scenario-adopt').isEnabled()).toBe(true);
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('verouderd');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-adopt-conflicts');
    expect(pageErrors(page)).toEqual([]);
  });
});
