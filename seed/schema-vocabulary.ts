import { z } from 'zod';
import { ORGANISATION_TYPES, REFERRAL_STATUSES, SCALES } from '../server/domain/rules.ts';
import { id, provenance, text } from './schema-fields.ts';

// The shape of seed/data/vocabulary.yaml: target groups (and how they nest), phases, themes, lines, kinds of help,
// organisation types and the other lists the other files refer to. Objects are strict so a misspelt field is an
// error.

const described = z.strictObject({ id, description: text });
const oneOfTheServers = (allowed: readonly string[], what: string) =>
  id.refine((v) => allowed.includes(v), { message: `must be ${what} of the API (${allowed.join(', ')})` });
export const vocabularySchema = z.strictObject({
  statutoryTasks: z.array(
    z.strictObject({
      id,
      name: text,
      nameEn: text.optional(),
      legalBasis: text.optional(),
      description: text.optional(),
      outOfScope: z.boolean().optional(),
      sources: z.array(text),
    }),
  ),
  targetGroups: z.array(
    z.strictObject({
      id,
      name: text,
      nameEn: text.optional(),
      description: text.optional(),
      employeesMin: z.number().int().min(0).optional(),
      employeesMax: z.number().int().min(0).optional(),
      subsetOf: id.optional(),
      /** Where the report nests the group in `subsetOf` (the group's own sources when absent). */
      subsetOfSources: z.array(text).optional(),
      subsetOfNote: text.optional(),
      kind: z.enum(['business', 'public']),
      synonyms: z.array(text).optional(),
      note: text.optional(),
      ambiguity: id.optional(),
      sources: z.array(text).min(1),
    }),
  ),
  phases: z.array(
    z.strictObject({
      id,
      name: text,
      nameEn: text.optional(),
      order: z.number().int().min(1),
      description: text,
      sources: z.array(text).min(1),
    }),
  ),
  themes: z.array(
    z.strictObject({ id, name: text, nameEn: text.optional(), broader: id.optional(), sources: z.array(text).min(1) }),
  ),
  lines: z.array(
    z.strictObject({ id, name: text, nameEn: text.optional(), description: text, sources: z.array(text).min(1) }),
  ),
  helpKinds: z.array(
    z.strictObject({ id, name: text, nameEn: text, description: text, sources: z.array(text).min(1) }),
  ),
  kvkRegioFunctions: z.array(z.strictObject({ id, name: text, sources: z.array(text) })),
  activityGroups: z.array(
    z.strictObject({ id, name: text, description: text, provenance, sources: z.array(text).optional() }),
  ),
  // Organisation types and scales are the server's (server/domain/rules.ts); this file only describes them.
  orgTypes: z.array(described.extend({ id: oneOfTheServers(ORGANISATION_TYPES, 'an organisation type') })),
  scales: z.array(described.extend({ id: oneOfTheServers(SCALES, 'a scale') })),
  targetGroupRoles: z.array(z.strictObject({ id, name: text.optional(), description: text })),
  relationKinds: z.array(
    z.strictObject({ id: z.string().regex(/^[a-z_]+$/), relType: z.string().regex(/^[A-Z_]+$/), description: text }),
  ),
  // The statuses a relation may have are the server's (server/domain/rules.ts); this file only describes them.
  relationStatuses: z.array(
    z.strictObject({
      id: id.refine((v) => REFERRAL_STATUSES.includes(v), {
        message: `must be a relation status of the API (${REFERRAL_STATUSES.join(', ')})`,
      }),
      description: text,
    }),
  ),
  activityStatuses: z.array(described),
  kpiFramework: z.strictObject({
    policyTheoryKpis: z.array(text),
    tocLevels: z.array(text),
    metricTerms: z.record(z.string(), text),
    sources: z.array(text),
  }),
});

export type Vocabulary = z.infer<typeof vocabularySchema>;
