import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGE_FORCE_WEBGL } from '../../bench/client-render-page.ts';
import { syntheticSlice } from '../../bench/client-slice.ts';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { drawnGraph, pageErrors } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

// Drawing 2,000 organisations and 10,000 relations takes seconds, many more on a busy machine.
const LONG = 240_000;
const SLICE = JSON.stringify({ data: { graph: syntheticSlice(2000, 10_000) } });

/** Notes every text the progress line under the graph shows, from before the page's own scripts run. */
const WATCH_PROGRESS = `(() => {
  window.__progress = [];
  new MutationObserver(() => {
    const line = document.getElementById('graph-progress');
    const text = line && !line.hidden ? line.textContent : '';
    if (text && window.__progress.at(-1) !== text) window.__progress.push(text);
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})()`;

/** Makes the browser offer no WebGL at all, as one without a GPU driver or with WebGL switched off does. */
const NO_WEBGL = `(() => {
  const get = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    return /webgl/.test(type) ? null : get.call(this, type, ...rest);
  };
})()`;

describe('a large graph', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the explorer with the API's graph answer replaced by 2,000 organisations and 10,000 relations. */
  async function openLarge(path: string, ...initScripts: string[]): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const script of [WATCH_PROGRESS, ...initScripts]) await page.addInitScript(script);
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName === 'GraphSlice') {
        await route.fulfill({ status: 200, contentType: 'application/json', body: SLICE });
      } else await route.continue();
    });
    await page.goto(`${inject('baseUrl')}${path}`);
    return page;
  }

  /** Whether the explorer says it built Cytoscape's layered picture ahead of the first gesture (graph/layer-cache.ts). */
  const layersBuilt = (page: Page) =>
    page.evaluate(
      () => (window as unknown as { __explorer: { layersMs: number | null } }).__explorer.layersMs !== null,
    );

  /**
   * Whether the canvas renderer's layered texture cache (internal: `renderer().data.lyrTxrCache`, Cytoscape 3.35)
   * holds one zoom level whose layers are all drawn and together hold every element. graph/layer-cache.ts relies on
   * this shape; a Cytoscape update that changes it fails here.
   */
  const completeLevel = (page: Page) =>
    page.evaluate(() => {
      type Layer = { invalid?: boolean; reqs: number; eles: unknown[] };
      const cy = (window as unknown as { __cy: { renderer(): unknown; elements(): { length: number } } }).__cy;
      const cache = (
        cy.renderer() as { data: { lyrTxrCache: { firstGet: unknown; layersByLevel: Record<string, Layer[]> } } }
      ).data.lyrTxrCache;
      if (typeof cache.firstGet !== 'boolean') return false;
      return Object.values(cache.layersByLevel).some(
        (layers) =>
          layers.length > 0 &&
          layers.every((l) => !l.invalid && l.reqs === 0) &&
          layers.reduce((n, l) => n + l.eles.length, 0) === cy.elements().length,
      );
    });

  const renderer = (page: Page) =>
    page.evaluate(() => (window as unknown as { __explorer: { renderer: string | null } }).__explorer.renderer);

  it(
    'draws 2,000 organisations and 10,000 relations, saying what it is doing until it is done',
    async () => {
      const page = await openLarge('/?indeling=fcose');
      const drawn = await drawnGraph(page);
      expect(drawn.nodes).toHaveLength(2000);
      expect(drawn.edges).toBe(10_000);
      // Organisations first, then the relations, then fcose's positions from the worker.
      const seen = (await page.evaluate('window.__progress')) as string[];
      expect(seen).toEqual([
        'Netwerk van 2000 organisaties en 10000 relaties tekenen…',
        '2000 organisaties getoond; 10000 relaties tekenen…',
        'Eerste beeld getoond; de indeling (krachten) wordt verfijnd…',
      ]);
      const line = page.locator('#graph-progress');
      expect(await line.getAttribute('aria-live')).toBe('polite');
      expect(await line.isHidden()).toBe(true);
      expect(await line.textContent()).toBe('');
      // The worker's positions were applied: fcose spreads the nodes, unlike the concentric first picture.
      const spread = await page.evaluate(() => {
        const cy = (window as unknown as { __cy: { nodes(): { boundingBox(o: object): { w: number } } } }).__cy;
        return cy.nodes().boundingBox({ includeLabels: false }).w;
      });
      expect(spread).toBeGreaterThan(1000);
      await screenshot(page, 'large-graph-fcose');
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    },
    LONG,
  );

  it(
    'reaches the zoom and the table of a large graph with the keyboard',
    async () => {
      const page = await openLarge('/?indeling=concentrisch&taal=en');
      await drawnGraph(page);
      expect(await page.evaluate('window.__progress')).toContain('2000 organisations shown; drawing 10000 relations…');
      const zoom = () => page.evaluate(() => (window as unknown as { __cy: { zoom(): number } }).__cy.zoom());
      const before = await zoom();
      await page.locator('[data-focus="zoom-in"]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(zoom).toBeGreaterThan(before);
      await page.locator('[data-focus="to-table"]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#organisations-table tbody tr').count()).toBe(2000);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    },
    LONG,
  );

  it(
    'uses the WebGL renderer where the browser offers WebGL on a GPU',
    async () => {
      // Headless Chromium has WebGL on SwiftShader, a software GPU that the explorer declines: make it look like one.
      const page = await openLarge('/?indeling=systeemplaat', PAGE_FORCE_WEBGL);
      const drawn = await drawnGraph(page);
      expect(drawn.nodes).toHaveLength(2000);
      expect(await renderer(page)).toBe('webgl');
      expect(await page.locator('#graph canvas[data-id="layer3-webgl"]').count()).toBe(1);
      // The labels' layer (graph/labels.ts) lies above the WebGL canvas, a sibling that keeps Cytoscape's z-index.
      const stacking = await page.evaluate(() => {
        const [labels, webgl] = ['labels', 'layer3-webgl'].map((id) =>
          document.querySelector(`#graph canvas[data-id="${id}"]`)!,
        );
        const z = (c: Element) => Number(getComputedStyle(c).zIndex);
        return { siblings: labels!.parentElement === webgl!.parentElement, above: z(labels!) > z(webgl!) };
      });
      expect(stacking).toEqual({ siblings: true, above: true });
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              (window as unknown as { __cy: { scratch(k: string): { drawn(): unknown[] } } }).__cy
                .scratch('labels')
                .drawn().length,
          ),
        )
        .toBeGreaterThan(0);
      await screenshot(page, 'large-graph-webgl');
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    },
    LONG,
  );

  it(
    'draws on canvas where the browser has no WebGL, and where WebGL runs in software, building the picture it pans with',
    async () => {
      for (const scripts of [[NO_WEBGL], []]) {
        const page = await openLarge('/?indeling=concentrisch', ...scripts);
        const drawn = await drawnGraph(page);
        expect(drawn.edges).toBe(10_000);
        expect(await renderer(page)).toBe('canvas');
        expect(await page.locator('#graph canvas[data-id="layer3-webgl"]').count()).toBe(0);
        await expect.poll(() => layersBuilt(page), { timeout: 30_000 }).toBe(true);
        expect(await completeLevel(page)).toBe(true);
        expect(pageErrors(page)).toEqual([]);
        await page.close();
      }
    },
    LONG,
  );
});
