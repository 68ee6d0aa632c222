import type {
  OrganisationNamesQuery,
  ScenarioChangeInput,
  ScenarioDetailsQuery,
  ScenarioFieldsFragment,
  ScenarioImpactQuery,
  ScenariosQuery,
} from '../api/generated.ts';
import type { Resource } from '../data/cache.ts';
import { canEdit } from '../edit/session.ts';
import { setScenario } from '../state/transitions.ts';
import { toSearch } from '../state/url.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { ViewContext } from './context.ts';
import { dataOf, regionName } from './context.ts';
import { h, identity, memo } from './dom.ts';
import { captionTable } from './caption-table.ts';
import { adoptForm } from './scenario-adopt.ts';
import { changeForm } from './scenario-change-form.ts';
import { impactView } from './scenario-impact.ts';
import { fieldBox, showProblem } from './scenario-problems.ts';

/** What the panel reads and sends; main.ts wires it to the cache and the API. */
export interface ScenarioPort {
  list(): Resource<ScenariosQuery> | null;
  details(id: string): Resource<ScenarioDetailsQuery> | null;
  impact(id: string, region: string): Resource<ScenarioImpactQuery> | null;
  names(): Resource<OrganisationNamesQuery> | null;
  /** Sends a mutation of scenarios.graphql with the session's token. */
  send<T>(operation: string, variables: Record<string, unknown>): Promise<T>;
  /** After a scenario changed: every answer asked of it is asked again. */
  changed(): void;
}

type Scenario = ScenarioFieldsFragment;

/** The organisations a scenario adds, which the live map's names do not list, for its pickers. */
const addedOrganisations = (s: Scenario) =>
  s.changes
    .filter((c) => c.kind === 'ADD_ORGANISATION' && c.organisation)
    .map((c) => ({ id: c.organisation!, label: c.name ?? c.organisation! }));

const loadingOr = <T>(ctx: ViewContext, r: Resource<T> | null, show: (data: T) => HTMLElement): HTMLElement =>
  r === null || r.status === 'loading'
    ? h('p', { className: 'muted' }, ctx.t.t('status.loading'))
    : r.status === 'error'
      ? h('p', { role: 'alert' }, ctx.t.t('scenario.failed'), ' ', h('span', { lang: 'en' }, r.error.message))
      : show(r.data);

/** A link that shows the map as if a scenario were made (or with null, the live map). */
function scenarioLink(ctx: ViewContext, id: string | null, text: string, current: boolean): HTMLElement {
  return h(
    'a',
    {
      href: toSearch({ ...ctx.state, scenario: id }) || '?',
      'aria-current': current ? 'true' : null,
      onclick: (e: Event) => {
        e.preventDefault();
        ctx.dispatch((s) => setScenario(s, id));
      },
    },
    text,
  );
}

function listView(ctx: ViewContext, port: ScenarioPort): HTMLElement {
  const notice = h('p', { id: 'scenario-notice', role: 'status' }, adoptedNotice ?? '');
  return h('div', {}, notice, listOf(ctx, port));
}

function listOf(ctx: ViewContext, port: ScenarioPort): HTMLElement {
  return loadingOr(ctx, port.list(), (data) =>
    data.scenarios.length === 0
      ? h('p', { className: 'muted' }, ctx.t.t('scenario.noneYet'))
      : h(
          'ul',
          { id: 'scenario-list', className: 'scenario-list' },
          data.scenarios.map((s) =>
            h(
              'li',
              {},
              scenarioLink(ctx, s.id, s.title, s.id === ctx.state.scenario),
              h('span', { className: 'muted' }, ` — ${s.owner}`),
            ),
          ),
        ),
  );
}

function createForm(ctx: ViewContext, port: ScenarioPort): HTMLElement {
  const { t } = ctx;
  const title = h('input', { id: 'scenario-title', type: 'text', 'data-field': 'title', 'aria-required': 'true' });
  const description = h('textarea', { id: 'scenario-description', 'data-field': 'description', rows: 2 });
  const form: HTMLFormElement = h(
    'form',
    {
      id: 'scenario-create-form',
      className: 'edit-form scenario-form',
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        showProblem(form, null);
        port
          .send<{ createScenario: Scenario }>('CreateScenario', {
            // The description is optional: an empty one is left out rather than sent as an empty text.
            input: {
              title: title.value.trim(),
              ...(description.value.trim() ? { description: description.value.trim() } : {}),
            },
          })
          .then(
            (data) => {
              port.changed();
              ctx.dispatch((s) => setScenario(s, data.createScenario.id));
            },
            (error: unknown) => showProblem(form, error, t),
          );
      },
    },
    h('h3', {}, t.t('scenario.createHeading')),
    fieldBox('title', h('label', { for: 'scenario-title' }, t.t('scenario.field.title')), title),
    fieldBox(
      'description',
      h('label', { for: 'scenario-description' }, t.t('scenario.field.description')),
      description,
    ),
    h('div', { className: 'button-row' }, h('button', { type: 'submit', className: 'button' }, t.t('scenario.create'))),
  );
  return form;
}

function changesTable(ctx: ViewContext, port: ScenarioPort, s: Scenario, editable: boolean): HTMLElement {
  const { t } = ctx;
  const feedback = h('div', { className: 'scenario-form' });
  const remove = (change: string) =>
    port.send('RemoveScenarioChange', { id: s.id, expectedVersion: s.version, change }).then(
      () => port.changed(),
      (error: unknown) => showProblem(feedback, error, t),
    );
  if (s.changes.length === 0) return h('p', { className: 'muted' }, t.t('scenario.noChanges'));
  const removeButton = (id: string) =>
    h(
      'button',
      {
        type: 'button',
        className: 'button button--secondary',
        'aria-label': t.t('scenario.removeChange', { id }),
        onclick: () => void remove(id),
      },
      t.t('scenario.remove'),
    );
  const headers = ['id', 'summary', 'source', 'note', ...(editable ? ['actions'] : [])].map((k) =>
    t.t(`scenario.column.${k}` as MessageKey),
  );
  return h(
    'div',
    {},
    captionTable(
      'scenario-changes',
      t.t('scenario.changes'),
      headers,
      s.changes.map((c) =>
        h(
          'tr',
          { id: `scenario-change-${c.id}`, tabindex: -1 },
          h('th', { scope: 'row' }, c.id),
          h('td', { lang: 'en' }, c.summary),
          h('td', {}, c.source),
          h('td', {}, c.note ?? ''),
          editable ? h('td', {}, removeButton(c.id)) : null,
        ),
      ),
    ),
    feedback,
  );
}

/** What the panel says after a scenario was adopted (it has left the list): the change that made it. */
let adoptedNotice: string | null = null;

function detailsView(ctx: ViewContext, port: ScenarioPort, s: Scenario, editor: boolean): HTMLElement {
  const { t } = ctx;
  const editable = editor && s.editable;
  const feedback = h('div', { className: 'scenario-form' });
  const discard = () => {
    if (!confirm(t.t('scenario.discardConfirm', { title: s.title }))) return;
    port.send('DiscardScenario', { id: s.id, expectedVersion: s.version }).then(
      () => {
        port.changed();
        ctx.dispatch((st) => setScenario(st, null));
      },
      (error: unknown) => showProblem(feedback, error, t),
    );
  };
  return h(
    'div',
    { className: 'scenario-details' },
    h('h3', { id: 'scenario-details-heading' }, s.title),
    s.description ? h('p', {}, s.description) : null,
    h('p', { className: 'muted' }, t.t('scenario.owner', { owner: s.owner, version: s.version })),
    changesTable(ctx, port, s, editable),
    editable
      ? h(
          'div',
          { className: 'button-row' },
          h(
            'button',
            { type: 'button', id: 'scenario-discard', className: 'button button--secondary', onclick: discard },
            t.t('scenario.discard'),
          ),
        )
      : null,
    feedback,
    // Any editor may try: the server adopts for an admin, or an editor whose provinces hold every change.
    editor && s.changes.length > 0
      ? adoptForm(t, s, port.send, (changeId) => {
          adoptedNotice = t.t('scenario.adopt.done', { title: s.title, id: changeId });
          port.changed();
          ctx.dispatch((st) => setScenario(st, null));
        })
      : null,
  );
}

/**
 * The scenarios panel: the list (each a link showing the map as if it were made), the chosen scenario's changes with
 * their sources, and what it changes in the question's region. Editors create scenarios, add and remove changes,
 * and discard them; only the owner or an admin may change one (the API's `editable`).
 */
export function mountScenarioPanel(container: HTMLElement, port: ScenarioPort): (ctx: ViewContext) => void {
  const listEl = h('div', { className: 'scenario-panel__list' });
  const createEl = h('div');
  const detailsEl = h('div');
  const formEl = h('div');
  const impactEl = h('div');
  container.append(
    h('h2', { id: 'scenarios-heading', 'data-i18n': 'scenario.heading' }),
    h('p', { className: 'muted', 'data-i18n': 'scenario.intro' }),
    listEl,
    createEl,
    detailsEl,
    formEl,
    impactEl,
  );
  const scenarioOf = (ctx: ViewContext) =>
    ctx.state.scenario ? (dataOf(port.details(ctx.state.scenario))?.scenario ?? null) : null;
  const editor = (ctx: ViewContext) => canEdit(ctx.session.viewer);
  let form: ReturnType<typeof changeForm> | null = null;
  const parts = [
    memo(
      (ctx: ViewContext) => listEl.replaceChildren(listView(ctx, port)),
      (ctx) => JSON.stringify([ctx.t.lang, toSearch(ctx.state), identity(port.list()), adoptedNotice]),
    ),
    memo(
      (ctx: ViewContext) => createEl.replaceChildren(editor(ctx) ? createForm(ctx, port) : ''),
      (ctx) => JSON.stringify([ctx.t.lang, editor(ctx), ctx.state.scenario]),
    ),
    memo(
      (ctx: ViewContext) => {
        const id = ctx.state.scenario;
        detailsEl.replaceChildren(
          id === null
            ? ''
            : loadingOr(ctx, port.details(id), (d) =>
                d.scenario ? detailsView(ctx, port, d.scenario, editor(ctx)) : h('p', {}, t(ctx, id)),
              ),
        );
      },
      (ctx) =>
        JSON.stringify([
          ctx.t.lang,
          ctx.state.scenario,
          editor(ctx),
          identity(ctx.state.scenario ? port.details(ctx.state.scenario) : null),
        ]),
    ),
    memo(
      (ctx: ViewContext) => {
        const s = scenarioOf(ctx);
        form =
          s && editor(ctx) && s.editable
            ? changeForm(ctx, port.names, addedOrganisations(s), (input) => add(ctx, s, input))
            : null;
        formEl.replaceChildren(form?.element ?? '');
      },
      (ctx) => {
        const s = scenarioOf(ctx);
        return JSON.stringify([ctx.t.lang, s?.id, s?.version, editor(ctx), ctx.res.reference.status]);
      },
    ),
    memo(
      () => form?.refresh(),
      () => String(form ? identity(port.names()) : 0),
    ),
    memo(
      (ctx: ViewContext) => {
        const id = ctx.state.scenario;
        const region = ctx.state.region;
        impactEl.replaceChildren(
          id === null
            ? ''
            : region === null
              ? h('p', { id: 'scenario-impact-hint' }, ctx.t.t('scenario.impact.chooseRegion'))
              : loadingOr(ctx, port.impact(id, region), (d) => impactView(ctx.t, d.scenarioImpact)),
        );
      },
      (ctx) => {
        const { scenario, region } = ctx.state;
        const r = scenario && region ? port.impact(scenario, region) : null;
        return JSON.stringify([ctx.t.lang, scenario, region, identity(r), regionName(ctx, region ?? '')]);
      },
    ),
  ];
  const add = async (ctx: ViewContext, s: Scenario, input: ScenarioChangeInput) => {
    await port.send('AddScenarioChanges', { id: s.id, expectedVersion: s.version, changes: [input] });
    port.changed();
  };
  const t = (ctx: ViewContext, id: string) => ctx.t.t('scenario.banner.unknown', { id });
  return (ctx) => {
    for (const el of container.querySelectorAll<HTMLElement>('[data-i18n]'))
      el.textContent = ctx.t.t(el.dataset['i18n'] as Parameters<typeof ctx.t.t>[0]);
    for (const part of parts) part(ctx);
  };
}
