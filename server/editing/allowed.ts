import { SERVICE_STATUSES } from '../domain/rules.ts';
import type { Vocabulary } from '../repos/catalog.ts';

/** The controlled values of editable fields that are not nodes in the graph. */
export interface AllowedValues {
  readonly orgTypes: readonly string[];
  readonly scales: readonly string[];
  readonly lines: readonly string[];
  readonly serviceStatuses: readonly string[];
}

/**
 * The allowed values from the database's vocabulary (repos/catalog.ts), the one source at run time, and the model's
 * fixed service statuses (domain/rules.ts).
 */
export function allowedValuesOf(vocabulary: Pick<Vocabulary, 'orgTypes' | 'scales' | 'lines'>): AllowedValues {
  return Object.freeze({
    orgTypes: vocabulary.orgTypes,
    scales: vocabulary.scales,
    lines: vocabulary.lines,
    serviceStatuses: SERVICE_STATUSES,
  });
}

/** The allowed values of an edit's reference data. */
export async function allowedOf(env: { reference: { vocabulary(): Promise<Vocabulary> } }): Promise<AllowedValues> {
  return allowedValuesOf(await env.reference.vocabulary());
}
