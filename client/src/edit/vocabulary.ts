import type { DeleteMode, ReferralKind, ReferralStatus, ServiceStatus } from '../api/generated.ts';
import { PHASE_ORDER, SCALE_ORDER, TYPE_APPEARANCE } from '../graph/appearance.ts';

// The values the edit forms offer. The API checks them against the seed's vocabulary and names what it
// allows when a value is refused; these lists only spare the user typing.

/** Organisation types, as the legend knows them. */
export const ORGANISATION_TYPES: readonly string[] = Object.keys(TYPE_APPEARANCE);
export const SCALES: readonly string[] = SCALE_ORDER;
export const LINES = ['eerstelijns', 'tweedelijns'] as const;
export const PHASES: readonly string[] = PHASE_ORDER;
export const SERVICE_STATUSES = ['PLANNED', 'ACTIVE', 'ONE_OFF', 'STOPPED'] as const satisfies ServiceStatus[];
export const REFERRAL_KINDS = ['REFERRAL', 'WARM_HANDOVER'] as const satisfies ReferralKind[];
export const REFERRAL_STATUSES = [
  'ACTIVE',
  'PILOT',
  'PLANNED',
  'WISHED',
  'RECOMMENDED',
  'PAST',
  'POSSIBLE',
] as const satisfies ReferralStatus[];
export const DELETE_MODES = ['REFUSE', 'REMOVE_RELATIONSHIPS'] as const satisfies DeleteMode[];

/** A stored lower-case value (`warm-handover`, `one-off`) as its enum value (`WARM_HANDOVER`, `ONE_OFF`), if allowed. */
export function toEnum<T extends string>(allowed: readonly T[], value: string | null | undefined): T | '' {
  const candidate = (value ?? '').trim().toUpperCase().replace(/-/g, '_');
  return (allowed as readonly string[]).includes(candidate) ? (candidate as T) : '';
}
