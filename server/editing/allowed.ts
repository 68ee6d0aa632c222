import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT_DIR } from '../config.ts';

/** The controlled values of editable fields that are not nodes in the graph: from seed/data/vocabulary.yaml. */
export interface AllowedValues {
  readonly orgTypes: readonly string[];
  readonly scales: readonly string[];
  readonly lines: readonly string[];
  readonly serviceStatuses: readonly string[];
}

let cached: AllowedValues | null = null;

/** Reads the organisation types and scales of the vocabulary once; lines and statuses are fixed by the model. */
export function allowedValues(): AllowedValues {
  if (cached) return cached;
  const doc = parseYaml(readFileSync(path.join(ROOT_DIR, 'seed', 'data', 'vocabulary.yaml'), 'utf8')) as {
    orgTypes?: { id: string }[];
    scales?: { id: string }[];
  };
  cached = Object.freeze({
    orgTypes: Object.freeze((doc.orgTypes ?? []).map((t) => t.id)),
    scales: Object.freeze((doc.scales ?? []).map((s) => s.id)),
    lines: Object.freeze(['eerstelijns', 'tweedelijns']),
    serviceStatuses: Object.freeze(['planned', 'active', 'one-off', 'stopped']),
  });
  return cached;
}
