import type { SourceFieldsFragment } from '../api/generated.ts';
import type { Translator } from '../i18n/index.ts';
import { h, type Child } from '../views/dom.ts';
import { footnoteMarks, footnotes } from './footnotes.ts';
import type { RegiobeeldData } from './load.ts';

/** What every section renders from: the translator, the data, and its own footnotes. */
export interface SectionContext {
  t: Translator;
  data: RegiobeeldData;
  /** The region's name, as the sections say it. */
  region: string;
  /** The name of a target group in the page's language. */
  group(id: string): string;
  /** Cites sources in this section and returns the statement's footnote mark (nothing when none). */
  cite(sources: readonly SourceFieldsFragment[]): HTMLElement | null;
}

export interface SectionSpec {
  /** The anchor the table of contents links to. */
  id: string;
  heading: string;
  /** What the section shows, in a sentence or two. */
  intro: string;
  body(ctx: SectionContext): Child | Child[];
}

/**
 * Renders one section as a printed page of its own (the style sheet breaks the page before it): its heading,
 * what it shows, its body, and the sources it cited, numbered from 1, at its end.
 */
export function renderSection(spec: SectionSpec, base: Omit<SectionContext, 'cite'>): HTMLElement {
  const notes = footnotes();
  const cite = (sources: readonly SourceFieldsFragment[]): HTMLElement | null => {
    const numbers = notes.cite(sources);
    if (numbers.length === 0) return null;
    const marks = footnoteMarks(numbers);
    return h('sup', { className: 'rb-fn', 'aria-label': base.t.t('regio.sourceMark', { marks }) }, `[${marks}]`);
  };
  const body = spec.body({ ...base, cite });
  const list = notes.list();
  return h(
    'section',
    { id: spec.id, className: 'rb-section', 'aria-labelledby': `${spec.id}-heading` },
    h('h2', { id: `${spec.id}-heading` }, spec.heading),
    h('p', { className: 'rb-intro' }, spec.intro),
    body,
    h(
      'footer',
      { className: 'rb-notes' },
      h('h3', {}, base.t.t('regio.sources')),
      list.length === 0
        ? h('p', { className: 'muted' }, base.t.t('regio.noSources'))
        : h(
            'ol',
            { className: 'rb-footnotes' },
            list.map((n) => h('li', { value: n.n, 'data-n': n.n }, n.text)),
          ),
    ),
  );
}

/** A status in words, with its swatch: unknown is said as unknown, never as a gap. */
export function statusLabel(t: Translator, status: string): HTMLElement {
  return h(
    'span',
    { className: 'rb-status', 'data-status': status },
    h('span', { className: `swatch status--${status.toLowerCase()}`, 'aria-hidden': 'true' }),
    ' ',
    status === 'UNMAPPED' ? t.t('regio.unknown') : t.label('coverage', status),
  );
}
