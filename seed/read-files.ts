import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { parseCsv } from './csv.ts';
import {
  activitySchema,
  ambiguitySchema,
  idealModelSchema,
  organisationSchema,
  regionsFileSchema,
  relationSchema,
  roleRuleSchema,
  sourceDocumentSchema,
  type KvkRegionRow,
  type MunicipalityRow,
  type SeedData,
} from './schema.ts';
import { vocabularySchema } from './schema-vocabulary.ts';
import {
  budgetRowSchema,
  factsheetSchema,
  factsheetsFileSchema,
  figureSchema,
  figuresFileSchema,
  gapSchema,
  mappingSchema,
  timelineEventSchema,
} from './schema-report.ts';

/** One problem in the seed data: which file, which record (id or row), which field, what is wrong. */
export interface SeedError {
  readonly file: string;
  readonly record: string;
  readonly field: string;
  readonly message: string;
}

/** The files seed/data must hold, relative to it. */
export const SEED_FILES = {
  sources: 'sources.yaml',
  ambiguities: 'ambiguities.yaml',
  vocabulary: 'vocabulary.yaml',
  regions: 'regions/regions.yaml',
  municipalities: 'regions/gemeenten-2025.csv',
  kvkRegions: 'regions/kvk-regions.csv',
  organisations: 'organisations.yaml',
  activities: 'activities.yaml',
  relations: 'relations.yaml',
  idealModel: 'ideal-model.yaml',
  gaps: 'gaps.yaml',
  figures: 'figures.yaml',
  timeline: 'timeline.yaml',
  factsheets: 'factsheets.yaml',
  mappings: 'mappings.yaml',
} as const;

const fieldOf = (p: readonly PropertyKey[]): string =>
  p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('') || '(record)';

/** Turns zod issues into SeedErrors; `recordOf` names the record from the issue path when the file is one object. */
function issuesToErrors(file: string, record: string, error: z.ZodError, prefix: PropertyKey[] = []): SeedError[] {
  return error.issues.map((issue) => {
    const p = [...prefix, ...issue.path];
    const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` (${issue.keys.join(', ')})` : '';
    return { file, record, field: fieldOf(p), message: issue.message + keys };
  });
}

const recordName = (raw: unknown, index: number): string =>
  typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
    ? (raw as { id: string }).id
    : `#${index + 1}`;

/** Validates each element of `raw[key]` with `schema`; returns the parsed records (invalid ones left out). */
function parseList<T>(file: string, raw: unknown, key: string, schema: z.ZodType<T>, errors: SeedError[]): T[] {
  const list = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) {
    errors.push({ file, record: '(file)', field: key, message: `must be a list under the top-level key "${key}"` });
    return [];
  }
  const out: T[] = [];
  list.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) out.push(r.data);
    else errors.push(...issuesToErrors(file, recordName(item, i), r.error));
  });
  return out;
}

/** Validates a whole-file object; errors inside a list name the list element by its id. */
function parseObject<T>(file: string, raw: unknown, schema: z.ZodType<T>, errors: SeedError[]): T | undefined {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const [list, index, ...rest] = issue.path;
    let record = '(file)';
    let field = fieldOf(issue.path);
    if (typeof index === 'number' && typeof list === 'string') {
      const item = ((raw as Record<string, unknown[]>)[list] ?? [])[index];
      record = `${list}:${recordName(item, index)}`;
      field = fieldOf(rest);
    }
    const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` (${issue.keys.join(', ')})` : '';
    errors.push({ file, record, field, message: issue.message + keys });
  }
  return undefined;
}

async function readText(dir: string, file: string, errors: SeedError[]): Promise<string | undefined> {
  try {
    return await readFile(path.join(dir, file), 'utf8');
  } catch (e) {
    errors.push({ file, record: '(file)', field: '(file)', message: `cannot read: ${(e as Error).message}` });
    return undefined;
  }
}

async function readYaml(dir: string, file: string, errors: SeedError[]): Promise<unknown> {
  const text = await readText(dir, file, errors);
  if (text === undefined) return undefined;
  try {
    return parse(text);
  } catch (e) {
    errors.push({ file, record: '(file)', field: '(file)', message: `invalid YAML: ${(e as Error).message}` });
    return undefined;
  }
}

async function readCsv(
  dir: string,
  file: string,
  header: string[],
  check: (fields: string[]) => { field: string; message: string }[],
  errors: SeedError[],
): Promise<string[][]> {
  const text = await readText(dir, file, errors);
  if (text === undefined) return [];
  const csv = parseCsv(text);
  for (const e of csv.errors) errors.push({ file, record: `row ${e.line}`, field: '(row)', message: e.message });
  if (csv.header.join(',') !== header.join(',')) {
    errors.push({ file, record: 'row 1', field: '(header)', message: `header must be ${header.join(',')}` });
    return [];
  }
  const out: string[][] = [];
  for (const row of csv.rows) {
    if (row.fields.length !== header.length) {
      errors.push({
        file,
        record: `row ${row.line}`,
        field: '(row)',
        message: `has ${row.fields.length} fields, expected ${header.length}`,
      });
      continue;
    }
    const problems = check(row.fields);
    for (const p of problems) errors.push({ file, record: `row ${row.line}`, ...p });
    if (problems.length === 0) out.push(row.fields);
  }
  return out;
}

const need = (ok: boolean, field: string, message: string) => (ok ? [] : [{ field, message }]);

/**
 * Reads every file of seed/data and checks each record's shape. Returns what parsed and every
 * problem found; references between files are checked by checkReferences.
 */
export async function readSeedFiles(dir: string): Promise<{ data: SeedData; errors: SeedError[] }> {
  const errors: SeedError[] = [];
  const F = SEED_FILES;
  const sources = parseList(F.sources, await readYaml(dir, F.sources, errors), 'sources', sourceDocumentSchema, errors);
  const ambiguities = parseList(
    F.ambiguities,
    await readYaml(dir, F.ambiguities, errors),
    'ambiguities',
    ambiguitySchema,
    errors,
  );
  const vocabulary = parseObject(F.vocabulary, await readYaml(dir, F.vocabulary, errors), vocabularySchema, errors);
  const regions = parseObject(F.regions, await readYaml(dir, F.regions, errors), regionsFileSchema, errors);

  const municipalities: MunicipalityRow[] = (
    await readCsv(
      dir,
      F.municipalities,
      ['gemeente_code', 'gemeente_name', 'province_code', 'province_name', 'corop_code', 'corop_name'],
      (f) => [
        ...need(/^GM\d{4}$/.test(f[0]!), 'gemeente_code', 'must look like GM0123'),
        ...need(f[1]!.trim() !== '', 'gemeente_name', 'must not be empty'),
        ...need(/^PV\d{2}$/.test(f[2]!), 'province_code', 'must look like PV20'),
        ...need(f[3]!.trim() !== '', 'province_name', 'must not be empty'),
        ...need(/^CR\d{2}$/.test(f[4]!), 'corop_code', 'must look like CR01'),
        ...need(f[5]!.trim() !== '', 'corop_name', 'must not be empty'),
      ],
      errors,
    )
  ).map(([code, name, provinceCode, provinceName, coropCode, coropName]) => ({
    code: code!,
    name: name!,
    provinceCode: provinceCode!,
    provinceName: provinceName!,
    coropCode: coropCode!,
    coropName: coropName!,
  }));
  const kvkRegionRows: KvkRegionRow[] = (
    await readCsv(
      dir,
      F.kvkRegions,
      ['kvk_region_code', 'kvk_region_name', 'province_code', 'province_name'],
      (f) => [
        ...need(/^KVK-[A-Z]+$/.test(f[0]!), 'kvk_region_code', 'must look like KVK-NOORD'),
        ...need(f[1]!.trim() !== '', 'kvk_region_name', 'must not be empty'),
        ...need(/^PV\d{2}$/.test(f[2]!), 'province_code', 'must look like PV20'),
        ...need(f[3]!.trim() !== '', 'province_name', 'must not be empty'),
      ],
      errors,
    )
  ).map(([kvkRegionCode, kvkRegionName, provinceCode, provinceName]) => ({
    kvkRegionCode: kvkRegionCode!,
    kvkRegionName: kvkRegionName!,
    provinceCode: provinceCode!,
    provinceName: provinceName!,
  }));

  const organisations = parseList(
    F.organisations,
    await readYaml(dir, F.organisations, errors),
    'organisations',
    organisationSchema,
    errors,
  );
  const activities = parseList(
    F.activities,
    await readYaml(dir, F.activities, errors),
    'activities',
    activitySchema,
    errors,
  );
  const relations = parseList(
    F.relations,
    await readYaml(dir, F.relations, errors),
    'relations',
    relationSchema,
    errors,
  );

  const imRaw = await readYaml(dir, F.idealModel, errors);
  const im = parseObject(F.idealModel, imRaw, idealModelSchema, errors);
  const rules = parseList(F.idealModel, imRaw, 'rules', roleRuleSchema, errors);

  const gaps = parseList(F.gaps, await readYaml(dir, F.gaps, errors), 'gaps', gapSchema, errors);
  const figRaw = await readYaml(dir, F.figures, errors);
  const fig = parseObject(F.figures, figRaw, figuresFileSchema, errors);
  const figures = parseList(F.figures, figRaw, 'facts', figureSchema, errors);
  const budgetRows = fig ? parseList(F.figures, fig.budgets, 'rows', budgetRowSchema, errors) : [];
  const timeline = parseList(
    F.timeline,
    await readYaml(dir, F.timeline, errors),
    'events',
    timelineEventSchema,
    errors,
  );
  const fsRaw = await readYaml(dir, F.factsheets, errors);
  parseObject(F.factsheets, fsRaw, factsheetsFileSchema, errors);
  const factsheets = parseList(F.factsheets, fsRaw, 'items', factsheetSchema, errors);
  const mappings = parseList(F.mappings, await readYaml(dir, F.mappings, errors), 'mappings', mappingSchema, errors);

  const emptyVocabulary = {
    statutoryTasks: [],
    targetGroups: [],
    phases: [],
    themes: [],
    lines: [],
    helpKinds: [],
    kvkRegioFunctions: [],
    activityGroups: [],
    orgTypes: [],
    scales: [],
    targetGroupRoles: [],
    relationKinds: [],
    relationStatuses: [],
    activityStatuses: [],
    kpiFramework: { policyTheoryKpis: [], tocLevels: [], metricTerms: {}, sources: [] },
  };
  const data: SeedData = {
    sources,
    ambiguities,
    vocabulary: vocabulary ?? emptyVocabulary,
    regions: regions ?? {
      country: { id: 'NL', name: 'Nederland', aliases: [], provenance: 'public', sources: ['-'] },
      kvkRegions: [],
      provinces: [],
      coropAliases: [],
      municipalityAliases: [],
      areas: [],
    },
    municipalities,
    kvkRegionRows,
    organisations,
    activities,
    relations,
    idealModel: {
      figure5: im?.figure5 ?? { caption: '', textReferenceNote: '', axes: {}, extracted: false, note: '', sources: [] },
      rules,
      notInIdealSplit: im?.notInIdealSplit ?? [],
    },
    gaps,
    figures,
    budgetRows,
    budgetUnit: fig?.budgets.unit ?? '',
    budgetSources: fig?.budgets.sources ?? [],
    timeline,
    factsheets,
    mappings,
  };
  return { data, errors };
}
