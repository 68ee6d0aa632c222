// Where the explorer's time goes (reported, never asserted): a Chromium trace (main thread's tasks, the CPU
// profile, network) of one page load up to the complete graph and its first pan, split into windows: the page's
// own start up to the graph's answer, the drawing up to the first picture, the relations and the layout up to the
// complete graph, and the first pan. Prints per window the busy time by kind of work and the functions with the
// most samples (self and inclusive).
//
//   npx tsx bench/client-render-profile.ts serve [--port 4710]      # a seeded Neo4j and the app; the page from disk
//   npx tsx bench/client-render-profile.ts profile [--url http://127.0.0.1:4710] [--seed] [--minify] [--no-build]
//   npx tsx bench/client-render-profile.ts build [--minify]          # only the page, for other scripts against `serve`
//
// `serve` keeps the scratch Neo4j and the API up and serves the page's files from dist/client-profile as they are
// on disk, so that `profile` can be run again after every change without starting Neo4j again. `profile` builds the
// page there first (the test build, unminified unless --minify, so that the profile names functions), loads
// `/?indeling=overzicht` with the synthetic slice of 2,000 / 10,000 (the seed's own graph with --seed), and writes
// the trace to bench/results/client-profile-<time>.json (open it in Chromium's DevTools, Performance panel).
import { readFile, mkdir, writeFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { ROOT_DIR } from '../server/config.ts';
import { launchBrowser } from '../test/helpers/browser.ts';
import { startExplorerServer } from '../test/helpers/explorer-server.ts';
import { syntheticSlice } from './client-slice.ts';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const flag = (name: string) => process.argv.includes(name);
const DIST = path.join(ROOT_DIR, 'dist', 'client-profile');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.topojson': 'application/json',
};

/** The app on a scratch Neo4j, behind a server that reads the page's files from disk on every request. */
async function serve(port: number): Promise<void> {
  console.log('Starting a scratch Neo4j with the seed and the app…');
  const app = await startExplorerServer({ folder: 'profile' });
  // The app's security headers for its page (CSP among them), given to the files served from disk too.
  const probe = await fetch(`${app.baseUrl}/`);
  const headers = Object.fromEntries(
    [...probe.headers].filter(([k]) => !['content-type', 'content-length', 'date', 'connection'].includes(k)),
  );
  const proxy = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const answer = await fetch(`${app.baseUrl}${req.url}`, {
      method: req.method,
      headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host')) as Record<string, string>,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    res.writeHead(answer.status, Object.fromEntries([...answer.headers].filter(([k]) => k !== 'content-encoding')));
    res.end(Buffer.from(await answer.arrayBuffer()));
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const api =
      url.pathname === '/graphql' ||
      url.pathname.startsWith('/api/') ||
      ['/healthz', '/readyz', '/metrics'].includes(url.pathname);
    const file = path.join(DIST, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
    const send = async () => {
      if (api) return proxy(req, res);
      const found = await stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      const target = found ? file : path.join(DIST, 'index.html');
      res.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
      res.end(await readFile(target));
    };
    send().catch((e: unknown) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  server.listen(port, '127.0.0.1');
  console.log(`Serving ${path.relative(ROOT_DIR, DIST)} and the API at http://127.0.0.1:${port} (Ctrl-C stops).`);
  process.once('SIGINT', () => void app.stop().finally(() => process.exit(130)));
}

interface TraceEvent {
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  ph: string;
  cat: string;
  name: string;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber: number };
}

/** Sums milliseconds per key, and prints the largest. */
class Tally {
  readonly ms = new Map<string, number>();
  add(key: string, ms: number): void {
    this.ms.set(key, (this.ms.get(key) ?? 0) + ms);
  }
  print(title: string, top: number): void {
    const rows = [...this.ms].sort((a, b) => b[1] - a[1]).slice(0, top);
    console.log(`  ${title}`);
    for (const [k, v] of rows) console.log(`    ${v.toFixed(1).padStart(8)} ms  ${k}`);
  }
}

/** Kinds of main-thread work the trace names (nested ones are listed too: their times overlap). */
const KINDS = [
  'ParseHTML',
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'Commit',
  'MajorGC',
  'MinorGC',
  'V8.GC_MARK_COMPACTOR',
  'ParseAuthorStyleSheet',
  'ResourceReceivedData',
  'RunMicrotasks',
];

/** The test build of the page into dist/client-profile, unminified unless --minify. */
const buildPage = () =>
  build({
    configFile: path.join(ROOT_DIR, 'client', 'vite.config.ts'),
    mode: 'test',
    logLevel: 'warn',
    build: { outDir: DIST, emptyOutDir: true, minify: flag('--minify') },
  });

async function profile(): Promise<void> {
  const base = arg('--url') ?? 'http://127.0.0.1:4710';
  if (!flag('--no-build')) await buildPage();
  const synthetic = flag('--seed') ? null : JSON.stringify({ data: { graph: syntheticSlice(2000, 10_000) } });
  const loadBefore = os.loadavg()[0]!.toFixed(2);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Every GraphQL operation's start and the moment its answer was parsed, in the page's time.
  await page.addInitScript(`(() => {
    const w = window;
    w.__profile = { requests: [] };
    const fetch0 = w.fetch.bind(w);
    w.fetch = async (input, init) => {
      const body = typeof init?.body === 'string' ? init.body : '';
      const op = (body.match(/"operationName":"(\\w+)"/) ?? [])[1] ?? String(input instanceof Request ? input.url : input);
      const entry = { op, start: performance.now(), end: 0 };
      w.__profile.requests.push(entry);
      const r = await fetch0(input, init);
      const json0 = r.json.bind(r);
      r.json = async () => { const v = await json0(); entry.end = performance.now(); return v; };
      return r;
    };
  })()`);
  if (synthetic) {
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName === 'GraphSlice')
        await route.fulfill({ status: 200, contentType: 'application/json', body: synthetic });
      else await route.continue();
    });
  }
  const categories = [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'disabled-by-default-v8.cpu_profiler',
    'v8.execute',
    'blink.user_timing',
    'loading',
  ];
  await browser.startTracing(page, { categories });
  await page.goto(`${base}/?indeling=overzicht`);
  await page.waitForFunction(
    () => ((window as unknown as { __explorer?: { layouts: number } }).__explorer?.layouts ?? 0) > 0,
    null,
    {
      timeout: 300_000,
    },
  );
  // The first pan: 60 frames of 3 × 2 pixels, as bench/client-render-page.ts does.
  const pan = (await page.evaluate(`(async () => {
    const w = window;
    const start = performance.now();
    const times = [];
    let last = start;
    await new Promise((resolve) => {
      const tick = () => {
        const now = performance.now();
        times.push(now - last);
        last = now;
        w.__cy.panBy({ x: 3, y: 2 });
        if (times.length < 61) requestAnimationFrame(tick); else resolve();
      };
      requestAnimationFrame(tick);
    });
    return { start, end: performance.now(), longest: Math.max(...times.slice(1)), explorer: w.__explorer, requests: w.__profile.requests };
  })()`)) as {
    start: number;
    end: number;
    longest: number;
    explorer: { firstGraphMs: number; completeMs: number };
    requests: { op: string; start: number; end: number }[];
  };
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  await browser.close();
  const dir = path.join(ROOT_DIR, 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `client-profile-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}Z.json`);
  await writeFile(file, JSON.stringify({ ...trace, measured: pan, base }));
  report(trace.traceEvents, pan, base);
  console.log(
    `Load average ${loadBefore} before, ${os.loadavg()[0]!.toFixed(2)} after; trace in ${path.relative(ROOT_DIR, file)}.`,
  );
}

function report(
  events: TraceEvent[],
  pan: {
    start: number;
    end: number;
    longest: number;
    explorer: { firstGraphMs: number; completeMs: number };
    requests: { op: string; start: number; end: number }[];
  },
  base: string,
): void {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && String(e.args?.data?.['documentLoaderURL'] ?? '').startsWith(base),
  );
  if (!nav) throw new Error('no navigationStart for the page in the trace');
  const main = events.find((e) => e.name === 'thread_name' && e.pid === nav.pid && e.args?.name === 'CrRendererMain');
  const t0 = nav.ts;
  const ms = (ts: number) => (ts - t0) / 1000;
  const graph = pan.requests.find((r) => r.op === 'GraphSlice');
  const windows: [string, number, number][] = [
    ['page start, up to the graph answer parsed', 0, graph?.end ?? pan.explorer.firstGraphMs],
    ['drawing, up to the first picture', graph?.end ?? 0, pan.explorer.firstGraphMs],
    ['relations and layout, up to complete', pan.explorer.firstGraphMs, pan.explorer.completeMs],
    ['first pan (60 frames)', pan.start, pan.end],
  ];
  console.log(
    `first picture ${pan.explorer.firstGraphMs.toFixed(0)} ms, complete ${pan.explorer.completeMs.toFixed(0)} ms, ` +
      `first pan ${pan.start.toFixed(0)}–${pan.end.toFixed(0)} ms (longest frame ${pan.longest.toFixed(0)} ms)`,
  );
  console.log('GraphQL operations (ms from navigation: sent → answer parsed):');
  for (const r of pan.requests)
    console.log(`  ${r.op.padEnd(22)} ${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0)}`);
  console.log('Resources (ms from navigation: sent → finished):');
  const sent = new Map<string, { url: string; start: number }>();
  for (const e of events) {
    const d = e.args?.data;
    if (!d) continue;
    if (e.name === 'ResourceSendRequest') sent.set(String(d['requestId']), { url: String(d['url']), start: ms(e.ts) });
    if (e.name === 'ResourceFinish') {
      const s = sent.get(String(d['requestId']));
      if (s && !s.url.endsWith('/graphql'))
        console.log(
          `  ${s.url.replace(base, '').slice(0, 60).padEnd(60)} ${s.start.toFixed(0).padStart(6)} → ${ms(e.ts).toFixed(0)}`,
        );
    }
  }
  // The CPU profile of the main thread: every sample's time and leaf node.
  const nodes = new Map<number, ProfileNode>();
  const samples: { t: number; node: number; dt: number }[] = [];
  const profiles = new Map<string, { pid: number; tid: number; time: number }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      profiles.set(e.id, { pid: e.pid, tid: e.tid, time: Number(e.args?.data?.['startTime']) });
    }
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const p = profiles.get(e.id);
    if (!p || p.pid !== nav.pid || (main && p.tid !== main.tid)) continue;
    const data = e.args!.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    ids.forEach((id, i) => {
      p.time += deltas[i] ?? 0;
      samples.push({ t: ms(p.time), node: id, dt: 0 });
    });
  }
  samples.sort((a, b) => a.t - b.t);
  for (let i = 0; i < samples.length - 1; i++) samples[i]!.dt = Math.min(samples[i + 1]!.t - samples[i]!.t, 10);
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const file =
      (f.url ?? '')
        .split('/')
        .pop()
        ?.replace(/-[\w-]{8}\.js$/, '.js') ?? '';
    return `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
  };
  for (const [title, from, to] of windows) {
    console.log(`\n== ${title}: ${from.toFixed(0)}–${to.toFixed(0)} ms (${(to - from).toFixed(0)} ms)`);
    const kinds = new Tally();
    for (const e of events) {
      if (e.pid !== nav.pid || (main && e.tid !== main.tid) || e.ph !== 'X' || !KINDS.includes(e.name)) continue;
      const a = Math.max(ms(e.ts), from);
      const b = Math.min(ms(e.ts + (e.dur ?? 0)), to);
      if (b > a) kinds.add(e.name, b - a);
    }
    kinds.print('main thread by kind of work (nested kinds overlap):', 20);
    const self = new Tally();
    const inclusive = new Tally();
    let busy = 0;
    for (const s of samples) {
      if (s.t < from || s.t >= to) continue;
      const leaf = nodes.get(s.node);
      if (!leaf) continue;
      self.add(name(leaf), s.dt);
      if (leaf.callFrame.functionName !== '(idle)') busy += s.dt;
      const seen = new Set<string>();
      for (let n: ProfileNode | undefined = leaf; n; n = n.parent ? nodes.get(n.parent) : undefined) {
        const k = name(n);
        if (!seen.has(k)) inclusive.add(k, s.dt);
        seen.add(k);
      }
    }
    console.log(`  sampled busy: ${busy.toFixed(0)} ms`);
    self.print('self time:', 25);
    inclusive.print('inclusive time:', 40);
  }
}

if (process.argv[2] === 'serve') await serve(Number(arg('--port')) || 4710);
else if (process.argv[2] === 'build') await buildPage();
else if (process.argv[2] === 'report') {
  // A trace written before, reported again: npx tsx bench/client-render-profile.ts report <file>
  const saved = JSON.parse(await readFile(process.argv[3]!, 'utf8')) as {
    traceEvents: TraceEvent[];
    measured: Parameters<typeof report>[1];
    base: string;
  };
  report(saved.traceEvents, saved.measured, saved.base);
} else await profile();
