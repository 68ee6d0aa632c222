import type { Core } from 'cytoscape';

/**
 * The part of the canvas renderer's layered texture cache that is relied on (Cytoscape 3.35,
 * `src/extensions/renderer/canvas/layered-texture-cache.mjs`, reached as `cy.renderer().data.lyrTxrCache`). It is
 * internal: `layeredCacheOf` checks its shape, and test/e2e/large-graph.e2e.test.ts fails when it changes.
 */
export interface LayeredCache {
  /**
   * True until the renderer first asks for its layers: that first time it draws every element into them at once;
   * afterwards it queues them and draws a few per frame, redrawing every element itself until all are done.
   */
  firstGet: boolean;
  /** Drops the layers that hold these elements (and the queue of any half-built ones). */
  invalidateElements(eles: ArrayLike<unknown>): void;
  /** The layers by zoom level, for the browser test that checks one level is complete. */
  layersByLevel: Record<string, unknown>;
}

/** The canvas renderer's layered cache if it has the expected shape, else null (WebGL, headless, another version). */
export function layeredCacheOf(cy: Core): LayeredCache | null {
  const renderer = (cy as unknown as { renderer?: () => unknown }).renderer?.();
  const cache = (renderer as { data?: { lyrTxrCache?: Partial<LayeredCache> } } | null | undefined)?.data?.lyrTxrCache;
  if (!cache) return null;
  const shaped =
    typeof cache.firstGet === 'boolean' &&
    typeof cache.invalidateElements === 'function' &&
    typeof cache.layersByLevel === 'object';
  return shaped ? (cache as LayeredCache) : null;
}

/**
 * Builds the layered cache of a drawn graph in one frame, when the browser is next idle, so that the first pan or
 * zoom moves one picture instead of drawing every element per frame while Cytoscape builds it a portion per
 * frame. Any half-built layers are dropped first (an element already queued would otherwise be skipped), then the
 * renderer is sent down its own first-draw path. Calls back with the build frame's duration once it has run, unless
 * `cancelled` says the graph has changed in the meantime; does nothing where the cache is not as expected.
 */
export function buildLayersWhenIdle(cy: Core, cancelled: () => boolean, built: (ms: number) => void): void {
  const build = () => {
    if (cancelled() || cy.destroyed()) return;
    const cache = layeredCacheOf(cy);
    if (!cache) return;
    cache.invalidateElements(cy.elements());
    cache.firstGet = true;
    const started = performance.now();
    cy.one('render', () => {
      // The frame asked for the layers (a frame drawn from the gesture texture does not): report the build.
      if (!cache.firstGet && !cancelled()) built(performance.now() - started);
    });
    cy.forceRender();
  };
  // Soon rather than idle: Cytoscape's own build, a portion per frame each followed by a redraw of every element,
  // starts by itself after the complete paint and keeps the browser from being idle; this build replaces it.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(build, { timeout: 100 });
  else setTimeout(build, 0);
}
