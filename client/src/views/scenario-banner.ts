import type { ScenarioDetailsQuery } from '../api/generated.ts';
import type { Resource } from '../data/cache.ts';
import { setCompare, setScenario } from '../state/transitions.ts';
import { toSearch } from '../state/url.ts';
import type { ViewContext } from './context.ts';
import { h, identity, memo } from './dom.ts';

/** The scenario's details, asked once per id (main.ts passes the cache). */
export type ScenarioSource = (id: string) => Resource<ScenarioDetailsQuery> | null;

/**
 * The banner over a map shown as if a scenario's changes were made: which scenario, that it is not the map itself,
 * which views cannot answer as if yet (they show the live map), and a link back to the live map.
 */
export function mountScenarioBanner(container: HTMLElement, source: ScenarioSource): (ctx: ViewContext) => void {
  return memo(
    (ctx) => {
      const { t, state } = ctx;
      container.hidden = state.scenario === null;
      if (state.scenario === null) return container.replaceChildren();
      const res = source(state.scenario);
      const scenario = res?.status === 'ok' ? res.data.scenario : null;
      const title =
        res?.status === 'ok' && scenario === null
          ? t.t('scenario.banner.unknown', { id: state.scenario })
          : t.t('scenario.banner.title', { title: scenario?.title ?? state.scenario });
      const live = h(
        'a',
        {
          id: 'scenario-live-link',
          href: toSearch({ ...state, scenario: null }) || '?',
          onclick: (e: Event) => {
            e.preventDefault();
            ctx.dispatch((s) => setScenario(s, null));
          },
        },
        t.t('scenario.banner.live'),
      );
      container.replaceChildren(
        h('p', { className: 'scenario-banner__title' }, h('strong', { id: 'scenario-banner-title' }, title)),
        h('p', {}, t.t('scenario.banner.asIf')),
        h('p', { id: 'scenario-banner-live-only' }, t.t('scenario.banner.liveOnly')),
        h(
          'p',
          {},
          live,
          ' · ',
          h(
            'a',
            {
              id: 'scenario-compare-link',
              href: toSearch({ ...state, compare: { kind: 'scenario' } }),
              onclick: (e: Event) => {
                e.preventDefault();
                ctx.dispatch((s) => setCompare(s, { kind: 'scenario' }));
              },
            },
            t.t('scenario.banner.compare'),
          ),
        ),
      );
    },
    (ctx) => {
      const id = ctx.state.scenario;
      return JSON.stringify([ctx.t.lang, toSearch(ctx.state), id ? identity(source(id)) : 0]);
    },
  );
}
