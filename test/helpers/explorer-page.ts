import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './browser.ts';

/** What window.__cy exposes to the tests: enough of Cytoscape's API to read what was drawn. */
export interface DrawnGraph {
  nodes: string[];
  edges: number;
}

const ERRORS = new WeakMap<Page, string[]>();

/** Opens the explorer at a path (with query string) in a new 1280×900 page and waits until it has loaded its data. */
export async function openExplorer(browser: Browser, path = '/', baseUrl: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  ERRORS.set(page, errors);
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** Uncaught script errors the page has thrown since it was opened. */
export const pageErrors = (page: Page): string[] => ERRORS.get(page) ?? [];

/** Waits until the graph has been drawn and laid out, and returns the ids of its organisation nodes. */
export async function drawnGraph(page: Page): Promise<DrawnGraph> {
  await page.waitForFunction(() => {
    const w = window as unknown as { __cy?: unknown; __explorer?: { layoutMs: number | null } };
    return w.__cy !== undefined && w.__explorer?.layoutMs !== null;
  });
  return page.evaluate(() => {
    const cy = (
      window as unknown as {
        __cy: {
          nodes(): { not(s: string): { map(f: (n: { id(): string }) => string): string[] } };
          edges(): { length: number };
        };
      }
    ).__cy;
    return {
      nodes: cy
        .nodes()
        .not('.axis')
        .map((n) => n.id()),
      edges: cy.edges().length,
    };
  });
}

/** A drawn organisation node with what places it on the systeemplaat, and its position in model coordinates. */
export interface PlacedNode {
  id: string;
  scale: string;
  phases: string[];
  type: string;
  x: number;
  y: number;
}

/** An axis label of the systeemplaat: `key` is a phase, a scale, `none` or `unknown`. */
export interface PlacedAxis {
  key: string;
  axis: 'phase' | 'scale';
  x: number;
  y: number;
}

/** The organisation nodes and axis labels of the drawn graph with their model positions (call after drawnGraph). */
export async function plateNodes(page: Page): Promise<{ nodes: PlacedNode[]; axes: PlacedAxis[] }> {
  return page.evaluate(() => {
    interface El {
      id(): string;
      data(k: string): unknown;
      hasClass(c: string): boolean;
      position(): { x: number; y: number };
    }
    const cy = (window as unknown as { __cy: { nodes(): { map<T>(f: (n: El) => T): T[] } } }).__cy;
    const all = cy.nodes().map((n) => ({ n, p: n.position() }));
    return {
      nodes: all
        .filter(({ n }) => !n.hasClass('axis'))
        .map(({ n, p }) => ({
          id: n.id(),
          scale: String(n.data('scale')),
          phases: n.data('phases') as string[],
          type: String(n.data('type')),
          x: p.x,
          y: p.y,
        })),
      // Axis labels are named `axis-phase-<key>` and `axis-scale-<key>` (client/src/graph/systeemplaat.ts).
      axes: all
        .filter(({ n }) => n.hasClass('axis'))
        .map(({ n, p }) => {
          const [, axis, key] = /^axis-(phase|scale)-(.+)$/.exec(n.id()) ?? [];
          return { key: key ?? n.id(), axis: axis as 'phase' | 'scale', x: p.x, y: p.y };
        }),
    };
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

/** Runs axe-core (WCAG 2.x A and AA rules) in the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  // Evaluated through the DevTools protocol rather than added as an inline <script>: the explorer's
  // Content-Security-Policy (rightly) refuses inline scripts, and the scan must see the page as users get it.
  await page.evaluate(await readFile(axePath, 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.length,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
  });
}

/** Signs in through the "Inloggen" dialog with a token, and waits until the header names the user. */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.locator('#sign-in-open').click();
  await page.getByLabel('Token').fill(token);
  await page.locator('#sign-in-submit').click();
  await page.locator('#account-who').waitFor();
}

/** Turns edit mode on (the user must be an editor or administrator). */
export async function editMode(page: Page): Promise<void> {
  const toggle = page.locator('#edit-mode');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await page.locator('#edit-mode[aria-pressed="true"]').waitFor();
}

/** Where a graph node is drawn, in page coordinates; fails when another node covers its centre. */
export async function nodeCenter(page: Page, id: string): Promise<{ x: number; y: number }> {
  interface Box {
    x1: number;
    x2: number;
    y1: number;
    y2: number;
  }
  interface Node {
    id(): string;
    length: number;
    renderedPosition(): { x: number; y: number };
    renderedBoundingBox(o: object): Box;
  }
  return page.evaluate((nodeId) => {
    const cy = (
      window as unknown as {
        __cy: { getElementById(i: string): Node; nodes(): { filter(f: (n: Node) => boolean): Node[] } };
      }
    ).__cy;
    const node = cy.getElementById(nodeId);
    if (node.length === 0) throw new Error(`no node ${nodeId} in the graph`);
    const p = node.renderedPosition();
    const covering = cy.nodes().filter((n) => {
      const b = n.renderedBoundingBox({ includeLabels: false });
      return n.id() !== nodeId && p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
    });
    if (covering.length > 0) throw new Error(`node ${nodeId} is covered by ${covering.map((n) => n.id()).join(', ')}`);
    const box = document.getElementById('graph')!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/** Drags the mouse from one graph node to another, as a user draws a referral in edit mode. */
export async function dragBetweenNodes(page: Page, from: string, to: string): Promise<void> {
  // The pointer only reaches what is inside the viewport.
  await page.locator('#graph').evaluate((g) => g.scrollIntoView({ block: 'center' }));
  const a = await nodeCenter(page, from);
  const b = await nodeCenter(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  // The drawing snaps to a target once it has been hovered for a moment (edgehandles' hoverDelay): wait until it
  // marks the node as the target instead of waiting a fixed time.
  await page.waitForFunction(
    (id) =>
      (window as unknown as { __cy: { getElementById(id: string): { hasClass(c: string): boolean } } }).__cy
        .getElementById(id)
        .hasClass('eh-target'),
    to,
  );
  await page.mouse.move(b.x + 1, b.y, { steps: 2 });
  await page.mouse.up();
}

/**
 * Opens the explorer already signed in: the token is put in sessionStorage before the page loads, as after
 * signing in earlier in the same tab, so the first data the page loads is already the signed-in user's.
 */
export async function openExplorerAs(browser: Browser, token: string, path: string, baseUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  ERRORS.set(page, errors);
  await page.addInitScript((t) => sessionStorage.setItem('ecosysteemkaart.token', t), token);
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('#account-who').waitFor();
  return page;
}

/**
 * Saves a screenshot of an open dialog with all of its content (the viewport is made tall enough for it), for
 * scenarios whose subject is a form or a report rather than the page behind it.
 */
export async function dialogScreenshot(page: Page, selector: string, scenario: string): Promise<void> {
  const dialog = page.locator(selector);
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const content = await dialog.evaluate((d) => d.scrollHeight);
  // The dialog may take 85% of the viewport's height (styles.css).
  await page.setViewportSize({
    width: viewport.width,
    height: Math.max(viewport.height, Math.ceil(content / 0.85) + 40),
  });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await dialog.screenshot({ path: join(SCREENSHOT_DIR, `${scenario}.png`) });
  await page.setViewportSize(viewport);
}
