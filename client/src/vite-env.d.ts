/// <reference types="vite/client" />
import type { Core } from 'cytoscape';

declare global {
  /** The explorer's timings (main.ts): the status line reads them; a test build also exposes them on window. */
  interface ExplorerTimings {
    /** When the first graph was painted (a large graph's organisations, before its relations). */
    firstGraphMs: number | null;
    /** When the first graph was complete: relations drawn and laid out (fcose's refinement of a large graph). */
    completeMs: number | null;
    layoutMs: number | null;
    /**
     * When the layered picture Cytoscape moves a large graph with was built ahead of the first gesture, and how long
     * that frame took (canvas renderer only; null until then, and for other graphs).
     */
    layersMs: number | null;
    layersBuildMs: number | null;
    layouts: number;
    renderer: 'webgl' | 'canvas' | null;
  }

  // Hooks for the browser tests and the benchmark, set only in a test build (`vite build --mode test`, which the
  // system tests' setup makes); a production build has neither.
  interface Window {
    __cy?: Core;
    __explorer?: ExplorerTimings;
  }
}
