import type { OrganisationRecord } from '../repos/organisations.ts';

/**
 * What the API holds of an organisation while resolving: at least its id, often a summary, and its full record
 * when the query that found it returned one. Missing parts are loaded in one batch per request (see context.ts).
 */
export interface OrganisationModel {
  readonly id: string;
  readonly summary?: {
    readonly name?: string;
    readonly type?: string | null;
    readonly scale?: string | null;
    readonly generic?: boolean;
  };
  readonly record?: OrganisationRecord;
}

/** A model from a full record. */
export function organisationFromRecord(record: OrganisationRecord): OrganisationModel {
  return { id: record.id, record };
}

/** A model from whatever summary fields a query returned. */
export function organisationRef(o: {
  id: string;
  name?: string;
  type?: string | null;
  scale?: string | null;
  generic?: boolean;
}): OrganisationModel {
  return { id: o.id, summary: { name: o.name, type: o.type, scale: o.scale, generic: o.generic } };
}

/** What a mutation resolves to; `change` and `organisation` are read by their own resolvers. */
export interface ChangeResultModel {
  readonly changeId: string;
  readonly organisationId: string | null;
}
