import { z } from 'zod';
import { ids, id, provenanceFields, regionId, text, year } from './schema-fields.ts';

// Shapes of the report's context in seed/data: reported gaps, figures and budgets, the timeline and the provincial
// factsheets. Objects are strict so a misspelt field is an error.

export const gapSchema = z.strictObject({
  id: z.string().regex(/^gap-\d{2}$/),
  kind: z.enum(['gap', 'overlap', 'mismatch', 'exclusion', 'governance']),
  scope: z.enum(['national', 'province']),
  statement: text,
  quote: text.optional(),
  regions: z.array(regionId).optional(),
  orgs: ids.optional(),
  targetGroups: ids.optional(),
  activities: ids.optional(),
  ...provenanceFields,
});

const num = z.number();
export const figureSchema = z.strictObject({
  id: z.string().regex(/^fig-[a-z0-9-]+$/),
  label: text,
  value: num.optional(),
  value2: num.optional(),
  valueMin: num.optional(),
  valueMax: num.optional(),
  valueFrom: num.optional(),
  valueTo: num.optional(),
  target: num.optional(),
  approx: z.boolean().optional(),
  qualifier: text.optional(),
  unit: text.optional(),
  scale: text.optional(),
  year: year.optional(),
  period: text.optional(),
  kind: text.optional(),
  cumulative: z.boolean().optional(),
  items: ids.optional(),
  stopped: z.number().int().optional(),
  started: z.number().int().optional(),
  changed: z.number().int().optional(),
  oneOffEvents: z.number().int().optional(),
  ...provenanceFields,
});
export const budgetRowSchema = z.strictObject({
  id,
  task: id,
  year,
  kind: z.enum(['begroting', 'werkelijk']),
  direct: num.optional(),
  indirect: num.optional(),
  total: num.nullable().optional(),
  diffPrev: num.optional(),
  note: text.optional(),
});
export const figuresFileSchema = z.strictObject({
  facts: z.array(z.unknown()),
  budgets: z.strictObject({ unit: text, sources: z.array(text), notes: z.array(text), rows: z.array(z.unknown()) }),
});

export const timelineEventSchema = z.strictObject({
  id: z.string().regex(/^evt-\d{2}$/),
  date: text,
  year,
  event: text,
  ...provenanceFields,
});

export const factsheetSchema = z.strictObject({
  id,
  province: regionId,
  kvkRegion: regionId,
  regionLabel: text,
  lines: text,
  summary: text,
  parties: ids,
  canvasExtracted: z.boolean(),
  canvasRaw: z.array(z.string()),
  canvasRawLines: text.optional(),
  canvasReadingLiteral: z.array(z.strictObject({ org: id, targetGroups: ids })).optional(),
  canvasReadingProse: z
    .array(
      z.strictObject({
        org: id,
        targetGroups: ids,
        role: id.optional(),
        line: id.optional(),
        mode: text.optional(),
        inferred: z.boolean().optional(),
        note: text.optional(),
      }),
    )
    .optional(),
  canvasNote: text.optional(),
  canvasConflict: text.optional(),
  currentCooperation: text,
  kvkActivities: z.array(
    z.strictObject({ activity: id, label: text, section: z.enum(['kvk-activities', 'current-cooperation']) }),
  ),
  opportunities: text,
  dialogueFindings: z.array(text),
  ...provenanceFields,
});
export const factsheetsFileSchema = z.strictObject({
  canvasLegend: z.strictObject({
    description: text,
    columns: ids,
    columnLabelsRaw: z.array(text),
    legendRaw: z.array(text),
    sources: z.array(text),
  }),
  items: z.array(z.unknown()),
});

export type Gap = z.infer<typeof gapSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type BudgetRow = z.infer<typeof budgetRowSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Factsheet = z.infer<typeof factsheetSchema>;

/** Where a source has looked: a region and the target groups it mapped there (seed/data/mappings.yaml). */
export const mappingSchema = z.strictObject({
  id: z.string().regex(/^map-[a-z0-9-]+$/),
  region: regionId,
  targetGroups: ids.min(1),
  year,
  factsheet: id.optional(),
  ...provenanceFields,
});
export type Mapping = z.infer<typeof mappingSchema>;
