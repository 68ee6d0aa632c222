import { HIGHLIGHT } from '../graph/appearance.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { ViewContext } from './context.ts';
import { h } from './dom.ts';

const MARKS = [
  ['ADDED', 'dashed'],
  ['CHANGED', 'dotted'],
  ['REMOVED', 'dotted'],
] as const;

/**
 * The legend's part for a graph asked as if a scenario were made: what the outlines and the text marks of the
 * scenario's elements mean. Only the marks the graph shows are listed; nothing without a scenario.
 */
export function scenarioLegend(ctx: ViewContext): HTMLElement | null {
  const { t, slice } = ctx;
  const shown = new Set([...(slice?.nodes ?? []), ...(slice?.edges ?? [])].map((x) => x.scenarioChange ?? null));
  const marks = MARKS.filter(([mark]) => shown.has(mark));
  if (marks.length === 0) return null;
  return h(
    'div',
    { id: 'scenario-legend' },
    h('p', { className: 'legend__title' }, t.t('scenario.legend.title')),
    h(
      'ul',
      {},
      marks.map(([mark, style]) =>
        h(
          'li',
          { 'data-mark': mark },
          h('span', {
            className: 'ring',
            style: `border-color:${HIGHLIGHT.path};border-style:${style}${mark === 'REMOVED' ? ';opacity:0.55' : ''}`,
            'aria-hidden': 'true',
          }),
          ' ',
          t.t(`scenario.legend.${mark}` as MessageKey),
        ),
      ),
    ),
  );
}
