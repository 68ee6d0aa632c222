import type { ProvenanceFieldsFragment, SourceFieldsFragment } from '../api/generated.ts';
import type { Translator } from '../i18n/index.ts';
import { h } from './dom.ts';

/** One citation as written: document, then section and lines, e.g. `kplusv-2023 · §5.4.2 [L824]`. */
export const citationText = (s: SourceFieldsFragment): string =>
  [s.document, s.citation].filter((x): x is string => Boolean(x)).join(' · ');

/** The sources of a fact: its kind (report, public, inferred), the citations, and the note on an inference. */
export function sourceList(t: Translator, p: ProvenanceFieldsFragment, compact = false): HTMLElement {
  const items = p.sources.map((s) => h('li', { className: 'source' }, h('cite', {}, citationText(s))));
  const body = [
    h('span', { className: `badge badge--${p.kind.toLowerCase()}` }, t.label('provenance', p.kind)),
    items.length > 0 ? h('ul', { className: 'sources' }, items) : null,
    p.note ? h('p', { className: 'note' }, p.note) : null,
    p.ambiguity
      ? h('p', { className: 'note' }, t.t('answer.reading', { ambiguity: p.ambiguity, reading: p.reading ?? '' }))
      : null,
  ];
  if (!compact) return h('div', { className: 'provenance' }, body);
  return h(
    'details',
    { className: 'provenance' },
    h('summary', {}, `${t.t('answer.sources')} (${p.sources.length})`),
    body,
  );
}
