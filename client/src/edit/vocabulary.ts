import type { DeleteMode, ReferralKind, ReferralStatus, ServiceStatus } from '../api/generated-enums.ts';
import { REFERRAL_STATUS_APPEARANCE } from '../graph/appearance.ts';

// The fixed values the edit forms offer, in the order they are shown: the API's enums (generated from the schema),
// each list checked complete by the compiler. Organisation types, scales, lines, phases and themes come from the
// API's reference data (api/reference.graphql). The API checks every value again and names what it allows.

// A list that holds every value of an enum: a value missing from it, or one too many, is a type error.
type Every<T extends string, L extends readonly T[]> = [Exclude<T, L[number]>] extends [never] ? L : never;
const every =
  <T extends string>() =>
  <L extends readonly T[]>(values: Every<T, L>): Every<T, L> =>
    values;

export const SERVICE_STATUSES = every<ServiceStatus>()(['PLANNED', 'ACTIVE', 'ONE_OFF', 'STOPPED'] as const);
export const REFERRAL_KINDS = every<ReferralKind>()(['REFERRAL', 'WARM_HANDOVER'] as const);
/** Every referral status, in the legend's order (its table holds each status of the API, checked by the compiler). */
export const REFERRAL_STATUSES = Object.keys(REFERRAL_STATUS_APPEARANCE).map((s) => s.toUpperCase() as ReferralStatus);
export const DELETE_MODES = every<DeleteMode>()(['REFUSE', 'REMOVE_RELATIONSHIPS'] as const);

/** A stored lower-case value (`warm-handover`, `one-off`) as its enum value (`WARM_HANDOVER`, `ONE_OFF`), if allowed. */
export function toEnum<T extends string>(allowed: readonly T[], value: string | null | undefined): T | '' {
  const candidate = (value ?? '').trim().toUpperCase().replace(/-/g, '_');
  return (allowed as readonly string[]).includes(candidate) ? (candidate as T) : '';
}
