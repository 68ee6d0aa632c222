import { z } from 'zod';
import { YEAR_MAX, YEAR_MIN } from '../server/domain/rules.ts';

// The field shapes every seed file shares: ids, region ids, text, years and the provenance fields.

export const id = z.string().regex(/^[a-z0-9]+(-{1,2}[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, -)');
export const regionId = z
  .string()
  .regex(
    /^(NL|KVK-[A-Z]+|PV\d{2}|CR\d{2}|GM\d{4}|AREA-[A-Z0-9]+(-[A-Z0-9]+)*)$/,
    'must be a region id (NL, KVK-*, PVnn, CRnn, GMnnnn, AREA-*)',
  );
export const text = z.string().min(1);
export const year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);
export const ids = z.array(id);

export const PROVENANCES = ['report', 'public', 'inferred', 'user'] as const;
export const provenance = z.enum(PROVENANCES);

/** Provenance fields every record carries under the same names (see seed/data/README.md). */
export const provenanceFields = {
  provenance,
  sources: z.array(text).min(1),
  sourceDocument: id.optional(),
  note: text.optional(),
  ambiguity: id.optional(),
  reading: id.optional(),
  inferredFields: z.array(text).optional(),
};
/** For edges whose sources default to their owning record's. */
export const edgeProvenanceFields = { ...provenanceFields, sources: z.array(text).min(1).optional() };
