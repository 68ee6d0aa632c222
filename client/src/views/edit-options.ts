import type { Vocabulary } from '../edit/form-spec.ts';
import { DELETE_MODES, REFERRAL_KINDS, REFERRAL_STATUSES, SERVICE_STATUSES } from '../edit/vocabulary.ts';
import { SCALE_ORDER } from '../graph/appearance.ts';
import type { MessageKey } from '../i18n/index.ts';
import { ROLES } from '../state/view-state.ts';
import { dataOf, groupName, type ViewContext } from './context.ts';

/** A choice of a select, check list or radio group. */
export interface Option {
  value: string;
  label: string;
  hint?: string;
}

// From local to beyond national, as the layouts place them; a scale they do not know goes last.
const scaleRank = (id: string): number => {
  const i = (SCALE_ORDER as readonly string[]).indexOf(id);
  return i < 0 ? SCALE_ORDER.length : i;
};

/** The labelled choices of a vocabulary in the page's language, from the translations and the reference data. */
export function optionsOf(ctx: Pick<ViewContext, 't' | 'res'>, vocabulary: Vocabulary): Option[] {
  const { t } = ctx;
  const ref = dataOf(ctx.res.reference);
  switch (vocabulary) {
    case 'types':
      return (ref?.organisationTypes ?? [])
        .map((id) => ({ value: id, label: t.label('type', id) }))
        .sort((a, b) => a.label.localeCompare(b.label, t.lang));
    case 'scales':
      return [...(ref?.scales ?? [])]
        .sort((a, b) => scaleRank(a) - scaleRank(b))
        .map((id) => ({ value: id, label: t.label('scale', id) }));
    case 'lines':
      return (ref?.lines ?? []).map((id) => ({ value: id, label: t.label('line', id) }));
    case 'phases':
      return [...(ref?.phases ?? [])]
        .sort((a, b) => a.order - b.order)
        .map((p) => ({ value: p.id, label: t.label('phase', p.id, p.name) }));
    case 'themes':
      return (ref?.themes ?? []).map((x) => ({ value: x.id, label: t.label('theme', x.id, x.name) }));
    case 'roles':
      return ROLES.map((id) => ({ value: id, label: t.label('role', id) }));
    case 'targetGroups':
      return (ref?.targetGroups ?? []).map((g) => ({ value: g.id, label: groupName(ctx, g.id) }));
    case 'serviceStatuses':
      return SERVICE_STATUSES.map((id) => ({ value: id, label: t.t(`serviceStatus.${id}` as MessageKey) }));
    case 'referralKinds':
      return REFERRAL_KINDS.map((id) => ({ value: id, label: t.t(`referralKind.${id}` as MessageKey) }));
    case 'referralStatuses':
      return REFERRAL_STATUSES.map((id) => ({ value: id, label: t.label('status', id.toLowerCase()) }));
    case 'deleteModes':
      return DELETE_MODES.map((id) => ({
        value: id,
        label: t.t(`deleteMode.${id}` as MessageKey),
        hint: t.t(`deleteMode.${id}.hint` as MessageKey),
      }));
  }
}
