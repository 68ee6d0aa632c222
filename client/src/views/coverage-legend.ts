import type { CoverageStatus } from '../api/generated.ts';
import type { MessageKey, Translator } from '../i18n/index.ts';
import { h } from './dom.ts';

export const STATUSES: CoverageStatus[] = ['UNMAPPED', 'GAP', 'DEVELOPING', 'THIN', 'COVERED', 'OVERLAP'];

/** The coverage statuses with colour, pattern and words (colour is never the only cue), and what the number counts. */
export function coverageLegend(t: Translator): HTMLElement {
  return h(
    'div',
    { className: 'legend legend--coverage' },
    h('p', { className: 'legend__title' }, t.t('coverage.legend')),
    // What the number in a matrix cell or on the map counts: the one the status is computed from.
    h('p', { className: 'legend__note' }, t.t('coverage.number')),
    h(
      'ul',
      {},
      STATUSES.map((st) =>
        h(
          'li',
          {},
          h('span', { className: `swatch status--${st.toLowerCase()}`, 'aria-hidden': 'true' }),
          h('strong', {}, t.label('coverage', st)),
          ': ',
          t.t(`coverage.explain.${st}` as MessageKey),
        ),
      ),
    ),
  );
}
