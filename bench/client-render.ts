// Client rendering benchmark (reported, never asserted), in headless Chromium: for the seed (served by the real API
// on a scratch Neo4j) and for synthetic slices of 2,000 organisations and 10,000 relations (the API's `graph` answer
// replaced in the browser), per layout: the first useful picture (the organisations painted at their places), the
// complete graph (relations drawn and, for fcose, the layout refined), the layout's time, the frame time while
// panning and while zooming (the measure of "fluid") and the renderer; the synthetic concentric case once more with
// the WebGL renderer forced onto Chromium's software GPU; and the municipality matrix and map of a province, timed
// from the arrival of their data to their first paint.
//
//   npm run build && npx tsx bench/client-render.ts [--runs 3] [--cases draws,graphs,webgl] [--layouts overzicht,fcose]
//
// The WebGL case runs once, with 20 frames per gesture instead of 60: on a software GPU its frames take seconds.
//
// Writes bench/results/client-render-<time>.json and prints a table.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT_DIR } from '../server/config.ts';
import { launchBrowser } from '../test/helpers/browser.ts';
import { startExplorerServer } from '../test/helpers/explorer-server.ts';
import { PAGE_DRAW_WATCH, PAGE_FORCE_WEBGL, PAGE_REQUESTS, pageMeasure } from './client-render-page.ts';
import { syntheticSlice } from './client-slice.ts';

interface Frames {
  mean: number;
  longest: number;
}

interface Measured {
  first: number;
  complete: number;
  layout: number;
  /** When the layered picture was built ahead of the first gesture (ms from navigation), and its frame's duration. */
  layers: { at: number; build: number } | null;
  gestures: Record<'first' | 'steady', { pan: Frames; zoom: Frames }>;
  /** A pan 1.5 s after the last gesture, once the label pass after it has run. */
  paused: Frames;
  /** The page's own start, ms from navigation: bundle loaded, bundle run (DOMContentLoaded), answers parsed. */
  start: { script: number | null; ready: number | null; reference: number | null; graph: number | null };
  renderer: string;
  nodes: number;
  edges: number;
  /** The label placement of the first picture (graph/labels.ts): its time, and how many labels it showed of how many. */
  labels: { ms: number; candidates: number; shown: number } | null;
}

interface Row {
  dataset: string;
  layout: string;
  nodes: number;
  edges: number;
  renderer: string;
  firstPictureMs: number[];
  completeMs: number[];
  layoutMs: number[];
  /** Ms from the complete graph until the layered picture was built ahead of the first gesture, and the build frame. */
  layersAfterCompleteMs: number[];
  layersBuildMs: number[];
  /** Frames per second (from the mean frame time) of the first pan and zoom, and of the second (steady). */
  panFps: number[];
  zoomFps: number[];
  steadyPanFps: number[];
  steadyZoomFps: number[];
  /** The longest frame of the first pan, in ms. */
  longestPanFrameMs: number[];
  /** A pan after a pause of 1.5 s: frames per second and its longest frame. */
  pausedPanFps: number[];
  longestPausedFrameMs: number[];
  /** The page's own start: ms from navigation until the bundle has run, and until the graph's answer is parsed. */
  readyMs: number[];
  graphAnswerMs: number[];
  /** The label placement pass of the first picture, in ms, and the labels it showed of the candidates. */
  labelPassMs: number[];
  labelsShown: string[];
}

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(arg('--runs')) || 3;
const only = new Set((arg('--cases') ?? 'draws,graphs,webgl').split(','));
/** The layouts timed (`?indeling=`): all of them unless --layouts names some; `overzicht` is the one the explorer opens with. */
const LAYOUTS = (arg('--layouts') ?? 'overzicht,fcose,concentrisch,systeemplaat').split(',');
/** The province whose municipality matrix and map are timed (Noord-Brabant). */
const PROVINCE = 'PV30';

async function measureGraph(
  browser: Browser,
  url: string,
  synthetic: string | null,
  webgl: boolean,
): Promise<Measured> {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (webgl) await page.addInitScript(PAGE_FORCE_WEBGL);
  await page.addInitScript(PAGE_REQUESTS);
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
  const result = (await page.evaluate(pageMeasure(webgl ? 20 : 60))) as Measured;
  await page.close();
  return result;
}

/** Milliseconds from the data's arrival (coverage answer, and the boundaries for the map) to the first paint. */
async function measureDraw(browser: Browser, url: string): Promise<number> {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(PAGE_DRAW_WATCH);
  await page.goto(url);
  await page.waitForFunction(
    () => ((window as unknown as { __bench?: { drawn: number } }).__bench?.drawn ?? 0) > 0,
    null,
    { timeout: 120_000 },
  );
  const { arrived, drawn } = (await page.evaluate('window.__bench')) as { arrived: number; drawn: number };
  await page.close();
  return drawn - arrived;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fps = (frameMs: number) => Math.round((1000 / frameMs) * 10) / 10;
const load = () => os.loadavg().map((l) => l.toFixed(2));

async function main(): Promise<void> {
  console.log('Starting a scratch Neo4j with the seed and the app…');
  const server = await startExplorerServer();
  const browser = await launchBrowser();
  // Ctrl-C still stops the scratch Neo4j.
  process.once('SIGINT', () => void browser.close().finally(() => server.stop().finally(() => process.exit(130))));
  const loadBefore = load();
  const rows: Row[] = [];
  const draws: { view: string; ms: number[] }[] = [];
  try {
    for (const [view, url] of !only.has('draws')
      ? []
      : ([
          ['matrix of municipalities', `/?weergave=matrix&niveau=gemeente&binnen=${PROVINCE}`],
          ['map of municipalities', `/?weergave=kaart&kaartniveau=gemeente&regio=${PROVINCE}`],
        ] as const)) {
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) ms.push(Math.round(await measureDraw(browser, `${server.baseUrl}${url}`)));
      draws.push({ view, ms });
      console.log(`${view} (${PROVINCE}): drawn ${median(ms)} ms after its data arrived`);
    }
    const large = JSON.stringify({ data: { graph: syntheticSlice(2000, 10_000) } });
    const cases = [
      ...(only.has('graphs')
        ? [
            ...LAYOUTS.map((layout) => ({ dataset: 'seed', layout, synthetic: null, webgl: false })),
            ...LAYOUTS.map((layout) => ({
              dataset: 'synthetic 2,000 / 10,000',
              layout,
              synthetic: large,
              webgl: false,
            })),
          ]
        : []),
      ...(only.has('webgl')
        ? [{ dataset: 'synthetic, WebGL forced', layout: 'concentrisch', synthetic: large, webgl: true }]
        : []),
    ];
    for (const c of cases) {
      const row: Row = {
        dataset: c.dataset,
        layout: c.layout,
        nodes: 0,
        edges: 0,
        renderer: '',
        firstPictureMs: [],
        completeMs: [],
        layoutMs: [],
        layersAfterCompleteMs: [],
        layersBuildMs: [],
        panFps: [],
        zoomFps: [],
        steadyPanFps: [],
        steadyZoomFps: [],
        longestPanFrameMs: [],
        pausedPanFps: [],
        longestPausedFrameMs: [],
        readyMs: [],
        graphAnswerMs: [],
        labelPassMs: [],
        labelsShown: [],
      };
      for (let i = 0; i < (c.webgl ? 1 : runs); i++) {
        const m = await measureGraph(browser, `${server.baseUrl}/?indeling=${c.layout}`, c.synthetic, c.webgl);
        Object.assign(row, { nodes: m.nodes, edges: m.edges, renderer: m.renderer });
        row.firstPictureMs.push(Math.round(m.first));
        row.completeMs.push(Math.round(m.complete));
        row.layoutMs.push(Math.round(m.layout));
        row.layersAfterCompleteMs.push(Math.round(m.layers ? m.layers.at - m.complete : NaN));
        row.layersBuildMs.push(Math.round(m.layers?.build ?? NaN));
        row.panFps.push(fps(m.gestures.first.pan.mean));
        row.zoomFps.push(fps(m.gestures.first.zoom.mean));
        row.steadyPanFps.push(fps(m.gestures.steady.pan.mean));
        row.steadyZoomFps.push(fps(m.gestures.steady.zoom.mean));
        row.longestPanFrameMs.push(Math.round(m.gestures.first.pan.longest));
        row.pausedPanFps.push(fps(m.paused.mean));
        row.longestPausedFrameMs.push(Math.round(m.paused.longest));
        row.readyMs.push(Math.round(m.start.ready ?? NaN));
        row.graphAnswerMs.push(Math.round(Math.max(m.start.graph ?? NaN, m.start.reference ?? NaN)));
        row.labelPassMs.push(Math.round((m.labels?.ms ?? NaN) * 10) / 10);
        row.labelsShown.push(m.labels ? `${m.labels.shown}/${m.labels.candidates}` : '');
      }
      rows.push(row);
      console.log(
        `${row.dataset.padEnd(26)} ${row.layout.padEnd(13)} ${String(row.nodes).padStart(5)} nodes ${String(row.edges).padStart(6)} edges  ` +
          `${row.renderer.padEnd(6)} first picture ${median(row.firstPictureMs)} ms  complete ${median(row.completeMs)} ms  ` +
          `layout ${median(row.layoutMs)} ms  ` +
          (row.layersBuildMs.some((x) => !Number.isNaN(x))
            ? `layers built ${median(row.layersAfterCompleteMs)} ms after (frame ${median(row.layersBuildMs)} ms)  `
            : '') +
          `pan ${median(row.panFps)} fps (longest frame ${median(row.longestPanFrameMs)} ms) ` +
          `zoom ${median(row.zoomFps)} fps, then pan ${median(row.steadyPanFps)} zoom ${median(row.steadyZoomFps)} fps, ` +
          `after a pause pan ${median(row.pausedPanFps)} fps (longest frame ${median(row.longestPausedFrameMs)} ms)  ` +
          `page start: bundle run ${median(row.readyMs)} ms, answers parsed ${median(row.graphAnswerMs)} ms  ` +
          `labels ${median(row.labelPassMs)} ms (${row.labelsShown[0]} shown)`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const dir = path.join(ROOT_DIR, 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `client-render-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}Z.json`);
  const cpus = os.cpus();
  const machine = {
    cpuModel: cpus[0]?.model.trim(),
    cpus: cpus.length,
    node: process.version,
    chromium: browser.version(),
    loadBefore,
    loadAfter: load(),
  };
  await writeFile(file, JSON.stringify({ machine, runs, rows, draws }, null, 2));
  console.log(`Load average ${loadBefore.join(', ')} before, ${machine.loadAfter.join(', ')} after.`);
  console.log(`Written ${path.relative(ROOT_DIR, file)} (medians of ${runs} runs above).`);
}

await main();
