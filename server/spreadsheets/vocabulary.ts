import type { ReferenceData } from '../repos/reference-data.ts';
import { REFERRAL_KINDS, REFERRAL_STATUSES, SERVE_ROLES, SERVICE_STATUSES, type ValueSet } from './columns.ts';

/** The allowed values of every vocabulary column, by value set. */
export type ImportVocabulary = Readonly<Record<ValueSet, readonly string[]>>;

/**
 * The vocabulary an import is checked against: target groups, phases, themes, lines, organisation types and scales
 * from the database (as the API knows them), and the model's fixed roles and statuses (server/domain/rules.ts).
 */
export async function loadImportVocabulary(reference: ReferenceData): Promise<ImportVocabulary> {
  const vocabulary = await reference.vocabulary();
  return {
    targetGroup: vocabulary.targetGroups.map((t) => t.id),
    phase: vocabulary.phases.map((p) => p.id),
    theme: vocabulary.themes.map((t) => t.id),
    line: vocabulary.lines,
    orgType: vocabulary.orgTypes,
    scale: vocabulary.scales,
    role: SERVE_ROLES,
    serviceStatus: SERVICE_STATUSES,
    referralKind: REFERRAL_KINDS,
    referralStatus: REFERRAL_STATUSES,
  };
}
