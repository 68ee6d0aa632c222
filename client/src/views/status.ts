import type { ViewContext } from './context.ts';
import { h, identity, memo } from './dom.ts';

/**
 * The status line: what is loading, what is shown (or that it was cut), and how long the layout took.
 * Errors are shown where the data would have been, with what to do; this line only says something failed.
 */
export function mountStatus(container: HTMLElement, layoutMs: () => number | null): (ctx: ViewContext) => void {
  return memo(
    (ctx) => {
      const { t, res, slice } = ctx;
      const loading = Object.values(res).some((r) => r?.status === 'loading');
      const parts: (Node | string)[] = [];
      if (loading) parts.push(h('span', { className: 'spinner', 'aria-hidden': 'true' }), t.t('status.loading'), ' ');
      if (slice && res.graph.status === 'ok') {
        const g = res.graph.data.graph;
        parts.push(
          g.truncated
            ? t.t('status.truncated', { nodes: g.nodes.length, total: g.total })
            : t.t('status.loaded', { nodes: slice.nodes.length, edges: slice.edges.length }),
        );
        const ms = layoutMs();
        if (ms !== null && ctx.state.view === 'graaf') parts.push(' ', t.t('status.layout', { ms: Math.round(ms) }));
      }
      container.classList.toggle('is-loading', loading);
      container.replaceChildren(...parts);
    },
    (ctx) =>
      JSON.stringify([
        ctx.t.lang,
        ctx.state.view,
        layoutMs(),
        Object.values(ctx.res).map((r) => r?.status ?? '-'),
        identity(ctx.slice),
      ]),
  );
}
