import type { GraphProgress } from '../graph/large-graph.ts';
import type { ViewContext } from './context.ts';
import { h } from './dom.ts';

/**
 * The line that says what a large graph is busy with, under the drawing: made once, so that screen readers
 * (aria-live) announce its changes; empty and hidden when there is nothing to wait for.
 */
export function mountProgress(after: HTMLElement): (ctx: ViewContext, step: GraphProgress | null) => void {
  const line = h('p', { id: 'graph-progress', className: 'graph-progress', role: 'status', 'aria-live': 'polite' });
  after.before(line);
  return (ctx, step) => {
    const { t, slice } = ctx;
    line.dataset['step'] = step ?? '';
    line.hidden = step === null;
    const counts = { nodes: slice?.nodes.length ?? 0, edges: slice?.edges.length ?? 0 };
    line.replaceChildren(
      ...(step === null
        ? []
        : [h('span', { className: 'spinner', 'aria-hidden': 'true' }), t.t(`graph.progress.${step}`, counts)]),
    );
  };
}
