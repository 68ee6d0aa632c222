/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/**
 * How well a target group is served in a region. Counting leaves out national providers (which cover every region
 * through NL, mostly with information) and providers with role NOT_SERVED:
 * GAP: no regional provider at all (at most national information).
 * DEVELOPING: regional providers, all with role DEVELOPING.
 * THIN: exactly one regional provider that is not developing, and it is not a full-coverage primary one.
 * COVERED: one full-coverage primary provider, or two or more regional providers that are not developing.
 * OVERLAP: two or more full-coverage primary providers.
 */
export type CoverageStatus =
  /** Served. */
  | 'COVERED'
  /** Only providers whose service is being developed. */
  | 'DEVELOPING'
  /** No regional provider. */
  | 'GAP'
  /** Two or more primary providers: possible overlap. */
  | 'OVERLAP'
  /** One provider, not primary. */
  | 'THIN';

/** Filter for a graph slice. */
export type GraphFilter = {
  /** Year: only organisations, services and relations valid then. */
  asOf?: number | null | undefined;
  /** True: also leave out generic groups (*group-…*). */
  excludeGeneric?: boolean | null | undefined;
  /** Maximum number of organisations in the slice: 1 to 5000. Default 500. */
  limit?: number | null | undefined;
  /** Only organisations active in one of these phases. */
  phases?: Array<string | number> | null | undefined;
  /** Only organisations active in this region (id, name or alias). */
  region?: string | number | null | undefined;
  /** Only relations of these types (e.g. `REFERS_TO`, `FUNDS`). */
  relationTypes?: Array<string> | null | undefined;
  /** Only organisations with one of these roles for the target groups. */
  roles?: Array<ServeRole> | null | undefined;
  /** Only relations with these statuses. */
  statuses?: Array<string> | null | undefined;
  /** Only organisations serving one of these target groups. */
  targetGroups?: Array<string | number> | null | undefined;
  /** Only organisations working on one of these themes. */
  themes?: Array<string | number> | null | undefined;
  /** Only organisations of these types. */
  types?: Array<string> | null | undefined;
};

/** Where a fact comes from. */
export type ProvenanceKind =
  /** Our reading of the report; `note` says why. */
  | 'INFERRED'
  /** From public sources outside the report. */
  | 'PUBLIC'
  /** Read in the 2023 report. */
  | 'REPORT'
  /** Added or changed by a user of the map. */
  | 'USER';

/** Kinds of referral gap. */
export type ReferralGapKind =
  /** A first-line organisation with no referral to any provider of the group in the region. */
  | 'DEAD_END'
  /** An organisation with no referral in or out. */
  | 'ISOLATED'
  /** A referral with none back. */
  | 'ONE_WAY'
  /** A target group with no referral path from the first line to a provider. */
  | 'UNREACHABLE_GROUP'
  /** A provider of the group that no organisation refers to. */
  | 'UNREFERRED_PROVIDER';

/** Levels of the region hierarchy: municipality → COROP region → province → KVK region → country; areas are named groups of municipalities. */
export type RegionLevel =
  /** A named area that is no official division, e.g. Regio Zwolle. */
  | 'AREA'
  /** A COROP region: CBS's statistical division of the provinces into 40 regions. */
  | 'COROP'
  /** The Netherlands. */
  | 'COUNTRY'
  /** One of KVK's five regions (Noord, Oost, Zuid, Zuidwest, West, which the report also calls Midden). */
  | 'KVK_REGION'
  /** A municipality (*gemeente*), 2025 division. */
  | 'MUNICIPALITY'
  /** A province (*provincie*). */
  | 'PROVINCE';

/** Role of an organisation for a target group, after the factsheet canvases' legend. */
export type ServeRole =
  /** Service being developed (*in ontwikkeling*). */
  | 'DEVELOPING'
  /** Explicitly not served. */
  | 'NOT_SERVED'
  /** Main target group (*hoofddoelgroep*). */
  | 'PRIMARY'
  /** Secondary target group (*subdoelgroep*). */
  | 'SECONDARY'
  /** Served, role not stated (a canvas whose colours were lost). */
  | 'UNSPECIFIED';

/** How serious a deviation from the recommended role split is. */
export type Severity =
  /** Against an explicit exclusion in the report. */
  | 'HIGH'
  /** A recommended group or phase not (yet) taken up. */
  | 'LOW'
  /** Outside the recommended target groups or scale. */
  | 'MEDIUM';

export type OverlapsQueryVariables = Exact<{
  region: string | number;
  targetGroup?: string | number | null | undefined;
  asOf?: number | null | undefined;
}>;


export type OverlapsQuery = { overlaps: Array<{ sharedPhases: Array<string>, sharedThemes: Array<string>, score: number, explanation: string, targetGroup: { id: string }, organisations: Array<{ id: string, name: string }> }> };

export type ReferralGapsQueryVariables = Exact<{
  region: string | number;
  targetGroup?: string | number | null | undefined;
  asOf?: number | null | undefined;
}>;


export type ReferralGapsQuery = { referralGaps: { region: { id: string, name: string }, unreferredProviders: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }>, deadEnds: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }>, oneWay: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }>, isolated: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }>, unreachableGroups: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }> } };

export type GapFieldsFragment = { kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null };

export type ReferralPathsQueryVariables = Exact<{
  from: string | number;
  targetGroup: string | number;
  region: string | number;
  maxHops?: number | null | undefined;
}>;


export type ReferralPathsQuery = { referralPaths: Array<{ length: number, operational: boolean, to: { id: string, name: string }, hops: Array<{ kind: string, status: string, from: { id: string }, to: { id: string } }> }> };

export type CoverageQueryVariables = Exact<{
  level: RegionLevel;
  within?: string | number | null | undefined;
  theme?: string | number | null | undefined;
  phase?: string | number | null | undefined;
  asOf?: number | null | undefined;
}>;


export type CoverageQuery = { coverage: { rows: Array<{ id: string, name: string, level: RegionLevel }>, columns: Array<{ id: string, name: string, nameEn: string | null }>, cells: Array<{ region: string, targetGroup: string, providers: number, primaryProviders: number, firstLineProviders: number, regionalProviders: number, status: CoverageStatus, providerIds: Array<string> }> } };

export type SourceFieldsFragment = { document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null };

export type ProvenanceFieldsFragment = { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> };

export type OrganisationRefFragment = { id: string, name: string, type: string, scale: string | null };

export type GraphSliceQueryVariables = Exact<{
  filter: GraphFilter;
}>;


export type GraphSliceQuery = { graph: { total: number, truncated: boolean, nodes: Array<{ id: string, label: string, type: string | null, scale: string | null, generic: boolean, lines: Array<string>, phases: Array<string>, serves: Array<{ targetGroup: string, role: ServeRole }> }>, edges: Array<{ id: string, source: string, target: string, type: string, kind: string | null, status: string | null }> } };

export type OrganisationDetailsQueryVariables = Exact<{
  id: string | number;
  asOf?: number | null | undefined;
}>;


export type OrganisationDetailsQuery = { organisation: { aliases: Array<string>, generic: boolean, lines: Array<string>, phases: Array<string>, themes: Array<string>, description: string | null, id: string, name: string, type: string, scale: string | null, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> }, coverage: Array<{ partial: boolean, validFrom: number | null, validTo: number | null, region: { id: string, name: string, level: RegionLevel }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }>, serves: Array<{ role: ServeRole, likelyRole: ServeRole | null, phases: Array<string>, lines: Array<string>, scope: string | null, validFrom: number | null, validTo: number | null, targetGroup: { id: string, name: string, nameEn: string | null }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }>, services: Array<{ id: string, name: string, group: string | null, validFrom: number | null, validTo: number | null, oneOffYears: Array<number>, status: string | null, renamedTo: { id: string, name: string, year: number | null } | null, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }>, referralsOut: Array<{ id: string, kind: string, status: string, subject: string | null, targetGroups: Array<string>, validFrom: number | null, validTo: number | null, from: { id: string, name: string }, to: { id: string, name: string }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }>, referralsIn: Array<{ id: string, kind: string, status: string, subject: string | null, targetGroups: Array<string>, validFrom: number | null, validTo: number | null, from: { id: string, name: string }, to: { id: string, name: string }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }> } | null };

export type ReferralFieldsFragment = { id: string, kind: string, status: string, subject: string | null, targetGroups: Array<string>, validFrom: number | null, validTo: number | null, from: { id: string, name: string }, to: { id: string, name: string }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } };

export type ConformanceQueryVariables = Exact<{
  region?: string | number | null | undefined;
}>;


export type ConformanceQuery = { conformance: Array<{ rule: string, expected: string, actual: string, severity: Severity, organisation: { id: string, name: string }, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> }> };

export type ReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceQuery = { regions: Array<{ id: string, name: string, level: RegionLevel, aliases: Array<string> }>, targetGroups: Array<{ id: string, name: string, nameEn: string | null, description: string | null, kind: string | null }>, phases: Array<{ id: string, name: string, order: number }>, themes: Array<{ id: string, name: string }> };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { ok: boolean, database: string, migrations: number } };

export type WhoServesQueryVariables = Exact<{
  targetGroup: string | number;
  region: string | number;
  theme?: string | number | null | undefined;
  phase?: string | number | null | undefined;
  asOf?: number | null | undefined;
}>;


export type WhoServesQuery = { whoServes: Array<{ role: ServeRole, lines: Array<string>, phases: Array<string>, themes: Array<string>, specificity: RegionLevel, partial: boolean, explanation: string, organisation: { id: string, name: string, type: string, scale: string | null }, coveredVia: { id: string, name: string, level: RegionLevel }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }> };
