import type { WhoServesQuery } from '../api/generated.ts';
import { REGIOBEELD_LEVELS, regiobeeldLink } from '../regiobeeld/params.ts';
import { selectOrganisation } from '../state/transitions.ts';
import type { Answer } from '../api/responses.ts';
import { dataOf, groupName, helpNames, regionName, type ViewContext } from './context.ts';
import { h, identity, memo, replaceKeepingFocus } from './dom.ts';
import { feedback } from './feedback.ts';
import { coverageText } from './explain.ts';
import { glossaryLink } from './glossary.ts';
import { answerCounts, nationalSuffix } from './provider-counts.ts';
import { sourceList } from './sources.ts';

type Statement = Answer[number]['statements'][number];

/**
 * The answer to the question: each provider once, with its strongest role, its lines, how it covers the region
 * and its sources; the statements behind it (both readings of an ambiguous fact, say) open beneath it. Names open
 * the organisation's details.
 */
export function mountAnswer(container: HTMLElement): (ctx: ViewContext) => void {
  return memo(
    (ctx) => {
      const { t, state } = ctx;
      const heading = h('h2', { id: 'answer-heading' }, t.t('answer.heading'));
      if (state.targetGroup === null || state.region === null) {
        replaceKeepingFocus(container, heading, h('p', { className: 'muted' }, t.t('answer.prompt')));
        return;
      }
      const title = t.t('answer.title', {
        group: groupName(ctx, state.targetGroup),
        region: regionName(ctx, state.region),
      });
      const wait = feedback(t, 'what.answer', ctx.res.answer, ctx.actions);
      const matches = dataOf(ctx.res.answer)?.whoServes ?? null;
      const cell = dataOf(ctx.res.answer)?.coverageCell ?? null;
      const asked = dataOf(ctx.res.reference)?.regions.find((r) => r.id === state.region) ?? null;
      replaceKeepingFocus(
        container,
        heading,
        h('p', { className: 'answer__question' }, title),
        asked !== null && REGIOBEELD_LEVELS.includes(asked.level)
          ? h(
              'p',
              { className: 'answer__regiobeeld' },
              h(
                'a',
                { href: regiobeeldLink(asked.id, t.lang), id: 'answer-regiobeeld', title: t.t('regio.openHint') },
                t.t('regio.open', { region: asked.name }),
              ),
            )
          : null,
        wait,
        cell === null ? null : cellLine(ctx, cell),
        matches === null
          ? null
          : matches.length === 0
            ? cell?.status === 'UNMAPPED'
              ? h(
                  'p',
                  { className: 'alert alert--info' },
                  t.t('answer.noneUnmapped'),
                  ' ',
                  glossaryLink(ctx, 'niet-in-kaart'),
                )
              : h('p', { className: 'alert alert--warning' }, t.t('answer.none'), ' ', glossaryLink(ctx, 'gat'))
            : [
                // Counted as the matrix cell and the map count: organisations, regional ones apart from national.
                answerCountLine(ctx, matches),
                h(
                  'ol',
                  { className: 'answer', 'data-testid': 'answer-list' },
                  answerRows(matches).map((row) =>
                    row.kind === 'group' ? groupItem(ctx, row.members, asked) : answerItem(ctx, row.match, asked),
                  ),
                ),
              ],
      );
    },
    (ctx) =>
      JSON.stringify([
        ctx.t.lang,
        ctx.state.targetGroup,
        ctx.state.region,
        identity(ctx.res.answer),
        identity(ctx.res.reference),
      ]),
  );
}

type Cell = WhoServesQuery['coverageCell'];

/**
 * The cell's status for the question, so an answer says whether an empty place is a gap (and who looked) or
 * unknown (nobody looked).
 */
function cellLine(ctx: ViewContext, cell: Cell): HTMLElement {
  const { t } = ctx;
  const looked = cell.mappings.map((m) =>
    t.t('answer.mappedBy', { region: m.region.name, year: m.year === null ? '' : String(m.year) }),
  );
  return h(
    'div',
    { className: 'answer__status', 'data-testid': 'answer-status', 'data-status': cell.status },
    h(
      'p',
      {},
      h('span', { className: `swatch status--${cell.status.toLowerCase()}`, 'aria-hidden': 'true' }),
      ' ',
      h('strong', {}, t.label('coverage', cell.status)),
      ': ',
      t.t(`coverage.explain.${cell.status}`),
    ),
    looked.length > 0
      ? h(
          'details',
          { className: 'answer__mapped' },
          h('summary', {}, looked.join('; ')),
          cell.mappings.map((m) => sourceList(t, m.provenance, true)),
        )
      : null,
  );
}

/** Says when a statement was made about another group than the one asked: a broader, a narrower or all groups. */
function groupNote(
  ctx: ViewContext,
  m: { targetGroupRelation: Answer[number]['targetGroupRelation']; targetGroupVia: string | null },
): HTMLElement | null {
  if (m.targetGroupRelation === 'SAME' || m.targetGroupVia === null) return null;
  return h(
    'span',
    { className: 'muted answer__group', 'data-relation': m.targetGroupRelation },
    ` (${ctx.t.t(`answer.group.${m.targetGroupRelation}`, { group: groupName(ctx, m.targetGroupVia) })})`,
  );
}

type Match = Answer[number];
type Asked = Parameters<typeof coverageText>[2];

/** The rows of the answer in order: single organisations, and each member group (marked by the server) once. */
function answerRows(matches: Answer): ({ kind: 'one'; match: Match } | { kind: 'group'; members: Match[] })[] {
  const rows: ({ kind: 'one'; match: Match } | { kind: 'group'; members: Match[] })[] = [];
  const seen = new Set<string>();
  for (const m of matches) {
    const g = m.memberGroup;
    if (!g) rows.push({ kind: 'one', match: m });
    else if (!seen.has(g.id)) {
      seen.add(g.id);
      rows.push({ kind: 'group', members: matches.filter((x) => x.memberGroup?.id === g.id) });
    }
  }
  return rows;
}

/** One organisation of the answer: name (opens its details), type, role, lines, how it covers the region, sources. */
function answerItem(ctx: ViewContext, m: Match, asked: Asked): HTMLElement {
  const { t } = ctx;
  return h(
    'li',
    { className: 'answer__item', 'data-id': m.organisation.id },
    h(
      'button',
      {
        type: 'button',
        className: 'link-button answer__name',
        'data-focus': `answer-${m.organisation.id}`,
        'aria-label': t.t('answer.details', { name: m.organisation.name }),
        onclick: () => ctx.dispatch((s) => selectOrganisation(s, m.organisation.id)),
      },
      m.organisation.name,
    ),
    h('span', { className: 'muted' }, ` · ${t.label('type', m.organisation.type)}`),
    m.derivedFrom
      ? h('span', { className: 'muted' }, ` (${t.t('answer.derived', { collective: m.derivedFrom.collective.name })})`)
      : null,
    h(
      'dl',
      { className: 'facts' },
      h('dt', {}, t.t('answer.role')),
      h('dd', {}, h('span', { className: `role role--${m.role.toLowerCase()}` }, t.label('role', m.role))),
      m.lines.length > 0 ? h('dt', {}, t.t('answer.line')) : null,
      m.lines.length > 0 ? h('dd', {}, m.lines.map((l) => t.label('line', l)).join(', ')) : null,
      m.help.length > 0 ? h('dt', {}, t.t('answer.help'), ' ', glossaryLink(ctx, 'overlap')) : null,
      m.help.length > 0 ? h('dd', { 'data-testid': 'answer-help' }, helpNames(ctx, m.help)) : null,
      h('dt', {}, t.t('answer.how')),
      h(
        'dd',
        {},
        coverageText(ctx.t, m, asked),
        m.partial ? h('span', { className: 'badge' }, t.t('answer.partial')) : null,
        groupNote(ctx, m),
        h('span', { className: 'muted' }, ` (${t.t('answer.via', { region: m.coveredVia.name })})`),
      ),
    ),
    sourceList(t, m.provenance, true),
    statementList(ctx, m.statements, asked),
  );
}

/**
 * Municipalities (or provinces) that each serve the group in their own territory, by what the report says of
 * their collective: one row ("26 gemeenten, elk in de eigen gemeente") that opens to the list. A native
 * details/summary, so Enter and Space open it from the keyboard.
 */
function groupItem(ctx: ViewContext, members: readonly Match[], asked: Asked): HTMLElement {
  const { t } = ctx;
  const first = members[0]!;
  const g = first.memberGroup!;
  const label = t.t(g.memberType === 'province' ? 'answer.group.province' : 'answer.group.municipality', {
    count: g.size,
  });
  return h(
    'li',
    { className: 'answer__item answer__group', 'data-group': g.id, 'data-testid': 'answer-group' },
    h(
      'details',
      {},
      h(
        'summary',
        { 'data-testid': 'answer-group-summary' },
        h('strong', {}, label),
        ' · ',
        h('span', { className: `role role--${first.role.toLowerCase()}` }, t.label('role', first.role)),
        h('span', { className: 'muted' }, ` (${t.t('answer.derived', { collective: g.collective.name })})`),
      ),
      sourceList(t, first.provenance, true),
      h(
        'ol',
        { className: 'answer answer--members', 'data-testid': 'answer-group-members' },
        members.map((m) => answerItem(ctx, m, asked)),
      ),
    ),
  );
}

/** "2 regionale aanbieders + 1 landelijk": the same numbers as the matrix cell and the map for this question. */
function answerCountLine(ctx: ViewContext, matches: Parameters<typeof answerCounts>[0]): HTMLElement {
  const counts = answerCounts(matches);
  return h(
    'p',
    { className: 'muted', 'data-testid': 'answer-count' },
    ctx.t.t('answer.count', {
      count: counts.regional,
      national: nationalSuffix(ctx.t, counts.national, counts.local),
    }),
  );
}

/**
 * The statements behind one row, when there is more than one: each with its role, how it covers the region and
 * its sources (and which reading of an ambiguous fact it is).
 */
function statementList(
  ctx: ViewContext,
  statements: readonly Statement[],
  asked: Parameters<typeof coverageText>[2],
): HTMLElement | null {
  if (statements.length < 2) return null;
  const { t } = ctx;
  return h(
    'details',
    { className: 'answer__statements', 'data-testid': 'answer-statements' },
    h('summary', {}, t.t('answer.statements', { count: statements.length })),
    h(
      'ol',
      {},
      statements.map((s) =>
        h(
          'li',
          { className: 'answer__statement' },
          h('span', { className: `role role--${s.role.toLowerCase()}` }, t.label('role', s.role)),
          s.lines.length > 0 ? ` · ${s.lines.map((l) => t.label('line', l)).join(', ')}` : '',
          s.help.length > 0 ? ` · ${helpNames(ctx, s.help)}` : '',
          ` · ${coverageText(t, s, asked)}`,
          s.partial ? h('span', { className: 'badge' }, t.t('answer.partial')) : null,
          groupNote(ctx, s),
          s.scope ? h('span', { className: 'muted' }, ` (${t.t('answer.scope', { region: s.scope.name })})`) : null,
          s.derivedFrom
            ? h(
                'span',
                { className: 'muted' },
                ` (${t.t('answer.derived', { collective: s.derivedFrom.collective.name })})`,
              )
            : null,
          sourceList(t, s.provenance),
        ),
      ),
    ),
  );
}
