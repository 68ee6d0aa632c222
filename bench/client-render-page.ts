// What bench/client-render.ts runs inside the page, as text: tsx compiles functions with esbuild's keepNames,
// whose helper does not exist in the page, so these are sent as strings.

/**
 * Pans for `count` frames, then zooms in and out for as many, twice, and returns the mean and the longest frame time of each
 * (the interval between animation frames, in which Cytoscape draws), with the explorer's timings. The first gesture
 * on a large graph pays once for what Cytoscape caches for moving the view (on canvas, unless the layered picture was
 * built ahead, which is waited for up to 5 s); the second shows the steady state.
 */
export const pageMeasure = (count: number): string => `(async () => {
  const w = window;
  const frames = async (step) => {
    const times = [];
    let last = performance.now();
    await new Promise((resolve) => {
      function tick() {
        const now = performance.now();
        times.push(now - last);
        last = now;
        step(times.length);
        if (times.length < ${count + 1}) requestAnimationFrame(tick);
        else resolve();
      }
      requestAnimationFrame(tick);
    });
    times.shift();
    return { mean: times.reduce((a, b) => a + b, 0) / times.length, longest: Math.max(...times) };
  };
  const centre = { x: w.__cy.width() / 2, y: w.__cy.height() / 2 };
  const gesture = async () => ({
    pan: await frames(() => w.__cy.panBy({ x: 3, y: 2 })),
    zoom: await frames((i) =>
      w.__cy.zoom({ level: w.__cy.zoom() * (i % 20 < 10 ? 1.03 : 1 / 1.03), renderedPosition: centre }),
    ),
  });
  // A large graph on canvas builds the layered picture it is moved with when the browser is next idle after the
  // complete paint (graph/layer-cache.ts); a user's first gesture comes later than this one would, so wait for it.
  const waitFrom = performance.now();
  const building = () => w.__explorer.renderer === 'canvas' && w.__cy.elements().length > 1500 && w.__explorer.layersMs == null;
  while (building() && performance.now() - waitFrom < 5000) await new Promise((resolve) => setTimeout(resolve, 50));
  // The label placement of the first picture (graph/labels.ts), copied before any gesture places them again.
  const placed = w.__cy.scratch('labels');
  const labels = placed ? { ms: placed.ms, candidates: placed.candidates, shown: placed.shown } : null;
  const first = await gesture();
  const steady = await gesture();
  // A pan after the view has rested (the label pass after the last gesture has run), as a user's next gesture.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const paused = await frames(() => w.__cy.panBy({ x: 3, y: 2 }));
  const nav = performance.getEntriesByType('navigation')[0];
  const script = performance.getEntriesByType('resource').find((e) => e.name.includes('/assets/main-') && e.name.endsWith('.js'));
  const answered = (op) => w.__requests?.find((r) => r.op === op)?.end ?? null;
  return {
    start: {
      script: script ? script.responseEnd : null,
      ready: nav ? nav.domContentLoadedEventStart : null,
      reference: answered('Reference'),
      graph: answered('GraphSlice'),
    },
    paused,
    first: w.__explorer.firstGraphMs,
    complete: w.__explorer.completeMs,
    layout: w.__explorer.layoutMs,
    layers: w.__explorer.layersMs == null ? null : { at: w.__explorer.layersMs, build: w.__explorer.layersBuildMs },
    renderer: w.__explorer.renderer,
    gestures: { first, steady },
    labels,
    nodes: w.__cy.nodes().not('.axis').length,
    edges: w.__cy.edges().length,
  };
})()`;

/**
 * Installed before the page loads: notes when each GraphQL operation was sent and its answer parsed by the page
 * (window.__requests), to tell the page's own start from the drawing.
 */
export const PAGE_REQUESTS = `(() => {
  const w = window;
  w.__requests = [];
  const fetch0 = w.fetch.bind(w);
  w.fetch = async (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    const entry = { op: (body.match(/"operationName":"(\\w+)"/) ?? [])[1] ?? '', start: performance.now(), end: null };
    w.__requests.push(entry);
    const response = await fetch0(input, init);
    const json0 = response.json.bind(response);
    response.json = async () => {
      const value = await json0();
      entry.end = performance.now();
      return value;
    };
    return response;
  };
})()`;

/**
 * Installed before the page loads: notes when the coverage answer (and, for the map, its boundary file) has been
 * parsed by the page, and when the matrix grid or the map's SVG first appears, painted (the frame after it was
 * added).
 */
export const PAGE_DRAW_WATCH = `(() => {
  const w = window;
  w.__bench = { arrived: 0, drawn: 0 };
  const watched = new WeakSet();
  const fetch0 = w.fetch.bind(w);
  w.fetch = async (input, init) => {
    const response = await fetch0(input, init);
    const url = String(input instanceof Request ? input.url : input);
    const body = typeof init?.body === 'string' ? init.body : '';
    if (url.endsWith('.topojson') || body.includes('"operationName":"Coverage"')) watched.add(response);
    return response;
  };
  const json0 = Response.prototype.json;
  Response.prototype.json = async function () {
    const value = await json0.call(this);
    if (watched.has(this)) w.__bench.arrived = Math.max(w.__bench.arrived, performance.now());
    return value;
  };
  new MutationObserver((_, observer) => {
    if (!document.querySelector('#matrix-grid, svg.map')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { w.__bench.drawn = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
})()`;

/**
 * Makes the explorer take the WebGL renderer on a software GPU (SwiftShader in headless Chromium), which it
 * declines by itself: the renderer's name is what it checks.
 */
export const PAGE_FORCE_WEBGL = `(() => {
  const get = WebGL2RenderingContext.prototype.getParameter;
  WebGL2RenderingContext.prototype.getParameter = function (p) {
    const info = this.getExtension('WEBGL_debug_renderer_info');
    const value = get.call(this, p);
    return info && p === info.UNMASKED_RENDERER_WEBGL ? 'benchmark (' + String(value).replace(/swiftshader/gi, 'sw') + ')' : value;
  };
})()`;
