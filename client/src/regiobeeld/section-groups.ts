import { coverageText } from '../views/explain.ts';
import { h } from '../views/dom.ts';
import type { GroupAnswer } from './load.ts';
import { statusLabel, type SectionContext, type SectionSpec } from './section.ts';

type Match = GroupAnswer['whoServes'][number];

/** One provider: name, role, whether it is national, how it reaches the region, and its sources. */
function provider(ctx: SectionContext, m: Match): HTMLElement {
  const { t } = ctx;
  const national = !m.regional && !m.local;
  const asked = { id: ctx.data.region.id, name: ctx.region, level: ctx.data.region.level };
  const sources = [...m.provenance.sources, ...m.statements.slice(1).flatMap((x) => x.provenance.sources)];
  return h(
    'li',
    { 'data-id': m.organisation.id },
    h('strong', {}, m.organisation.name),
    ` — ${t.label('role', m.role)}`,
    national ? `, ${t.t('regio.groups.national')}` : '',
    m.derivedFrom ? `, ${t.t('regio.groups.derived', { collective: m.derivedFrom.collective.name })}` : '',
    `: ${coverageText(t, m, asked)}`,
    ' ',
    ctx.cite(sources),
  );
}

/** What the region's cell says when nobody serves the group: unknown (nobody looked) or a gap (a source looked). */
function empty(ctx: SectionContext, a: GroupAnswer): HTMLElement {
  const { t } = ctx;
  const status = a.coverageCell.status;
  const key =
    status === 'UNMAPPED'
      ? 'regio.groups.noneUnmapped'
      : status === 'GAP'
        ? 'regio.groups.noneGap'
        : 'regio.groups.none';
  return h('p', {}, t.t(key), ' ', ctx.cite(a.coverageCell.mappings.flatMap((m) => m.provenance.sources)));
}

/** Per target group of entrepreneurs: the region's coverage status and who serves it, as whoServes answers. */
export function groupsSection(t: SectionContext['t'], region: string): SectionSpec {
  return {
    id: 'rb-doelgroepen',
    heading: t.t('regio.groups.heading'),
    intro: t.t('regio.groups.intro', { region }),
    body: (ctx) =>
      ctx.data.groups.map((a) =>
        h(
          'div',
          { className: 'rb-group', 'data-group': a.group.id },
          h('h3', {}, ctx.group(a.group.id)),
          h('p', {}, `${t.t('regio.groups.status', { region })} `, statusLabel(t, a.coverageCell.status), '.'),
          a.whoServes.length === 0
            ? empty(ctx, a)
            : h(
                'ul',
                { className: 'rb-providers' },
                a.whoServes.map((m) => provider(ctx, m)),
              ),
        ),
      ),
  };
}
