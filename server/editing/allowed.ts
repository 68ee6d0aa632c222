import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT_DIR } from '../config.ts';
import { LINES, SERVICE_STATUSES } from '../domain/rules.ts';
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

let cached: AllowedValues | null = null;

/**
 * The same values read once from the seed's vocabulary file: only for callers that have no vocabulary at hand yet.
 * New code takes allowedValuesOf(await ctx.reference.vocabulary()).
 */
export function allowedValues(): AllowedValues {
  if (cached) return cached;
  const doc = parseYaml(readFileSync(path.join(ROOT_DIR, 'seed', 'data', 'vocabulary.yaml'), 'utf8')) as {
    orgTypes?: { id: string }[];
    scales?: { id: string }[];
  };
  cached = Object.freeze({
    orgTypes: Object.freeze((doc.orgTypes ?? []).map((t) => t.id)),
    scales: Object.freeze((doc.scales ?? []).map((s) => s.id)),
    lines: LINES,
    serviceStatuses: SERVICE_STATUSES,
  });
  return cached;
}
