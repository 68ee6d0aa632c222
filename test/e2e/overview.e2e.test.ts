import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticSlice } from '../../bench/client-slice.ts';
import { launchBrowser, screenshot } from '../helpers/browser.ts';
import { drawnGraph, seriousViolations } from '../helpers/explorer-page.ts';
import '../helpers/env.ts';

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the overview drew, read from Cytoscape (window.__cy) and its label layer (graph/labels.ts). */
interface Drawn {
  /** Labels the layer draws now inside the view, not transparent, and whether its canvas has them. */
  labels: { id: string; text: string; box: Rect; inked: boolean }[];
  /** The bands: their element id and box in model coordinates. */
  groups: { id: string; box: Rect }[];
  organisations: { id: string; name: string; scale: string; degree: number; x: number; y: number }[];
  /** The graph's box on the page, in CSS pixels. */
  pane: Rect;
}

/** Reads the drawn labels, bands and organisations. */
function readDrawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    interface Ele {
      id(): string;
      data(k: string): unknown;
      position(): { x: number; y: number };
      boundingBox(o: object): Rect;
    }
    interface Coll {
      toArray(): Ele[];
      not(s: string): Coll;
    }
    interface LabelLayerProbe {
      drawn(): { id: string; text: string; box: Rect; opacity: number }[];
    }
    const cy = (
      window as unknown as {
        __cy: { nodes(s?: string): Coll; width(): number; height(): number; scratch(k: string): LabelLayerProbe };
      }
    ).__cy;
    const w = cy.width();
    const h = cy.height();
    // What the layer's canvas holds: a label is drawn if the middle of its box (its background) has ink.
    const canvas = document.querySelector<HTMLCanvasElement>('#graph canvas[data-id="labels"]')!;
    const ratio = canvas.width / w;
    const ink = canvas.getContext('2d')!;
    const inked = (b: Rect) =>
      ink.getImageData(Math.floor(((b.x1 + b.x2) / 2) * ratio), Math.floor(((b.y1 + b.y2) / 2) * ratio), 1, 1)
        .data[3]! > 0;
    const labels = cy
      .scratch('labels')
      .drawn()
      .filter((l) => l.opacity > 0 && l.text !== '')
      .filter(({ box }) => box.x2 > 0 && box.y2 > 0 && box.x1 < w && box.y1 < h)
      .map((l) => ({ id: l.id, text: l.text, box: l.box, inked: inked(l.box) }));
    const r = document.getElementById('graph')!.getBoundingClientRect();
    return {
      labels,
      groups: cy
        .nodes('.group')
        .toArray()
        .map((g) => ({ id: g.id(), box: g.boundingBox({ includeLabels: false, includeOverlays: false }) })),
      organisations: cy
        .nodes()
        .not('.axis')
        .toArray()
        .map((n) => ({
          id: n.id(),
          name: String(n.data('label')),
          scale: String(n.data('scale')),
          degree: Number(n.data('degree')),
          ...n.position(),
        })),
      pane: { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom },
    };
  });
}

// Drawing 2,000 organisations and 10,000 relations takes seconds, many more on a busy machine.
const LONG = 240_000;
const LARGE = JSON.stringify({ data: { graph: syntheticSlice(2000, 10_000) } });

/** Uncaught script errors per page. */
const ERRORS = new WeakMap<Page, string[]>();
const pageErrors = (page: Page) => ERRORS.get(page) ?? [];

const overlap = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** No two labels drawn inside the view intersect, and each of them is on the layer's canvas. */
function expectApart(labels: Drawn['labels']): void {
  expect(labels.filter((l) => !l.inked).map((l) => l.text)).toEqual([]);
  const clashes: string[] = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (overlap(a.box, b.box)) clashes.push(`${a.text} × ${b.text}`);
    }),
  );
  expect(clashes).toEqual([]);
}

/** Every organisation lies inside the box of its level (`unknown` for a scale without a band of its own). */
function expectInBands(drawn: Drawn): void {
  const boxOf = new Map(drawn.groups.map((g) => [g.id, g.box]));
  const outside = drawn.organisations.filter((o) => {
    const b = boxOf.get(`group-${o.scale}`) ?? boxOf.get('group-unknown');
    return !b || o.x < b.x1 || o.x > b.x2 || o.y < b.y1 || o.y > b.y2;
  });
  expect(outside.map((o) => o.id)).toEqual([]);
}

describe('the overview of the whole map', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the explorer with no question at a window size and waits until the labels have been placed. */
  async function open(width: number, height: number, path = '/'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    ERRORS.set(page, errors);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${inject('baseUrl')}${path}`);
    await page.waitForSelector('body[data-ready="true"]');
    await drawnGraph(page);
    await page.waitForFunction(
      () =>
        ((window as unknown as { __cy: { scratch(k: string): { shown: number } | undefined } }).__cy.scratch('labels')
          ?.shown ?? 0) > 0,
    );
    // Placing waits for the view to settle after the fit (graph/labels.ts).
    await page.waitForTimeout(500);
    return page;
  }

  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
  ] as const) {
    it(`groups the seed's organisations by level, with no two visible labels overlapping, at ${width} × ${height}`, async () => {
      const page = await open(width, height);
      const drawn = await readDrawn(page);
      expect(drawn.organisations.length).toBeGreaterThan(50);
      const names = drawn.labels.filter((l) => drawn.organisations.some((o) => o.id === l.id));
      expect(names.length).toBeGreaterThanOrEqual(10);
      expectApart(drawn.labels);
      // One band per level of the seed, highest first, named on screen with its number of organisations.
      const levels = ['european', 'national', 'multi-provincial', 'provincial', 'regional', 'local'];
      const present = levels.filter((l) => drawn.organisations.some((o) => o.scale === l));
      expect(present).toEqual(['national', 'multi-provincial', 'provincial', 'regional', 'local']);
      expect(drawn.groups.map((g) => g.id)).toEqual(present.map((l) => `group-${l}`));
      const headers = drawn.labels.filter((l) => l.id.endsWith('-header')).map((l) => l.text);
      const count = (scale: string) => drawn.organisations.filter((o) => o.scale === scale).length;
      expect(headers).toEqual(
        expect.arrayContaining([`nationaal · ${count('national')}`, `lokaal · ${count('local')}`]),
      );
      expectInBands(drawn);
      // Organisations without relations too: no grid of their own.
      expect(drawn.organisations.filter((o) => o.degree === 0).length).toBeGreaterThan(0);
      // The legend stands open beside the graph, level with it.
      const legend = page.locator('#graph-legend');
      const box = (await legend.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(drawn.pane.x2);
      expect(box.y).toBeLessThan(drawn.pane.y2);
      expect(await page.locator('#graph-legend-box').getAttribute('open')).not.toBeNull();
      expect(await legend.textContent()).toContain('Organisaties (vorm en kleur)');
      await screenshot(page, `overview-${width}x${height}`);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    });
  }

  it('shows the full name of an organisation on hover and on keyboard focus, and opens it with Enter', async () => {
    const page = await open(1440, 900);
    const drawn = await readDrawn(page);
    const shown = new Set(drawn.labels.map((l) => l.id));
    // An organisation whose name is not on screen.
    const hidden = drawn.organisations.find((o) => !shown.has(o.id))!;
    const at = await page.evaluate((id) => {
      const cy = (
        window as unknown as { __cy: { getElementById(i: string): { renderedPosition(): { x: number; y: number } } } }
      ).__cy;
      return cy.getElementById(id).renderedPosition();
    }, hidden.id);
    await page.mouse.move(drawn.pane.x1 + at.x, drawn.pane.y1 + at.y);
    const tip = page.locator('#graph .graph-tip');
    await expect.poll(() => tip.textContent()).toBe(hidden.name);
    expect(await tip.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);

    // The keyboard: the graph is in the tab order, the arrows go through the organisations.
    expect(await page.locator('#graph').getAttribute('tabindex')).toBe('0');
    await page.locator('#graph').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: { $(s: string): { id(): string; data(k: string): string } } }).__cy;
      const n = cy.$('.kb-focus');
      return { id: n.id(), name: n.data('label') };
    });
    await expect.poll(() => tip.textContent()).toBe(focused.name);
    expect(await page.locator('#graph-focus-name').textContent()).toBe(focused.name);
    await page.keyboard.press('Enter');
    await page.locator('#details-heading', { hasText: focused.name }).waitFor();
    expect(page.url()).toContain(`organisatie=${focused.id}`);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('closes and opens the legend with the keyboard, and the graph widens when it is closed', async () => {
    const page = await open(1440, 900);
    const graphWidth = async () => (await page.locator('#graph').boundingBox())!.width;
    const before = await graphWidth();
    await page.locator('#graph-legend summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#graph-legend-box').getAttribute('open')).toBeNull();
    await expect.poll(graphWidth).toBeGreaterThan(before);
    await page.keyboard.press('Enter');
    expect(await page.locator('#graph-legend-box').getAttribute('open')).not.toBeNull();
    await page.close();
  });

  it(
    'groups 2,000 organisations with 10,000 relations by level, with no two visible labels overlapping',
    async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string };
        if (body.operationName === 'GraphSlice') {
          await route.fulfill({ status: 200, contentType: 'application/json', body: LARGE });
        } else await route.continue();
      });
      await page.goto(`${inject('baseUrl')}/`);
      const { nodes, edges } = await drawnGraph(page);
      expect(nodes).toHaveLength(2000);
      expect(edges).toBe(10_000);
      await page.waitForTimeout(1000);
      const drawn = await readDrawn(page);
      expect(drawn.groups.length).toBeGreaterThanOrEqual(5);
      expect(drawn.labels.filter((l) => !l.id.startsWith('group-')).length).toBeGreaterThanOrEqual(10);
      expectApart(drawn.labels);
      expectInBands(drawn);
      await screenshot(page, 'overview-large-1440x900');
      expect(errors).toEqual([]);
      await page.close();
    },
    LONG,
  );

  it('passes an axe-core scan without serious or critical violations', async () => {
    const page = await open(1440, 900);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#graph').focus();
    await page.keyboard.press('ArrowRight');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
