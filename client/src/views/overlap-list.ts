import type { OverlapsQuery } from '../api/generated.ts';
import { selectOrganisation } from '../state/transitions.ts';
import { dataOf, groupName, helpNames, type ViewContext } from './context.ts';
import { h } from './dom.ts';
import { complementText, overlapText } from './explain.ts';
import { feedback } from './feedback.ts';
import { glossaryLink } from './glossary.ts';

/** A button that opens an organisation's details. */
export const orgButton = (ctx: ViewContext, org: { id: string; name: string } | null): HTMLElement | null =>
  org
    ? h(
        'button',
        {
          type: 'button',
          className: 'link-button',
          'data-focus': `mode-org-${org.id}`,
          onclick: () => ctx.dispatch((s) => selectOrganisation(s, org.id)),
        },
        org.name,
      )
    : null;

const pair = (ctx: ViewContext, orgs: readonly { id: string; name: string }[]) =>
  h('span', { className: 'pair' }, orgButton(ctx, orgs[0] ?? null), ' ↔ ', orgButton(ctx, orgs[1] ?? null));

/**
 * Overlap mode's list: the pairs that give the same group the same kind of help (the shared help named, a possible
 * overlap marked), then the pairs that complement each other, each with what it gives.
 */
export function overlapList(ctx: ViewContext, region: string): (HTMLElement | null)[] {
  const { t } = ctx;
  const data: OverlapsQuery | null = dataOf(ctx.res.overlaps);
  const group = (id: string) => groupName(ctx, id);
  const help = (ids: readonly string[]) => helpNames(ctx, ids);
  return [
    h('h3', {}, t.t('overlap.heading', { region }), ' ', glossaryLink(ctx, 'overlap')),
    h('p', { className: 'hint' }, t.t('overlap.bubbles')),
    feedback(t, 'what.overlaps', ctx.res.overlaps, ctx.actions),
    data === null
      ? null
      : data.overlaps.length === 0
        ? h('p', {}, t.t('overlap.none'))
        : h(
            'ul',
            { className: 'mode-list', id: 'overlap-list' },
            [...data.overlaps]
              .sort((a, b) => b.score - a.score)
              .map((o) =>
                h(
                  'li',
                  {},
                  pair(ctx, o.organisations),
                  h('span', { className: 'badge' }, group(o.targetGroup.id)),
                  h('span', { className: 'badge', 'data-testid': 'overlap-help' }, help(o.sharedHelp)),
                  o.phaseChecked ? null : h('span', { className: 'badge' }, t.t('overlap.possible')),
                  h('span', { className: 'muted' }, ` ${t.t('overlap.score', { score: o.score.toFixed(2) })}`),
                  h('p', {}, overlapText(t, o, group, help)),
                ),
              ),
          ),
    data === null ? null : h('h3', {}, t.t('overlap.complements')),
    data === null
      ? null
      : data.complements.length === 0
        ? h('p', {}, t.t('overlap.noComplements'))
        : h(
            'ul',
            { className: 'mode-list', id: 'complement-list' },
            data.complements.map((c) =>
              h(
                'li',
                {},
                pair(ctx, c.organisations),
                h('span', { className: 'badge' }, group(c.targetGroup.id)),
                h('p', {}, complementText(t, c, group, help)),
              ),
            ),
          ),
  ];
}
