/** What every analysis knows of an organisation: the summary its queries return. */
export interface OrganisationSummary {
  readonly id: string;
  readonly name: string;
  readonly type: string | null;
  readonly scale: string | null;
  readonly generic: boolean;
}

/** Where an organisation works: a region id, and whether only part of it. */
export interface CoverRef {
  readonly region: string;
  readonly partial: boolean;
}
