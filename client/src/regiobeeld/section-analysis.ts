import type { SourceFieldsFragment } from '../api/generated.ts';
import { gapText, overlapText } from '../views/explain.ts';
import { h } from '../views/dom.ts';
import type { RegiobeeldData } from './load.ts';
import type { SectionContext, SectionSpec } from './section.ts';

type Network = RegiobeeldData['main']['referralNetwork'];
type Gap = RegiobeeldData['main']['referralGaps']['deadEnds'][number];

/** The sources of what an organisation's answer for a group says (the region's whoServes), none when it is no provider. */
function servingSources(data: RegiobeeldData, organisation: string, group: string): SourceFieldsFragment[] {
  const match = data.groups
    .find((g) => g.group.id === group)
    ?.whoServes.find((m) => m.organisation.id === organisation);
  return match ? [...match.provenance.sources, ...match.statements.flatMap((s) => s.provenance.sources)] : [];
}

/** The sources of the counted referrals (the statuses the network counts) from one organisation to another. */
function referralSources(network: Network, from: string | null, to: string | null): SourceFieldsFragment[] {
  const counted = new Set<string>(network.status);
  return network.organisations
    .filter((o) => from === null || o.organisation.id === from)
    .flatMap((o) =>
      o.organisation.referralsOut
        .filter((r) => counted.has(r.status.toUpperCase()) && (to === null || r.to.id === to))
        .flatMap((r) => r.provenance.sources),
    );
}

/** Where the statements about a referral gap come from: the referral, the provider's statement, or the organisation. */
function gapSources(data: RegiobeeldData, gap: Gap): SourceFieldsFragment[] {
  const org = gap.organisation;
  if (gap.kind === 'ONE_WAY' && org && gap.other)
    return referralSources(data.main.referralNetwork, org.id, gap.other.id);
  if (gap.kind === 'UNREACHABLE_GROUP' && gap.targetGroup)
    return (data.groups.find((g) => g.group.id === gap.targetGroup!.id)?.whoServes ?? []).flatMap(
      (m) => m.provenance.sources,
    );
  if (!org) return [];
  const serving = gap.targetGroup ? servingSources(data, org.id, gap.targetGroup.id) : [];
  return serving.length > 0 ? serving : org.provenance.sources;
}

export function overlapSection(t: SectionContext['t'], region: string): SectionSpec {
  return {
    id: 'rb-overlap',
    heading: t.t('regio.overlap.heading'),
    intro: t.t('regio.overlap.intro'),
    body(ctx) {
      const overlaps = ctx.data.main.overlaps;
      if (overlaps.length === 0) return h('p', {}, t.t('regio.overlap.none', { region }));
      const names = new Map(ctx.data.main.helpKinds.map((k) => [k.id, t.lang === 'en' ? k.nameEn : k.name]));
      const help = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
      return h(
        'ul',
        { className: 'rb-list' },
        overlaps.map((o) =>
          h(
            'li',
            {},
            overlapText(t, o, ctx.group, help),
            ' ',
            ctx.cite(o.organisations.flatMap((org) => servingSources(ctx.data, org.id, o.targetGroup.id))),
          ),
        ),
      );
    },
  };
}

export function referralSection(t: SectionContext['t'], region: string, data: RegiobeeldData): SectionSpec {
  const network = data.main.referralNetwork;
  return {
    id: 'rb-verwijzingen',
    heading: t.t('regio.referrals.heading'),
    intro: t.t('regio.referrals.intro', {
      referrals: t.n(network.referrals),
      unknown: t.n(network.withoutReferrals.length),
    }),
    body(ctx) {
      const gaps = ctx.data.main.referralGaps;
      const kinds = [gaps.unreachableGroups, gaps.deadEnds, gaps.unreferredProviders, gaps.oneWay, gaps.isolated];
      const weak = [
        ...network.weakPoints.map((w) => ({
          text: t.lang === 'en' ? w.explanationEn : w.explanation,
          sources: [
            ...referralSources(network, w.organisation.id, null),
            ...network.organisations.flatMap((o) => referralSources(network, o.organisation.id, w.organisation.id)),
          ],
          kind: 'weak-point',
        })),
        ...network.bridges.map((b) => ({
          text: t.lang === 'en' ? b.explanationEn : b.explanation,
          sources: referralSources(network, b.from.id, b.to.id),
          kind: 'bridge',
        })),
      ];
      return [
        h('h3', {}, t.t('regio.referrals.weak')),
        network.weakPointsComplete ? null : h('p', { className: 'alert' }, t.t('regio.referrals.incomplete')),
        weak.length === 0
          ? h('p', {}, t.t('regio.referrals.noWeak', { region }))
          : h(
              'ul',
              { className: 'rb-list', id: 'rb-weak' },
              weak.map((w) => h('li', { 'data-kind': w.kind }, w.text, ' ', ctx.cite(w.sources))),
            ),
        h('h3', {}, t.t('regio.referrals.gaps')),
        ...kinds.map((list) =>
          list.length === 0
            ? null
            : h(
                'div',
                { className: 'rb-gaps', 'data-kind': list[0]!.kind },
                h('h4', {}, t.label('gapKind', list[0]!.kind), ` (${t.n(list.length)})`),
                h(
                  'ul',
                  { className: 'rb-list' },
                  list.map((g) =>
                    h('li', {}, gapText(t, g, region, ctx.group), ' ', ctx.cite(gapSources(ctx.data, g))),
                  ),
                ),
              ),
        ),
      ];
    },
  };
}

export function conformanceSection(t: SectionContext['t'], region: string): SectionSpec {
  return {
    id: 'rb-afwijkingen',
    heading: t.t('regio.conformance.heading'),
    intro: t.t('regio.conformance.intro'),
    body(ctx) {
      const rows = ctx.data.main.conformance;
      if (rows.length === 0) return h('p', {}, t.t('regio.conformance.none', { region }));
      return h(
        'table',
        { className: 'rb-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['conformance.organisation', 'conformance.expected', 'conformance.actual', 'conformance.severity'].map(
              (k) => h('th', { scope: 'col' }, t.t(`regio.${k}` as 'regio.conformance.organisation')),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((d) =>
            h(
              'tr',
              { 'data-rule': d.rule },
              h('th', { scope: 'row' }, d.organisation.name, ` (${d.rule})`),
              h('td', { lang: 'en' }, d.expected),
              h('td', { lang: 'en' }, d.actual),
              h('td', {}, t.label('severity', d.severity), ' ', ctx.cite(d.sources)),
            ),
          ),
        ),
      );
    },
  };
}
