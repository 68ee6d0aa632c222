import type { RegionLevel } from '../api/generated.ts';
import { ask, setRegion, setTargetGroup } from '../state/transitions.ts';
import { createCombobox } from './combobox.ts';
import type { Reference } from '../api/responses.ts';
import { dataOf, type ViewContext } from './context.ts';
import { h } from './dom.ts';
import { glossaryLink } from './glossary.ts';
import type { Choice } from './match.ts';

/** Order in which region levels are listed among equally good matches: the common questions first. */
const LEVEL_RANK: Record<RegionLevel, number> = {
  PROVINCE: 0,
  KVK_REGION: 1,
  COROP: 2,
  AREA: 3,
  MUNICIPALITY: 4,
  COUNTRY: 5,
};

/** Every region as an autocomplete choice: name, level as hint, aliases, the common levels first. */
export function regionChoices(ctx: Pick<ViewContext, 't'>, regions: Reference['regions']): Choice[] {
  return regions.map<Choice>((r) => ({
    id: r.id,
    label: r.name,
    hint: ctx.t.label('level', r.level),
    aliases: r.aliases,
    rank: LEVEL_RANK[r.level],
  }));
}

/**
 * The question bar: "Wie bedient [doelgroep] in [regio]?" with two autocompletes over the target groups
 * and all regions (their aliases too), fed from the reference data loaded once.
 */
export function mountQuestionBar(container: HTMLElement, getCtx: () => ViewContext): (ctx: ViewContext) => void {
  const group = createCombobox({
    label: '',
    placeholder: '',
    onChoose: (id) => getCtx().dispatch((s) => setTargetGroup(s, id)),
    noMatches: (text) => getCtx().t.t('question.noMatches', { text }),
    matches: (count) => getCtx().t.t('question.matches', { count }),
  });
  const region = createCombobox({
    label: '',
    placeholder: '',
    onChoose: (id) => getCtx().dispatch((s) => setRegion(s, id)),
    // The API resolves names and aliases too; a typed name nobody picked is still a valid question.
    onFreeText: (text) => getCtx().dispatch((s) => setRegion(s, text)),
    noMatches: (text) => getCtx().t.t('question.noMatches', { text }),
    matches: (count) => getCtx().t.t('question.matches', { count }),
  });
  const before = h('span', { className: 'question__word' });
  const middle = h('span', { className: 'question__word' });
  const after = h('span', { className: 'question__word' });
  const clear = h('button', {
    type: 'button',
    className: 'button button--secondary',
    onclick: () => getCtx().dispatch((s) => ask(s, null, null)),
  });
  const termSlot = h('span', { className: 'question__terms' });
  const form = h(
    'form',
    { className: 'question', role: 'search', onsubmit: (e: Event) => e.preventDefault() },
    h('p', { className: 'question__sentence' }, before, group.element, middle, region.element, after),
    clear,
    termSlot,
  );
  container.replaceChildren(form);

  let choicesKey = '';
  let textKey = '';
  return (ctx) => {
    const { t } = ctx;
    if (textKey !== t.lang) {
      textKey = t.lang;
      form.setAttribute('aria-label', t.t('question.label'));
      before.textContent = t.t('question.before');
      middle.textContent = t.t('question.middle');
      after.textContent = t.t('question.after');
      clear.textContent = t.t('question.clear');
      group.setTexts(t.t('question.targetGroup'), t.t('question.targetGroupPlaceholder'));
      region.setTexts(t.t('question.region'), t.t('question.regionPlaceholder'));
      termSlot.replaceChildren(glossaryLink(ctx, 'doelgroep'), ' ', glossaryLink(ctx, 'corop'));
    }
    const ref = dataOf(ctx.res.reference);
    const key = `${t.lang}:${ref ? 'ref' : ''}`;
    if (ref && key !== choicesKey) {
      choicesKey = key;
      group.setChoices(
        ref.targetGroups.map<Choice>((g) => ({
          id: g.id,
          label: t.lang === 'en' && g.nameEn ? g.nameEn : g.name,
          aliases: [g.name, g.nameEn ?? '', g.id],
          // Entrepreneurs first; public bodies as a target group after them.
          rank: g.kind === 'public' ? 1 : 0,
        })),
      );
      region.setChoices(regionChoices(ctx, ref.regions));
    }
    group.setValue(ctx.state.targetGroup);
    region.setValue(ctx.state.region);
    clear.disabled = ctx.state.targetGroup === null && ctx.state.region === null;
  };
}
