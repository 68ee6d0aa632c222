import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { resetToSeed } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';
import { drawnGraph, openExplorer, pageErrors, seriousViolations } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

// The graph asked as if a scenario were made: in Fryslân a new desk for scale-ups that YnBusiness refers to, and the
// Innovatiepact removed. The desk and its referral are drawn marked (a dashed outline and "+ scenario"), the
// Innovatiepact is not drawn, and the table beside the graph names the mark in words.

const WAIT = { timeout: 20_000 };
const ID = 'fryslan-loket';

describe('the graph of a scenario', () => {
  let browser: Browser;

  beforeAll(async () => {
    const res = await gql(
      `mutation($input: NewScenarioInput!) { createScenario(input: $input) { id } }`,
      {
        input: {
          id: ID,
          title: 'Loket Fryslân',
          changes: [
            {
              kind: 'ADD_ORGANISATION',
              organisation: 'test-loket-fryslan',
              name: 'Test-loket Fryslân',
              organisationType: 'regional-executor',
              region: 'PV21',
              source: 'Test',
            },
            { kind: 'ADD_REFERRAL', from: 'ynbusiness', to: 'test-loket-fryslan', source: 'Test' },
            { kind: 'REMOVE_ORGANISATION', organisation: 'innovatiepact-fryslan', source: 'Test' },
          ],
        },
      },
      { token: inject('tokens').admin },
    );
    expect(res.errors).toBeUndefined();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await resetToSeed();
  });

  it('draws the organisation and referral the scenario adds marked, and leaves out the one it removes', async () => {
    const page = await openExplorer(browser, `/?regio=PV21&scenario=${ID}`, inject('baseUrl'));
    await page.locator('#scenario-banner:not([hidden])').waitFor(WAIT);
    await expect.poll(async () => (await drawnGraph(page)).nodes, WAIT).toContain('test-loket-fryslan');
    const drawn = await drawnGraph(page);
    expect(drawn.nodes).not.toContain('innovatiepact-fryslan');
    const marks = await page.evaluate(() => {
      type El = { hasClass(c: string): boolean; data(k: string): unknown };
      const cy = (window as unknown as { __cy: { getElementById(id: string): El; edges(s: string): El[] } }).__cy;
      const desk = cy.getElementById('test-loket-fryslan');
      const edges = cy.edges('[source = "ynbusiness"][target = "test-loket-fryslan"]');
      return {
        added: desk.hasClass('scenario-added'),
        label: desk.data('label'),
        edge: edges.length === 1 && edges[0]!.hasClass('scenario-added'),
      };
    });
    expect(marks).toEqual({ added: true, label: 'Test-loket Fryslân (+ scenario)', edge: true });
    expect(await page.locator('#scenario-banner').textContent()).toContain("gemarkeerd met '+ scenario'");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-graph');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('draws what the scenario removes too when comparing, marked, with the legend saying what the marks mean', async () => {
    const page = await openExplorer(browser, `/?regio=PV21&scenario=${ID}&vergelijk=scenario`, inject('baseUrl'));
    await expect.poll(async () => (await drawnGraph(page)).nodes, WAIT).toContain('innovatiepact-fryslan');
    const removed = await page.evaluate(() => {
      type El = { hasClass(c: string): boolean; data(k: string): unknown };
      const cy = (window as unknown as { __cy: { getElementById(id: string): El } }).__cy;
      const gone = cy.getElementById('innovatiepact-fryslan');
      return { removed: gone.hasClass('scenario-removed'), label: gone.data('label') };
    });
    expect(removed).toEqual({ removed: true, label: 'Innovatiepact Fryslân (IPF) (− scenario)' });
    const legend = page.locator('#scenario-legend');
    expect(await legend.locator('li').evaluateAll((li) => li.map((l) => l.getAttribute('data-mark')))).toEqual([
      'ADDED',
      'REMOVED',
    ]);
    expect(await legend.textContent()).toContain('verwijdert het scenario');
    // The comparison's tables beside it list the organisation as stopped.
    await page.locator('#compare-stopped').getByText('Innovatiepact Fryslân (IPF)').first().waitFor(WAIT);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-compare-graph');
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('names the mark in the table beside the graph', async () => {
    const page = await openExplorer(browser, `/?regio=PV21&scenario=${ID}&weergave=tabel`, inject('baseUrl'));
    const table = page.locator('#organisations-table');
    await table.getByText('Test-loket Fryslân (+ scenario)').waitFor(WAIT);
    expect(await table.getByText('Innovatiepact Fryslân', { exact: false }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
