import type { RegionLevel } from '../api/generated.ts';
import type { Translator } from '../i18n/index.ts';
import type { Answer } from '../api/responses.ts';
import type { Complements, GapReport, Overlaps } from '../graph/highlight.ts';

// The API explains its answers in English sentences. In English the explorer shows them as they are; in
// Dutch it writes the same facts from the structured fields with its own translations.

/** Size order of region levels, country first. */
const LEVEL_ORDER: RegionLevel[] = ['COUNTRY', 'KVK_REGION', 'PROVINCE', 'AREA', 'COROP', 'MUNICIPALITY'];

/**
 * How a provider covers the region asked about, in the page's language.
 * @example coverageText(t, match, { id: 'PV21', name: 'Fryslân', level: 'PROVINCE' })
 */
export function coverageText(
  t: Translator,
  match: Pick<Answer[number], 'explanation' | 'coveredVia' | 'partial'>,
  asked: { id: string; name: string; level: RegionLevel } | null,
): string {
  if (t.lang === 'en' || asked === null) return match.explanation;
  const via = match.coveredVia;
  if (via.id === asked.id) return t.t(match.partial ? 'how.partOf' : 'how.itself', { region: asked.name });
  const wider = LEVEL_ORDER.indexOf(via.level) < LEVEL_ORDER.indexOf(asked.level);
  return wider
    ? t.t('how.wider', { via: via.name, region: asked.name })
    : t.t('how.narrower', { via: via.name, region: asked.name });
}

/** A referral gap in the page's language. */
export function gapText(
  t: Translator,
  gap: GapReport['deadEnds'][number],
  region: string,
  group: (id: string) => string,
): string {
  if (t.lang === 'en') return gap.explanation;
  const vars = {
    org: gap.organisation?.name ?? '',
    other: gap.other?.name ?? '',
    group: gap.targetGroup ? group(gap.targetGroup.id) : '',
    region,
  };
  return t.t(`gapText.${gap.kind}`, vars);
}

/**
 * What two overlapping providers share, in the page's language: the kind of help first (why they overlap), then
 * the phases and themes; a possible overlap (phases not recorded) says so. English keeps the API's sentence.
 */
export function overlapText(
  t: Translator,
  overlap: Overlaps[number],
  group: (id: string) => string,
  help: (ids: readonly string[]) => string,
): string {
  if (t.lang === 'en') return overlap.explanation;
  const [a, b] = overlap.organisations;
  const shared = [
    ...overlap.sharedPhases.map((p) => t.label('phase', p)),
    ...overlap.sharedThemes.map((x) => t.label('theme', x)),
  ];
  const text = t.t(shared.length > 0 ? 'overlapText.shared' : 'overlapText.group', {
    a: a?.name ?? '',
    b: b?.name ?? '',
    help: help(overlap.sharedHelp),
    group: group(overlap.targetGroup.id),
    shared: shared.join(', '),
  });
  return overlap.phaseChecked ? text : `${text} ${t.t('overlapText.possible')}`;
}

/** How two providers complement each other, in the page's language: what each gives. */
export function complementText(
  t: Translator,
  complement: Complements[number],
  group: (id: string) => string,
  help: (ids: readonly string[]) => string,
): string {
  if (t.lang === 'en') return complement.explanation;
  const [a, b] = complement.organisations;
  const helpOf = (id: string | undefined) => help(complement.help.find((x) => x.organisation.id === id)?.help ?? []);
  return complement.sharedHelp.length > 0
    ? t.t('complementText.phase', {
        a: a?.name ?? '',
        b: b?.name ?? '',
        help: help(complement.sharedHelp),
        group: group(complement.targetGroup.id),
      })
    : t.t('complementText.help', {
        a: a?.name ?? '',
        b: b?.name ?? '',
        helpA: helpOf(a?.id),
        helpB: helpOf(b?.id),
        group: group(complement.targetGroup.id),
      });
}
