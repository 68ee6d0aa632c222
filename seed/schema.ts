import { z } from 'zod';
import { edgeProvenanceFields, id, ids, provenance, provenanceFields, regionId, text, year } from './schema-fields.ts';
import type { BudgetRow, Factsheet, Figure, Gap, Mapping, TimelineEvent } from './schema-report.ts';
import type { Vocabulary } from './schema-vocabulary.ts';

export type { Vocabulary } from './schema-vocabulary.ts';

// Shapes of the files in seed/data. Objects are strict so a misspelt field is an error, not a silent
// omission. Cross-file references (ids) are checked afterwards in validate.ts.

export const sourceDocumentSchema = z.strictObject({
  id,
  kind: z.enum(['report', 'public']),
  title: text,
  author: text.optional(),
  client: text.optional(),
  placeDate: text.optional(),
  reference: text.optional(),
  language: text.optional(),
  textFile: text.optional(),
  citationFormat: text.optional(),
  url: text.optional(),
  attribution: text.optional(),
  licence: text.optional(),
  note: text.optional(),
});

export const ambiguitySchema = z.strictObject({
  id,
  number: z.number().int().min(0),
  title: text,
  description: text,
  readings: ids.optional(),
});

export const regionsFileSchema = z.strictObject({
  country: z.strictObject({ id: z.literal('NL'), name: text, aliases: z.array(text), ...provenanceFields }),
  kvkRegions: z.array(
    z.strictObject({
      id: regionId,
      name: text,
      aliases: z.array(text),
      studiedProvince: regionId.optional(),
      ...provenanceFields,
    }),
  ),
  provinces: z.array(
    z.strictObject({
      id: regionId,
      aliases: z.array(text),
      studied: z.boolean(),
      aliasSources: z.array(text).min(1).optional(),
    }),
  ),
  coropAliases: z.array(z.strictObject({ id: regionId, aliases: z.array(text), ...provenanceFields })),
  /** Everyday names of municipalities (the largest ones at least); `name` repeats the CBS name as a check. */
  municipalityAliases: z.array(
    z.strictObject({ id: regionId, name: text, aliases: z.array(text), ...provenanceFields }),
  ),
  areas: z.array(
    z.strictObject({
      id: regionId,
      name: text,
      aliases: z.array(text),
      partOf: z.array(regionId).min(1),
      members: z.array(z.strictObject({ municipality: regionId, name: text })),
      ...provenanceFields,
    }),
  ),
});

const servesSchema = z.strictObject({
  targetGroup: id,
  role: id,
  likelyRole: id.optional(),
  mode: text.optional(),
  task: id.optional(),
  scope: regionId.optional(),
  inCanvas: z.boolean().optional(),
  /** On a collective's statement: false when the report does not say it of each member (e.g. "vaak", often). */
  toMembers: z.boolean().optional(),
  phases: ids.optional(),
  themes: ids.optional(),
  lines: ids.optional(),
  help: ids.optional(),
  helpSources: z.array(text).min(1).optional(),
  validFrom: year.optional(),
  validTo: year.optional(),
  ...provenanceFields,
});
const coversSchema = z.strictObject({
  region: regionId,
  partial: z.boolean().optional(),
  validFrom: year.optional(),
  validTo: year.optional(),
  ...edgeProvenanceFields,
});

export const organisationSchema = z.strictObject({
  id,
  name: text,
  aliases: z.array(text).optional(),
  type: id,
  generic: z.boolean().optional(),
  scale: id,
  lines: ids.optional(),
  linesNote: text.optional(),
  phases: ids.optional(),
  phasesPartial: ids.optional(),
  phasesNot: ids.optional(),
  phasesNote: text.optional(),
  themes: ids.optional(),
  themesNote: text.optional(),
  /** Kinds of help it gives; its serves entries take them unless they set their own. */
  help: ids.optional(),
  helpNote: text.optional(),
  helpSources: z.array(text).min(1).optional(),
  legalStatus: text.optional(),
  established: text.optional(),
  founded: year.optional(),
  status: text.optional(),
  validFrom: year.optional(),
  validTo: year.optional(),
  inSupportSystem: z.boolean().optional(),
  channels: text.optional(),
  capacity: text.optional(),
  coverage: text.optional(),
  count: text.optional(),
  umbrellaCountApprox: z.number().int().optional(),
  canvasLiteral: ids.optional(),
  textTargetGroups: text.optional(),
  notMembers: ids.optional(),
  description: text.optional(),
  interviewed: z.array(text).optional(),
  ...provenanceFields,
  governs: regionId.optional(),
  serves: z.array(servesSchema),
  covers: z.array(coversSchema),
});

const regionalInstanceSchema = z.strictObject({
  id,
  name: text,
  region: regionId,
  regionProvenance: provenance.optional(),
  partners: ids.optional(),
  status: id.optional(),
  // Absent years are those of the activity it belongs to (seed/years.ts); set them only where the report differs.
  validFrom: year.optional(),
  validTo: year.optional(),
  note: text.optional(),
  inferredFields: z.array(text).optional(),
  sources: z.array(text).min(1),
});
export const activitySchema = z.strictObject({
  id,
  name: text,
  aliases: z.array(text).optional(),
  owner: id,
  group: id.optional(),
  scale: id.optional(),
  description: text.optional(),
  topicsRaw: text.optional(),
  themes: ids.optional(),
  statutoryTasks: ids.optional(),
  taskInChangeList: id.optional(),
  listed2017: z.boolean().optional(),
  task2017: id.optional(),
  targetGroupRaw2017: text.optional(),
  targetGroups2017: ids.optional(),
  source2017: text.optional(),
  listed2022: z.boolean().optional(),
  tasks2022: ids.optional(),
  name2022: text.optional(),
  kpiRaw2022: z.array(text).optional(),
  kpis: z.array(text).optional(),
  kpiStatus: z.enum(['defined', 'none', 'unknown']),
  kpiNote: text.optional(),
  kpiMatrixActivity: text.optional(),
  kpiMatrixOutput: text.optional(),
  kpiMatrixOutcome: text.optional(),
  kpiMatrixImpact: text.optional(),
  status: id,
  started: text.optional(),
  startedYear: year.optional(),
  startedNote: text.optional(),
  stopped: text.optional(),
  stoppedYear: year.optional(),
  renamedTo: id.optional(),
  renamedYear: year.optional(),
  oneOffYears: z.array(year).optional(),
  lastHeldYear: year.optional(),
  continuedBy: id.optional(),
  possiblyContinuedAs: id.optional(),
  relatedTo: id.optional(),
  plannedReintroduction: text.optional(),
  documentDate: text.optional(),
  reasonStopped: text.optional(),
  parentActivity: id.optional(),
  partners: ids.optional(),
  programme20192021: z.boolean().optional(),
  outOfScope: z.boolean().optional(),
  assessment: text.optional(),
  outcomeExample: text.optional(),
  outcomeKnown: text.optional(),
  dataSources: ids.optional(),
  validFrom: year.optional(),
  validTo: year.optional(),
  ownerValidTo: year.optional(),
  ...provenanceFields,
  targetGroups: ids.optional(),
  targetGroupsNote: text.optional(),
  occursIn: z.array(z.strictObject({ region: regionId, ...edgeProvenanceFields })).optional(),
  regionalInstances: z.array(regionalInstanceSchema).optional(),
});

export const relationSchema = z.strictObject({
  id: z
    .string()
    .regex(/^rel-(\d{3}|pub-\d{2}|mem-\d{2}|user-[a-z0-9-]+)$/, 'must look like rel-NNN, rel-pub-NN or rel-mem-NN'),
  kind: z.string().regex(/^[a-z_]+$/),
  from: id,
  to: id,
  status: id,
  subject: text.optional(),
  activity: id.optional(),
  scope: regionId.optional(),
  strength: text.optional(),
  targetGroups: ids.optional(),
  date: text.optional(),
  validFrom: year.optional(),
  validTo: year.optional(),
  ...provenanceFields,
});

export const roleRuleSchema = z.strictObject({
  id: z.string().regex(/^im-\d{2}$/),
  actorType: id,
  actor: id,
  targetGroups: ids.optional(),
  targetGroupNote: text.optional(),
  notFor: ids.optional(),
  function: text,
  scale: ids.optional(),
  scaleNote: text.optional(),
  phases: ids.optional(),
  phasesNote: text.optional(),
  themes: ids.optional(),
  themesNote: text.optional(),
  kind: id,
  fundingNote: text.optional(),
  relationRefs: z.array(z.string()).optional(),
  ...provenanceFields,
});
export const idealModelSchema = z.strictObject({
  figure5: z.strictObject({
    caption: text,
    textReferenceNote: text,
    axes: z.record(z.string(), text),
    extracted: z.boolean(),
    note: text,
    sources: z.array(text),
  }),
  rules: z.array(z.unknown()),
  notInIdealSplit: z.array(text),
});

export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
export type Ambiguity = z.infer<typeof ambiguitySchema>;
export type RegionsFile = z.infer<typeof regionsFileSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Serves = z.infer<typeof servesSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Relation = z.infer<typeof relationSchema>;
export type RoleRule = z.infer<typeof roleRuleSchema>;
export type IdealModel = Omit<z.infer<typeof idealModelSchema>, 'rules'> & { rules: RoleRule[] };

/** One municipality row of regions/gemeenten-2025.csv. */
export interface MunicipalityRow {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  coropCode: string;
  coropName: string;
}
/** One row of regions/kvk-regions.csv. */
export interface KvkRegionRow {
  kvkRegionCode: string;
  kvkRegionName: string;
  provinceCode: string;
  provinceName: string;
}

/** Everything in seed/data once validated. */
export interface SeedData {
  sources: SourceDocument[];
  ambiguities: Ambiguity[];
  vocabulary: Vocabulary;
  regions: RegionsFile;
  municipalities: MunicipalityRow[];
  kvkRegionRows: KvkRegionRow[];
  organisations: Organisation[];
  activities: Activity[];
  relations: Relation[];
  idealModel: IdealModel;
  gaps: Gap[];
  figures: Figure[];
  budgetRows: BudgetRow[];
  budgetUnit: string;
  budgetSources: string[];
  timeline: TimelineEvent[];
  factsheets: Factsheet[];
  mappings: Mapping[];
}

/** The relationship types a relation kind may become: the server's list (server/domain/rules.ts). */
export { RELATION_TYPES, type RelationType } from '../server/domain/rules.ts';
