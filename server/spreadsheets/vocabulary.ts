import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT_DIR } from '../config.ts';
import type { Db } from '../db/run.ts';
import type { ReferenceData } from '../graphql/context.ts';
import { REFERRAL_KINDS, REFERRAL_STATUSES, SERVE_ROLES, SERVICE_STATUSES, type ValueSet } from './columns.ts';

/** The allowed values of every vocabulary column, by value set. */
export type ImportVocabulary = Readonly<Record<ValueSet, readonly string[]>>;

const VOCABULARY_FILE = path.join(ROOT_DIR, 'seed', 'data', 'vocabulary.yaml');

let typesAndScales: Promise<{ orgTypes: string[]; scales: string[] }> | null = null;

/** Organisation types and scales are not nodes in the graph: the seed's vocabulary file is their source. */
function readTypesAndScales(): Promise<{ orgTypes: string[]; scales: string[] }> {
  typesAndScales ??= readFile(VOCABULARY_FILE, 'utf8').then((text) => {
    const doc = parseYaml(text) as { orgTypes?: { id: string }[]; scales?: { id: string }[] };
    return { orgTypes: (doc.orgTypes ?? []).map((t) => t.id), scales: (doc.scales ?? []).map((s) => s.id) };
  });
  return typesAndScales;
}

/**
 * The vocabulary an import is checked against: target groups, phases and themes from the database (as the API
 * knows them), lines from the database, organisation types and scales from the vocabulary file, and the model's
 * fixed roles and statuses.
 */
export async function loadImportVocabulary(db: Db, reference: ReferenceData): Promise<ImportVocabulary> {
  const [vocabulary, [lineRow], fixed] = await Promise.all([
    reference.vocabulary(),
    db.read<{ lines: string[] }>('spreadsheets/list-lines'),
    readTypesAndScales(),
  ]);
  return {
    targetGroup: vocabulary.targetGroups.map((t) => t.id),
    phase: vocabulary.phases.map((p) => p.id),
    theme: vocabulary.themes.map((t) => t.id),
    line: lineRow?.lines ?? [],
    orgType: fixed.orgTypes,
    scale: fixed.scales,
    role: SERVE_ROLES,
    serviceStatus: SERVICE_STATUSES,
    referralKind: REFERRAL_KINDS,
    referralStatus: REFERRAL_STATUSES,
  };
}
