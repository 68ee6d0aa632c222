import { fcosePositions, type ForceLayoutInput } from './fcose-positions.ts';
import type { Point } from './systeemplaat.ts';

type Reply = { id: number; positions: [string, Point][] } | { id: number; error: string };

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve(p: Map<string, Point>): void; reject(e: Error): void }>();

function layoutWorker(): Worker {
  if (worker) return worker;
  // Vite bundles the worker as its own file from this URL; the page's CSP (script-src 'self') allows it.
  worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<Reply>) => {
    const pending = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if ('error' in e.data) pending?.reject(new Error(e.data.error));
    else pending?.resolve(new Map(e.data.positions));
  };
  worker.onerror = (e) => {
    for (const pending of waiting.values()) pending.reject(new Error(e.message || 'layout worker failed'));
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/**
 * fcose's positions computed in a Web Worker; where workers are missing or fail, on the main thread.
 * @example const positions = await forcePositions({ nodes, edges, options: descriptor.options(plateNodes) });
 */
export async function forcePositions(input: ForceLayoutInput): Promise<Map<string, Point>> {
  if (typeof Worker !== 'undefined') {
    try {
      return await new Promise<Map<string, Point>>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        layoutWorker().postMessage({ id, input });
      });
    } catch {
      // Fall through to the main thread.
    }
  }
  return fcosePositions(input);
}
