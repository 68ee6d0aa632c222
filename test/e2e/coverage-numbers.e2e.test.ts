import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { gql } from '../helpers/graphql.ts';
import { openExplorer, pageErrors } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

interface Cell {
  region: string;
  regionalProviders: number;
  nationalProviders: number;
}

describe('the coverage numbers in the explorer', () => {
  let browser: Browser;
  const open = (path: string) => openExplorer(browser, path, inject('baseUrl'));

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the same regional number for breed mkb in Fryslân in the matrix, on the map and in the answer', async () => {
    const res = await gql<{ coverage: { cells: Cell[] } }>(
      '{ coverage(level: PROVINCE, targetGroups: ["breed-mkb"]) { cells { region regionalProviders nationalProviders } } }',
    );
    const cell = res.data!.coverage.cells.find((c) => c.region === 'PV21')!;
    // Fryslân has regional providers of breed mkb and KVK reaches it nationally: both numbers are in play.
    expect(cell.regionalProviders).toBeGreaterThan(0);
    expect(cell.nationalProviders).toBeGreaterThan(0);
    const national = `+ ${cell.nationalProviders} landelijk`;

    const matrix = await open('/?weergave=matrix');
    await matrix.locator('#matrix-level').selectOption('PROVINCE');
    const td = matrix.locator('#matrix-grid [data-region="PV21"][data-group="breed-mkb"]');
    await td.waitFor();
    const matrixNumber = await td.locator('.matrix__count').textContent();
    expect(matrixNumber).toBe(String(cell.regionalProviders));
    expect((await td.locator('.matrix__national').textContent())?.trim()).toBe(national);
    expect(await td.getAttribute('title')).toContain(`${cell.regionalProviders} regionale aanbieders ${national}`);
    expect(await matrix.locator('.legend--coverage').textContent()).toContain('telt de regionale aanbieders');

    // The answer for the cell counts the same organisations.
    await td.click();
    const count = matrix.locator('[data-testid="answer-count"]');
    await count.waitFor();
    expect(await count.textContent()).toBe(`${cell.regionalProviders} regionale aanbieders ${national}`);
    expect(pageErrors(matrix)).toEqual([]);
    await matrix.close();

    const map = await open('/?weergave=kaart&doelgroep=breed-mkb');
    const label = map.locator('svg.map text.map__label[data-region="PV21"]');
    await label.waitFor();
    expect(await label.textContent()).toBe(matrixNumber);
    expect(await map.locator('svg.map path[data-region="PV21"]').getAttribute('aria-label')).toContain(
      `${cell.regionalProviders} regionale aanbieders ${national}`,
    );
    expect(pageErrors(map)).toEqual([]);
    await map.close();
  }, 120_000);
});
