import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

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
  await page.addScriptTag({ content: await readFile(axePath, 'utf8') });
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
