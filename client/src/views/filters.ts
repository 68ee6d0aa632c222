import { RelationType } from '../api/generated-enums.ts';
import { facetCounts, type FacetCounts } from '../data/slice.ts';
import { RELATION_APPEARANCE, REFERRAL_STATUS_APPEARANCE, TYPE_APPEARANCE } from '../graph/appearance.ts';
import type { MessageKey } from '../i18n/index.ts';
import { clearFilters, setYear, toggleFilter } from '../state/transitions.ts';
import { FILTER_KEYS, ROLES, YEAR_MAX, YEAR_MIN, type FilterKey } from '../state/view-state.ts';
import { dataOf, type ViewContext } from './context.ts';
import { h, identity, memo, replaceKeepingFocus } from './dom.ts';
import { glossaryLink, type GlossaryTerm } from './glossary.ts';

interface Option {
  id: string;
  label: string;
}

const HEADINGS: Record<FilterKey, MessageKey> = {
  targetGroups: 'filters.targetGroups',
  phases: 'filters.phases',
  themes: 'filters.themes',
  types: 'filters.types',
  roles: 'filters.roles',
  lines: 'filters.lines',
  relationTypes: 'filters.relationTypes',
  statuses: 'filters.statuses',
};

const TERMS: Partial<Record<FilterKey, GlossaryTerm>> = {
  targetGroups: 'doelgroep',
  phases: 'fase',
  lines: 'eerstelijns',
  statuses: 'doorverwijzing',
};

/** Every relation type of the API: those with a colour of their own first, in the legend's order. */
const RELATION_TYPES = [...new Set([...Object.keys(RELATION_APPEARANCE), ...Object.values(RelationType)])];

/** The values each filter offers, labelled in the page's language; counts come from the slice in view. */
function optionsOf(ctx: ViewContext, key: FilterKey, counts: FacetCounts | null): Option[] {
  const { t } = ctx;
  const ref = dataOf(ctx.res.reference);
  const withCounted = (ids: string[], counted: Map<string, number> | undefined) => [
    ...new Set([...ids, ...(counted ? counted.keys() : [])]),
  ];
  switch (key) {
    case 'targetGroups':
      return (ref?.targetGroups ?? []).map((g) => ({
        id: g.id,
        label: t.lang === 'en' && g.nameEn ? g.nameEn : g.name,
      }));
    case 'phases':
      return [...(ref?.phases ?? [])]
        .sort((a, b) => a.order - b.order)
        .map((p) => ({ id: p.id, label: t.label('phase', p.id, p.name) }));
    case 'themes':
      return (ref?.themes ?? []).map((th) => ({ id: th.id, label: t.label('theme', th.id, th.name) }));
    case 'types':
      return withCounted(Object.keys(TYPE_APPEARANCE), counts?.types)
        .map((id) => ({ id, label: t.label('type', id) }))
        .sort((a, b) => a.label.localeCompare(b.label, t.lang));
    case 'roles':
      return ROLES.map((id) => ({ id, label: t.label('role', id) }));
    case 'lines':
      return ['eerstelijns', 'tweedelijns'].map((id) => ({ id, label: t.label('line', id) }));
    case 'relationTypes':
      return withCounted(RELATION_TYPES, counts?.relationTypes).map((id) => ({ id, label: t.label('relation', id) }));
    case 'statuses':
      return withCounted(Object.keys(REFERRAL_STATUS_APPEARANCE), counts?.statuses)
        .filter((id) => id !== 'unknown')
        .map((id) => ({ id, label: t.label('status', id) }));
  }
}

/**
 * The filter panel: one group of checkboxes per filter with the number of organisations (or relations)
 * in view beside each value, and the year slider for the as-of view.
 */
export function mountFilters(container: HTMLElement): (ctx: ViewContext) => void {
  // Which groups the user opened survives re-rendering; so does the panel's own fold on narrow screens.
  const opened = new Set<FilterKey>(['types']);
  let panelOpen = false;
  return memo(
    (ctx) => {
      const { t, state } = ctx;
      const active0 = document.activeElement;
      const focusKey =
        active0 instanceof HTMLElement && container.contains(active0) ? active0.dataset['focus'] : undefined;
      const counts = ctx.slice ? facetCounts(ctx.slice) : null;
      const active = FILTER_KEYS.reduce((n, k) => n + state.filters[k].length, 0) + (state.year === null ? 0 : 1);
      const yearOutput = h(
        'output',
        { id: 'year-output', for: 'year-slider', className: 'year__value' },
        state.year === null ? t.t('filters.yearAll') : String(state.year),
      );
      const slider = h('input', {
        type: 'range',
        id: 'year-slider',
        min: YEAR_MIN,
        max: YEAR_MAX,
        step: 1,
        value: state.year ?? YEAR_MAX,
        'aria-describedby': 'year-hint',
        'aria-valuetext': state.year === null ? t.t('filters.yearAll') : String(state.year),
        'data-focus': 'year-slider',
      });
      // While dragging only the label follows; the state (and the history) change when the thumb is let go.
      slider.addEventListener('input', () => (yearOutput.textContent = slider.value));
      slider.addEventListener('change', () => ctx.dispatch((s) => setYear(s, Number(slider.value))));
      const useYear = h('input', {
        type: 'checkbox',
        id: 'year-use',
        checked: state.year !== null,
        'data-focus': 'year-use',
        onchange: (e: Event) =>
          ctx.dispatch((s) => setYear(s, (e.target as HTMLInputElement).checked ? Number(slider.value) : null)),
      });
      const toggle = h(
        'button',
        {
          type: 'button',
          className: 'button button--small button--secondary filters__toggle',
          'aria-expanded': String(panelOpen),
          'aria-controls': 'filters-body',
          'data-focus': 'filters-toggle',
          onclick: () => {
            panelOpen = !panelOpen;
            toggle.setAttribute('aria-expanded', String(panelOpen));
            body.classList.toggle('is-open', panelOpen);
          },
        },
        t.t('filters.show'),
      );
      const body = h('div', { id: 'filters-body', className: `filters__body${panelOpen ? ' is-open' : ''}` });
      replaceKeepingFocus(
        container,
        h(
          'div',
          { className: 'filters__header' },
          h('h2', { id: 'filters-heading' }, t.t('filters.heading')),
          active > 0 ? h('span', { className: 'badge' }, t.t('filters.active', { count: active })) : null,
          toggle,
        ),
        body,
      );
      body.append(
        h(
          'button',
          {
            type: 'button',
            className: 'button button--secondary button--small',
            disabled: active === 0,
            'data-focus': 'clear-filters',
            onclick: () => ctx.dispatch((s) => setYear(clearFilters(s), null)),
          },
          t.t('filters.clear'),
        ),
        h(
          'fieldset',
          { className: 'filter-group year' },
          h('legend', {}, h('label', { for: 'year-slider' }, t.t('filters.year')), ' ', glossaryLink(ctx, 'peiljaar')),
          h('div', { className: 'year__row' }, slider, yearOutput),
          h('label', { className: 'check' }, useYear, ' ', t.t('filters.yearUse')),
          h('p', { id: 'year-hint', className: 'hint' }, t.t('filters.yearHint')),
        ),
        ...FILTER_KEYS.map((key) => {
          const options = optionsOf(ctx, key, counts);
          const chosen = state.filters[key] as string[];
          const counted = counts?.[key as keyof FacetCounts];
          const term = TERMS[key];
          return h(
            'details',
            {
              className: 'filter-group',
              open: chosen.length > 0 || opened.has(key),
              ontoggle: (e: Event) => {
                if ((e.target as HTMLDetailsElement).open) opened.add(key);
                else opened.delete(key);
              },
            },
            h(
              'summary',
              {},
              t.t(HEADINGS[key]),
              chosen.length > 0 ? h('span', { className: 'badge' }, String(chosen.length)) : null,
            ),
            h(
              'fieldset',
              {},
              h('legend', { className: 'visually-hidden' }, t.t(HEADINGS[key])),
              term
                ? h(
                    'p',
                    { className: 'hint' },
                    glossaryLink(ctx, term, t.t(`glossary.${term}.term` as MessageKey) + ' ?'),
                  )
                : null,
              h(
                'ul',
                { className: 'checks' },
                options.map((o) => {
                  const count = counted?.get(o.id);
                  return h(
                    'li',
                    {},
                    h(
                      'label',
                      { className: 'check' },
                      h('input', {
                        type: 'checkbox',
                        value: o.id,
                        name: key,
                        checked: chosen.includes(o.id),
                        'data-focus': `${key}-${o.id}`,
                        onchange: () => ctx.dispatch((s) => toggleFilter(s, key, o.id as never)),
                      }),
                      ' ',
                      o.label,
                      counted
                        ? h(
                            'span',
                            { className: 'count', 'aria-label': t.t('filters.count', { count: count ?? 0 }) },
                            String(count ?? 0),
                          )
                        : null,
                    ),
                  );
                }),
              ),
            ),
          );
        }),
      );
      // Focus inside the body was lost when it was filled after replaceKeepingFocus.
      if (focusKey) container.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey)}"]`)?.focus();
    },
    (ctx) =>
      JSON.stringify([ctx.t.lang, ctx.state.filters, ctx.state.year, identity(ctx.res.reference), identity(ctx.slice)]),
  );
}
