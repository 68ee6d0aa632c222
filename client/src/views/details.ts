import {
  coverageAddForm,
  coverageRemoveForm,
  coverageUpdateForm,
  organisationDeleteForm,
  organisationUpdateForm,
  referralCreateForm,
  referralDeleteForm,
  referralUpdateForm,
  serviceCreateForm,
  serviceDeleteForm,
  serviceUpdateForm,
  servesAddForm,
  servesRemoveForm,
  servesUpdateForm,
} from '../edit/forms.ts';
import type { FormSpec } from '../edit/form-spec.ts';
import { editing } from '../edit/session.ts';
import { selectOrganisation, setMode, setView } from '../state/transitions.ts';
import type { OrganisationDetails } from '../api/responses.ts';
import { dataOf, helpNames, type ViewContext } from './context.ts';
import { h, identity, memo, replaceKeepingFocus } from './dom.ts';
import { feedback } from './feedback.ts';
import { figuresSection } from './figures-panel.ts';
import { glossaryLink } from './glossary.ts';
import { historySection } from './history.ts';
import { citationText, sourceList } from './sources.ts';
import { networkDetails } from './network-panel.ts';

const period = (from: number | null, to: number | null): string | null =>
  from === null && to === null ? null : `${from ?? '…'}–${to ?? '…'}`;

function section(title: string, id: string, ...content: (Node | null | (Node | null)[])[]): HTMLElement {
  return h('section', { className: 'details__section', 'aria-labelledby': id }, h('h3', { id }, title), ...content);
}

/** Edit buttons for the organisation's facts, only in edit mode and where the API says it may be changed. */
function editControls(ctx: ViewContext, org: OrganisationDetails) {
  const on = editing(ctx.session) && org.editable;
  const { t } = ctx;
  const button = (focus: string, text: string, label: string | null, form: () => FormSpec, danger = false) =>
    h(
      'button',
      {
        type: 'button',
        className: danger ? 'button button--small button--danger-outline' : 'button button--small button--secondary',
        'data-focus': focus,
        'aria-label': label,
        'aria-haspopup': 'dialog',
        onclick: () => ctx.edit.openForm(form()),
      },
      text,
    );
  /** "Wijzigen" and "Verwijderen" beside one fact, named after it for screen readers. */
  const pair = (key: string, what: string, change: () => FormSpec, remove: () => FormSpec) =>
    on
      ? h(
          'span',
          { className: 'edit-actions' },
          button(`edit-${key}`, t.t('edit.change'), t.t('edit.changeWhat', { what }), change),
          button(`remove-${key}`, t.t('edit.remove'), t.t('edit.removeWhat', { what }), remove, true),
        )
      : null;
  const add = (key: string, text: string, form: () => FormSpec) =>
    on ? h('div', { className: 'button-row edit-add' }, button(key, text, null, form)) : null;
  return { on, button, pair, add };
}

function body(ctx: ViewContext, org: OrganisationDetails): (Node | null)[] {
  const { t, state } = ctx;
  const edit = editControls(ctx, org);
  const groupLabel = (sv: OrganisationDetails['serves'][number]) =>
    t.lang === 'en' && sv.targetGroup.nameEn ? sv.targetGroup.nameEn : sv.targetGroup.name;
  const deviations = (dataOf(ctx.res.conformance)?.conformance ?? []).filter((d) => d.organisation.id === org.id);
  const other = (o: { id: string; name: string }) =>
    h(
      'button',
      {
        type: 'button',
        className: 'link-button',
        'data-focus': `details-org-${o.id}`,
        onclick: () => ctx.dispatch((s) => selectOrganisation(s, o.id)),
      },
      o.name,
    );
  const referrals = (list: OrganisationDetails['referralsOut'], direction: 'out' | 'in') =>
    list.length === 0
      ? h('p', { className: 'muted' }, t.t('details.none'))
      : h(
          'ul',
          { className: 'details__list' },
          list.map((r) =>
            h(
              'li',
              {},
              other(direction === 'out' ? r.to : r.from),
              ' ',
              h('span', { className: `badge badge--status-${r.status}` }, t.label('status', r.status)),
              r.kind === 'warm-handover'
                ? h('span', { className: 'badge' }, t.t('glossary.warme-overdracht.term'))
                : null,
              r.subject ? h('p', {}, r.subject) : null,
              edit.pair(
                `referral-${r.id}`,
                t.t('edit.what.referral', { from: r.from.name, to: r.to.name }),
                () => referralUpdateForm(org, r),
                () => referralDeleteForm(org, r),
              ),
              sourceList(t, r.provenance, true),
            ),
          ),
        );
  const yearText = state.year === null ? '' : ` ${t.t('details.servicesYear', { year: state.year })}`;
  return [
    h(
      'dl',
      { className: 'facts' },
      h('dt', {}, t.t('details.type')),
      h('dd', {}, t.label('type', org.type)),
      h('dt', {}, t.t('details.scale')),
      h('dd', {}, t.label('scale', org.scale ?? 'unknown')),
      org.lines.length ? h('dt', {}, t.t('details.lines'), ' ', glossaryLink(ctx, 'eerstelijns')) : null,
      org.lines.length ? h('dd', {}, org.lines.map((l) => t.label('line', l)).join(', ')) : null,
      org.phases.length ? h('dt', {}, t.t('details.phases'), ' ', glossaryLink(ctx, 'fase')) : null,
      org.phases.length ? h('dd', {}, org.phases.map((p) => t.label('phase', p)).join(', ')) : null,
      org.themes.length ? h('dt', {}, t.t('details.themes')) : null,
      org.themes.length ? h('dd', {}, org.themes.map((x) => t.label('theme', x)).join(', ')) : null,
      org.help.length ? h('dt', {}, t.t('details.help')) : null,
      org.help.length ? h('dd', { 'data-testid': 'details-help' }, helpNames(ctx, org.help)) : null,
      org.aliases.length ? h('dt', {}, t.t('details.aliases')) : null,
      org.aliases.length ? h('dd', {}, org.aliases.join(', ')) : null,
    ),
    org.generic ? h('p', { className: 'alert alert--info' }, t.t('details.generic')) : null,
    org.description ? h('p', { className: 'details__description', id: 'details-description' }, org.description) : null,
    editing(ctx.session)
      ? org.editable
        ? h(
            'div',
            { className: 'button-row edit-toolbar', role: 'group', 'aria-label': t.t('edit.groupLabel') },
            edit.button('edit-organisation', t.t('edit.organisation'), null, () => organisationUpdateForm(org)),
            edit.button('add-referral', t.t('edit.addReferral'), null, () => referralCreateForm(org.id, null)),
            edit.button(
              'delete-organisation',
              t.t('edit.deleteOrganisation'),
              null,
              () => organisationDeleteForm(org),
              true,
            ),
          )
        : h(
            'p',
            { className: 'alert alert--info', id: 'details-not-editable' },
            t.t('edit.notEditable', {
              provinces: ctx.session.viewer?.provinces.map((p) => p.name).join(', ') || t.t('session.wholeCountry'),
            }),
          )
      : null,
    section(t.t('details.sources'), 'details-sources', sourceList(t, org.provenance)),
    section(
      t.t('details.coverage'),
      'details-coverage',
      h(
        'ul',
        { className: 'details__list' },
        org.coverage.map((c) =>
          h(
            'li',
            {},
            h('strong', {}, c.region.name),
            h('span', { className: 'muted' }, ` (${t.label('level', c.region.level)})`),
            c.partial ? h('span', { className: 'badge' }, t.t('details.partial')) : null,
            period(c.validFrom, c.validTo)
              ? h(
                  'span',
                  { className: 'muted' },
                  ` ${t.t('details.validity', { period: period(c.validFrom, c.validTo)! })}`,
                )
              : null,
            edit.pair(
              `coverage-${c.region.id}`,
              t.t('edit.what.coverage', { region: c.region.name }),
              () => coverageUpdateForm(org, c),
              () => coverageRemoveForm(org, c),
            ),
            sourceList(t, c.provenance, true),
          ),
        ),
      ),
      edit.add('add-coverage', t.t('edit.addCoverage'), () => coverageAddForm(org)),
    ),
    section(
      t.t('details.serves'),
      'details-serves',
      h(
        'ul',
        { className: 'details__list' },
        org.serves.map((sv) =>
          h(
            'li',
            {},
            h('strong', {}, groupLabel(sv)),
            ': ',
            h('span', { className: `role role--${sv.role.toLowerCase()}` }, t.label('role', sv.role)),
            sv.help.length ? h('span', { className: 'muted' }, ` · ${helpNames(ctx, sv.help)}`) : null,
            sv.likelyRole
              ? h(
                  'span',
                  { className: 'muted' },
                  ` (${t.t('details.likely', { role: t.label('role', sv.likelyRole) })})`,
                )
              : null,
            sv.scope ? h('span', { className: 'muted' }, ` · ${t.t('details.scope', { region: sv.scope })}`) : null,
            period(sv.validFrom, sv.validTo)
              ? h('span', { className: 'muted' }, ` · ${period(sv.validFrom, sv.validTo)}`)
              : null,
            edit.pair(
              `serves-${sv.key}`,
              t.t('edit.what.serves', { group: groupLabel(sv) }),
              () => servesUpdateForm(org, sv, groupLabel(sv)),
              () => servesRemoveForm(org, sv, groupLabel(sv)),
            ),
            sourceList(t, sv.provenance, true),
          ),
        ),
      ),
      edit.add('add-serves', t.t('edit.addServes'), () => servesAddForm(org)),
    ),
    section(
      `${t.t('details.services')}${yearText}`,
      'details-services',
      org.services.length === 0
        ? h('p', { className: 'muted' }, t.t('details.servicesNone', { year: yearText }))
        : h(
            'ul',
            { className: 'details__list', id: 'details-services-list' },
            org.services.map((sv) =>
              h(
                'li',
                { 'data-id': sv.id },
                h('strong', {}, sv.name),
                period(sv.validFrom, sv.validTo)
                  ? h('span', { className: 'muted' }, ` ${period(sv.validFrom, sv.validTo)}`)
                  : null,
                sv.oneOffYears.length
                  ? h(
                      'span',
                      { className: 'muted' },
                      ` · ${t.t('details.oneOff', { years: sv.oneOffYears.join(', ') })}`,
                    )
                  : null,
                sv.status ? h('span', { className: 'badge' }, sv.status) : null,
                sv.renamedTo
                  ? h(
                      'p',
                      { className: 'muted' },
                      t.t('details.renamed', { name: sv.renamedTo.name, year: sv.renamedTo.year ?? '?' }),
                    )
                  : null,
                edit.pair(
                  `service-${sv.id}`,
                  t.t('edit.what.service', { name: sv.name }),
                  () => serviceUpdateForm(org, sv),
                  () => serviceDeleteForm(org, sv),
                ),
                sourceList(t, sv.provenance, true),
              ),
            ),
          ),
      edit.add('add-service', t.t('edit.addService'), () => serviceCreateForm(org)),
    ),
    section(t.t('details.referralsOut'), 'details-out', referrals(org.referralsOut, 'out')),
    section(t.t('details.referralsIn'), 'details-in', referrals(org.referralsIn, 'in')),
    section(
      t.t('details.deviations'),
      'details-deviations',
      feedback(t, 'what.conformance', ctx.res.conformance, ctx.actions),
      ctx.res.conformance?.status !== 'ok'
        ? null
        : deviations.length === 0
          ? h('p', { className: 'muted' }, t.t('details.deviationsNone'))
          : h(
              'ul',
              { className: 'details__list' },
              deviations.map((d) =>
                h(
                  'li',
                  {},
                  h(
                    'span',
                    { className: `badge badge--severity-${d.severity.toLowerCase()}` },
                    t.label('severity', d.severity),
                  ),
                  ' ',
                  h('code', {}, d.rule),
                  h('p', {}, h('strong', {}, `${t.t('details.expected')}: `), d.expected),
                  h('p', {}, h('strong', {}, `${t.t('details.actual')}: `), d.actual),
                  d.sources.length
                    ? h(
                        'p',
                        { className: 'muted' },
                        `${t.t('details.source')}: ${d.sources.map(citationText).join('; ')}`,
                      )
                    : null,
                ),
              ),
            ),
    ),
    figuresSection(t, org),
    historySection(ctx),
  ];
}

/** The details panel of the selected organisation, with the sources of each fact. */
export function mountDetails(container: HTMLElement): (ctx: ViewContext) => void {
  return memo(
    (ctx) => {
      const { t, state } = ctx;
      if (state.selected === null) {
        container.hidden = true;
        container.replaceChildren();
        return;
      }
      container.hidden = false;
      const org = dataOf(ctx.res.organisation)?.organisation;
      const id = state.selected;
      const close = h(
        'button',
        {
          type: 'button',
          className: 'button button--secondary button--small',
          'data-focus': 'details-close',
          onclick: () => ctx.dispatch((s) => selectOrganisation(s, null)),
        },
        t.t('details.close'),
      );
      replaceKeepingFocus(
        container,
        h(
          'div',
          { className: 'details__header' },
          h('h2', { id: 'details-heading', tabindex: -1 }, org?.name ?? t.t('details.heading')),
          close,
        ),
        feedback(t, 'what.organisation', ctx.res.organisation, ctx.actions),
        ctx.res.organisation?.status === 'ok' && !org
          ? h('p', { className: 'alert alert--warning' }, t.t('details.notFound', { id }))
          : null,
        org
          ? h(
              'div',
              { className: 'button-row' },
              h(
                'button',
                {
                  type: 'button',
                  className: 'button button--small',
                  'data-focus': 'details-graph',
                  onclick: () => ctx.dispatch((s) => setView(s, 'graaf')),
                },
                t.t('details.showInGraph'),
              ),
              state.targetGroup && state.region
                ? h(
                    'button',
                    {
                      type: 'button',
                      className: 'button button--small button--secondary',
                      'data-focus': 'details-paths',
                      onclick: () => ctx.dispatch((s) => setView(setMode({ ...s, pathFrom: id }, 'pad'), 'graaf')),
                    },
                    t.t('details.pathFromHere'),
                  )
                : null,
            )
          : null,
        org ? networkDetails(ctx, id) : null,
        org ? body(ctx, org) : null,
      );
    },
    (ctx) =>
      JSON.stringify([
        ctx.t.lang,
        ctx.state.selected,
        ctx.state.year,
        ctx.state.targetGroup && ctx.state.region,
        identity(ctx.res.organisation),
        identity(ctx.res.conformance),
        identity(ctx.res.history),
        identity(ctx.res.network),
        editing(ctx.session),
        ctx.session.viewer?.role ?? null,
        ctx.session.historyOpen,
        ctx.session.revision,
      ]),
  );
}
