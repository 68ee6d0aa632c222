// Client rendering benchmark (reported, never asserted): time to first graph render and layout time in
// headless Chromium, for the seed (served by the real API on a scratch Neo4j) and for synthetic slices of
// 2,000 organisations and 10,000 relations (the API's `graph` answer replaced in the browser), per layout;
// plus the frame time while panning, the measure of "fluid".
//
//   npm run build && npx tsx bench/client-render.ts [--runs 3]
//
// Writes bench/results/client-render-<time>.json and prints a table.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT_DIR } from '../server/config.ts';
import { launchBrowser } from '../test/helpers/browser.ts';
import { startExplorerServer } from '../test/helpers/explorer-server.ts';
import { syntheticSlice } from './client-slice.ts';

interface Row {
  dataset: string;
  layout: string;
  nodes: number;
  edges: number;
  renderer: string;
  firstRenderMs: number[];
  layoutMs: number[];
  panFrameMs: number[];
}

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const LAYOUTS = ['fcose', 'concentrisch', 'systeemplaat'];

async function measure(browser: Browser, url: string, synthetic: string | null): Promise<Measured> {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (synthetic) {
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName === 'GraphSlice') {
        await route.fulfill({ status: 200, contentType: 'application/json', body: synthetic });
      } else await route.continue();
    });
  }
  await page.goto(url);
  await page.waitForFunction(
    () => ((window as unknown as { __explorer?: { layouts: number } }).__explorer?.layouts ?? 0) > 0,
    null,
    { timeout: 600_000 },
  );
  // Sent as text: tsx compiles functions with esbuild's keepNames, whose helper does not exist in the page.
  const result = (await page.evaluate(PAGE_MEASURE)) as Measured;
  await page.close();
  return result;
}

interface Measured {
  first: number;
  layout: number;
  pan: number;
  renderer: string;
  nodes: number;
  edges: number;
}

/** Runs in the page: pans for 60 frames and returns the mean frame time with the explorer's timings. */
const PAGE_MEASURE = `(async () => {
  const w = window;
  const frames = [];
  let last = performance.now();
  await new Promise((resolve) => {
    function step() {
      const now = performance.now();
      frames.push(now - last);
      last = now;
      w.__cy.panBy({ x: 3, y: 2 });
      if (frames.length < 61) requestAnimationFrame(step);
      else resolve();
    }
    requestAnimationFrame(step);
  });
  frames.shift();
  return {
    first: w.__explorer.firstGraphMs,
    layout: w.__explorer.layoutMs,
    renderer: w.__explorer.renderer,
    pan: frames.reduce((a, b) => a + b, 0) / frames.length,
    nodes: w.__cy.nodes().length,
    edges: w.__cy.edges().length,
  };
})()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  console.log('Starting a scratch Neo4j with the seed and the app…');
  const server = await startExplorerServer();
  const browser = await launchBrowser();
  // Ctrl-C still stops the scratch Neo4j.
  process.once('SIGINT', () => void browser.close().finally(() => server.stop().finally(() => process.exit(130))));
  const rows: Row[] = [];
  try {
    const large = JSON.stringify({ data: { graph: syntheticSlice(2000, 10_000) } });
    for (const [dataset, synthetic] of [
      ['seed', null],
      ['synthetic 2,000 / 10,000', large],
    ] as const) {
      for (const layout of LAYOUTS) {
        const row: Row = {
          dataset,
          layout,
          nodes: 0,
          edges: 0,
          renderer: '',
          firstRenderMs: [],
          layoutMs: [],
          panFrameMs: [],
        };
        for (let i = 0; i < runs; i++) {
          const m = await measure(browser, `${server.baseUrl}/?indeling=${layout}`, synthetic);
          Object.assign(row, { nodes: m.nodes, edges: m.edges, renderer: m.renderer });
          row.firstRenderMs.push(Math.round(m.first));
          row.layoutMs.push(Math.round(m.layout));
          row.panFrameMs.push(Math.round(m.pan * 10) / 10);
        }
        rows.push(row);
        console.log(
          `${dataset.padEnd(26)} ${layout.padEnd(13)} ${String(row.nodes).padStart(5)} nodes ${String(row.edges).padStart(6)} edges  ` +
            `${row.renderer.padEnd(6)} first render ${median(row.firstRenderMs)} ms  layout ${median(row.layoutMs)} ms  pan frame ${median(row.panFrameMs)} ms`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const dir = path.join(ROOT_DIR, 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `client-render-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}Z.json`);
  const cpus = os.cpus();
  await writeFile(
    file,
    JSON.stringify(
      {
        machine: {
          cpuModel: cpus[0]?.model.trim(),
          cpus: cpus.length,
          node: process.version,
          chromium: browser.version(),
        },
        runs,
        rows,
      },
      null,
      2,
    ),
  );
  console.log(`Written ${path.relative(ROOT_DIR, file)} (medians of ${runs} runs above).`);
}

await main();
