import type { Translator } from '../i18n/index.ts';
import type { Language } from '../state/view-state.ts';
import { h } from '../views/dom.ts';
import type { RegiobeeldData } from './load.ts';
import type { SectionSpec } from './section.ts';

/** What every printed page carries: the region, the date and the version of the data. */
export interface Stamp {
  region: string;
  version: RegiobeeldData['version'];
  lang: Language;
}

const today = (lang: Language) =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date());

const versionText = (t: Translator, v: Stamp['version']) => v.token ?? t.t('regio.versionNone');

/** The running line every printed page carries in its bottom margin (print-margin.ts). */
export const runningLine = (t: Translator, s: Stamp): string =>
  t.t('regio.running', { region: s.region, date: today(s.lang), version: versionText(t, s.version) });

/**
 * The first page: title, the region and its level, when and from which version it was made, the buttons (print,
 * the other language, back to the explorer; not printed), how to read it, and the table of contents.
 */
export function coverPage(
  t: Translator,
  data: RegiobeeldData,
  sections: readonly SectionSpec[],
  links: { other: string; sinceWarning: string | null },
): HTMLElement {
  const region = data.region.name;
  const readAt = new Date(data.version.readAt).toLocaleString(t.lang === 'nl' ? 'nl-NL' : 'en-GB');
  const explorer = `/?regio=${encodeURIComponent(data.region.id)}${t.lang === 'en' ? '&taal=en' : ''}`;
  return h(
    'header',
    { className: 'rb-cover' },
    h('h1', {}, t.t('regio.title', { region })),
    h('p', { className: 'rb-subtitle' }, t.t('regio.subtitle', { region, level: t.label('level', data.region.level) })),
    h(
      'p',
      { className: 'rb-stamp', id: 'rb-stamp' },
      t.t('regio.stamp', { date: today(t.lang), version: versionText(t, data.version), readAt }),
    ),
    h(
      'nav',
      { className: 'rb-actions', 'aria-label': t.t('regio.print') },
      h(
        'button',
        { type: 'button', className: 'button', id: 'rb-print', onclick: () => window.print() },
        t.t('regio.print'),
      ),
      ' ',
      h(
        'a',
        {
          href: links.other,
          id: 'rb-language',
          lang: t.lang === 'nl' ? 'en' : 'nl',
          title: t.t('regio.otherLanguageLabel'),
        },
        t.t('regio.otherLanguage'),
      ),
      ' ',
      h('a', { href: explorer }, t.t('regio.backToExplorer')),
    ),
    links.sinceWarning ? h('p', { className: 'alert alert--warning' }, links.sinceWarning) : null,
    h('h2', {}, t.t('regio.howToRead')),
    h('p', {}, t.t('regio.howToReadText')),
    h(
      'nav',
      { className: 'rb-toc', 'aria-labelledby': 'rb-toc-heading' },
      h('h2', { id: 'rb-toc-heading' }, t.t('regio.toc')),
      h(
        'ol',
        {},
        sections.map((s) => h('li', {}, h('a', { href: `#${s.id}` }, s.heading))),
      ),
    ),
  );
}
