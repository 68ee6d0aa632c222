/** Planned (begroting) or actual (werkelijk) costs. */
export const BudgetKind = {
  /** Actual costs (*werkelijk*). */
  Actual: 'ACTUAL',
  /** The budget (*begroting*). */
  Planned: 'PLANNED'
} as const;

export type BudgetKind = typeof BudgetKind[keyof typeof BudgetKind];
/** Kinds of change recorded in the audit trail. */
export const ChangeAction = {
  /** A target group statement was added. */
  AddServes: 'ADD_SERVES',
  /** A scenario's changes were made to the live map (adoptScenario), as one change. */
  AdoptScenario: 'ADOPT_SCENARIO',
  /** An organisation was created. */
  CreateOrganisation: 'CREATE_ORGANISATION',
  /** A referral was created. */
  CreateReferral: 'CREATE_REFERRAL',
  /** A service was created. */
  CreateService: 'CREATE_SERVICE',
  /** An organisation was deleted (with its relationships when asked). */
  DeleteOrganisation: 'DELETE_ORGANISATION',
  /** A referral was deleted. */
  DeleteReferral: 'DELETE_REFERRAL',
  /** A service was deleted. */
  DeleteService: 'DELETE_SERVICE',
  /** Rows of a spreadsheet or a full export were imported. */
  Import: 'IMPORT',
  /** Coverage of a region was removed. */
  RemoveCoverage: 'REMOVE_COVERAGE',
  /** That record was removed. */
  RemoveMapping: 'REMOVE_MAPPING',
  /** A target group statement was removed. */
  RemoveServes: 'REMOVE_SERVES',
  /** An earlier change was undone. */
  Revert: 'REVERT',
  /** Coverage of a region was added or changed. */
  SetCoverage: 'SET_COVERAGE',
  /** That a source looked at a region for a target group was recorded or changed. */
  SetMapping: 'SET_MAPPING',
  /** An organisation's properties were changed. */
  UpdateOrganisation: 'UPDATE_ORGANISATION',
  /** A referral was changed. */
  UpdateReferral: 'UPDATE_REFERRAL',
  /** A target group statement was changed. */
  UpdateServes: 'UPDATE_SERVES',
  /** A service was changed (including its lifecycle). */
  UpdateService: 'UPDATE_SERVICE'
} as const;

export type ChangeAction = typeof ChangeAction[keyof typeof ChangeAction];
/** What kind of fact started or stopped. */
export const ComparisonItemKind = {
  /** An organisation's coverage of a region. */
  Coverage: 'COVERAGE',
  /** An organisation. */
  Organisation: 'ORGANISATION',
  /** A referral between two organisations. */
  Referral: 'REFERRAL',
  /** An organisation's statement that it serves a target group (with its role). */
  Serves: 'SERVES',
  /** A service an organisation runs, with its status (a change of status or name stops one and starts another). */
  Service: 'SERVICE'
} as const;

export type ComparisonItemKind = typeof ComparisonItemKind[keyof typeof ComparisonItemKind];
/**
 * How well a target group is served in a region. Counting leaves out national providers (which cover every region
 * through NL, mostly with information) and providers with role NOT_SERVED:
 * UNMAPPED: no regional provider known, and no source has looked at this region for this group: unknown, not a gap.
 * GAP: no regional provider, and a source looked (`CoverageCell.mappings` names it).
 * DEVELOPING: regional providers, all with role DEVELOPING.
 * THIN: exactly one regional provider that is not developing, and it is not a full-coverage primary one.
 * COVERED: one full-coverage primary provider, or two or more regional providers that are not developing.
 * OVERLAP: two or more full-coverage primary providers that give the same kind of help (`helpKinds`) in a shared
 * phase (where the phases of one are not recorded, the shared help decides). Providers whose help differs
 * complement each other: the cell is COVERED.
 */
export const CoverageStatus = {
  /** Served. */
  Covered: 'COVERED',
  /** Only providers whose service is being developed. */
  Developing: 'DEVELOPING',
  /** No regional provider, and a source looked (*gat*): `CoverageCell.mappings` names it. */
  Gap: 'GAP',
  /** Two or more full-coverage primary providers giving the same kind of help. */
  Overlap: 'OVERLAP',
  /** One provider, not primary. */
  Thin: 'THIN',
  /** No regional provider known, and no source has looked at this region for this group (*niet in kaart gebracht*). */
  Unmapped: 'UNMAPPED'
} as const;

export type CoverageStatus = typeof CoverageStatus[keyof typeof CoverageStatus];
/** What to do with the relationships of an organisation being deleted. */
export const DeleteMode = {
  /** Refuse (CONFLICT) when other organisations, services or facts refer to it. */
  Refuse: 'REFUSE',
  /** Delete its coverage, target groups, referrals and other relationships too (all recorded for revert). */
  RemoveRelationships: 'REMOVE_RELATIONSHIPS'
} as const;

export type DeleteMode = typeof DeleteMode[keyof typeof DeleteMode];
/** Whether a figure is a result or a plan. */
export const FigureKind = {
  /** A measured result. */
  Actual: 'ACTUAL',
  /** A planned value (a target of a year plan). */
  Target: 'TARGET'
} as const;

export type FigureKind = typeof FigureKind[keyof typeof FigureKind];
/** Whether the report names key performance indicators for an activity. */
export const KpiStatus = {
  /** KPIs are named (see `kpis`). */
  Defined: 'DEFINED',
  /** The report states the activity has no KPI. */
  None: 'NONE',
  /** The report does not know whether it has KPIs. */
  Unknown: 'UNKNOWN'
} as const;

export type KpiStatus = typeof KpiStatus[keyof typeof KpiStatus];
/** Where a fact comes from. */
export const ProvenanceKind = {
  /** Our reading of the report; `note` says why. */
  Inferred: 'INFERRED',
  /** From public sources outside the report. */
  Public: 'PUBLIC',
  /** Read in the 2023 report. */
  Report: 'REPORT',
  /** Added or changed by a user of the map. */
  User: 'USER'
} as const;

export type ProvenanceKind = typeof ProvenanceKind[keyof typeof ProvenanceKind];
/** Kinds of referral gap. */
export const ReferralGapKind = {
  /** A first-line organisation with no referral to any provider of the group in the region. */
  DeadEnd: 'DEAD_END',
  /** An organisation with no referral in or out. */
  Isolated: 'ISOLATED',
  /** A referral with none back. */
  OneWay: 'ONE_WAY',
  /** A target group with no referral path from the first line to a provider. */
  UnreachableGroup: 'UNREACHABLE_GROUP',
  /** A provider of the group that no organisation refers to. */
  UnreferredProvider: 'UNREFERRED_PROVIDER'
} as const;

export type ReferralGapKind = typeof ReferralGapKind[keyof typeof ReferralGapKind];
/** Kind of referral. */
export const ReferralKind = {
  /** Sends the entrepreneur on. */
  Referral: 'REFERRAL',
  /** Introduces the entrepreneur in person (*warme overdracht*). */
  WarmHandover: 'WARM_HANDOVER'
} as const;

export type ReferralKind = typeof ReferralKind[keyof typeof ReferralKind];
/** Status of a referral. */
export const ReferralStatus = {
  /** Active. */
  Active: 'ACTIVE',
  /** Past. */
  Past: 'PAST',
  /** Pilot. */
  Pilot: 'PILOT',
  /** Planned. */
  Planned: 'PLANNED',
  /** Possible. */
  Possible: 'POSSIBLE',
  /** Recommended. */
  Recommended: 'RECOMMENDED',
  /** Wished. */
  Wished: 'WISHED'
} as const;

export type ReferralStatus = typeof ReferralStatus[keyof typeof ReferralStatus];
/** Levels of the region hierarchy: municipality → COROP region → province → KVK region → country; areas are named groups of municipalities. */
export const RegionLevel = {
  /** A named area that is no official division, e.g. Regio Zwolle. */
  Area: 'AREA',
  /** A COROP region: CBS's statistical division of the provinces into 40 regions. */
  Corop: 'COROP',
  /** The Netherlands. */
  Country: 'COUNTRY',
  /** One of KVK's five regions (Noord, Oost, Zuid, Zuidwest, West, which the report also calls Midden). */
  KvkRegion: 'KVK_REGION',
  /** A municipality (*gemeente*), 2025 division. */
  Municipality: 'MUNICIPALITY',
  /** A province (*provincie*). */
  Province: 'PROVINCE'
} as const;

export type RegionLevel = typeof RegionLevel[keyof typeof RegionLevel];
/**
 * The types of relation between organisations and activities, as stored: the only relationship types a relation
 * (`rel-…`) may have. The seed's relation kinds map onto them (`referral` and `warm_handover` both onto `REFERS_TO`).
 */
export const RelationType = {
  /** A gives formal advice to B. */
  Advises: 'ADVISES',
  /** A appointed B. */
  Appointed: 'APPOINTED',
  /** A and B cooperate on a subject (undirected). */
  CollaboratesWith: 'COLLABORATES_WITH',
  /** A commissioned work from B. */
  Commissioned: 'COMMISSIONED',
  /** A consults B (e.g. before stopping or starting activities). */
  Consults: 'CONSULTS',
  /** A coordinates or convenes B. */
  Coordinates: 'COORDINATES',
  /** A evaluated B. */
  Evaluated: 'EVALUATED',
  /** A (co-)funds B. */
  Funds: 'FUNDS',
  /** B is an agency (*agentschap*) of ministry A. */
  HasAgency: 'HAS_AGENCY',
  /** A strong link with a knowledge institution. */
  HasKnowledgeLink: 'HAS_KNOWLEDGE_LINK',
  /** A informs B. */
  Informs: 'INFORMS',
  /** A is a member or part of umbrella or constellation B. */
  MemberOf: 'MEMBER_OF',
  /** A merged into B. */
  MergedInto: 'MERGED_INTO',
  /** A refers entrepreneurs to B (*doorverwijzing*, including warm handovers). */
  RefersTo: 'REFERS_TO',
  /** A operates activity or programme B. */
  Runs: 'RUNS',
  /** A steers or supervises B (commissioning, supervision, policy letters). */
  Steers: 'STEERS',
  /** A supplies data to B. */
  SuppliesDataTo: 'SUPPLIES_DATA_TO',
  /** A took over an activity or role previously held by B. */
  TookOver: 'TOOK_OVER',
  /** A is an organisational unit of B. */
  UnitOf: 'UNIT_OF'
} as const;

export type RelationType = typeof RelationType[keyof typeof RelationType];
/** What a scenario change does. */
export const ScenarioChangeKind = {
  /** An organisation covers a region. */
  AddCoverage: 'ADD_COVERAGE',
  /** A new organisation. */
  AddOrganisation: 'ADD_ORGANISATION',
  /** An organisation refers to another (an active referral). */
  AddReferral: 'ADD_REFERRAL',
  /** An organisation runs a new service. */
  AddService: 'ADD_SERVICE',
  /** An organisation no longer covers a region. */
  RemoveCoverage: 'REMOVE_COVERAGE',
  /** An organisation is removed, with its statements, coverage and referrals (and the services only it runs). */
  RemoveOrganisation: 'REMOVE_ORGANISATION',
  /** The referrals from one organisation to another are removed. */
  RemoveReferral: 'REMOVE_REFERRAL',
  /** An organisation's statement for a target group (and scope) is removed. */
  RemoveServes: 'REMOVE_SERVES',
  /** A service is removed. */
  RemoveService: 'REMOVE_SERVICE',
  /** An organisation serves a target group with a role (added, or replacing its statement for the group and scope). */
  SetServes: 'SET_SERVES',
  /** An organisation's name, type or scale changes. */
  UpdateOrganisation: 'UPDATE_ORGANISATION',
  /** A service changes: its name, status, years (its lifecycle), target groups or regions. */
  UpdateService: 'UPDATE_SERVICE'
} as const;

export type ScenarioChangeKind = typeof ScenarioChangeKind[keyof typeof ScenarioChangeKind];
/** What a scenario does to an element of the graph. */
export const ScenarioMark = {
  /** The scenario adds it. */
  Added: 'ADDED',
  /** The scenario changes what it serves or covers, its name, type or scale, or a service it runs. */
  Changed: 'CHANGED',
  /** The scenario removes it (listed in `removedNodes` / `removedEdges`, not drawn as part of the map). */
  Removed: 'REMOVED'
} as const;

export type ScenarioMark = typeof ScenarioMark[keyof typeof ScenarioMark];
/** Role of an organisation for a target group, after the factsheet canvases' legend. */
export const ServeRole = {
  /** Service being developed (*in ontwikkeling*). */
  Developing: 'DEVELOPING',
  /** Explicitly not served. */
  NotServed: 'NOT_SERVED',
  /** Main target group (*hoofddoelgroep*). */
  Primary: 'PRIMARY',
  /** Secondary target group (*subdoelgroep*). */
  Secondary: 'SECONDARY',
  /** Served, role not stated (a canvas whose colours were lost). */
  Unspecified: 'UNSPECIFIED'
} as const;

export type ServeRole = typeof ServeRole[keyof typeof ServeRole];
/** Lifecycle status of a service. */
export const ServiceStatus = {
  /** Running. */
  Active: 'ACTIVE',
  /** Held once or in separate years. */
  OneOff: 'ONE_OFF',
  /** Announced, not yet running. */
  Planned: 'PLANNED',
  /** No longer running (give `validTo`). */
  Stopped: 'STOPPED'
} as const;

export type ServiceStatus = typeof ServiceStatus[keyof typeof ServiceStatus];
/** How serious a deviation from the recommended role split is. */
export const Severity = {
  /** Against an explicit exclusion in the report. */
  High: 'HIGH',
  /** A recommended group or phase not (yet) taken up. */
  Low: 'LOW',
  /** Outside the recommended target groups or scale. */
  Medium: 'MEDIUM'
} as const;

export type Severity = typeof Severity[keyof typeof Severity];
/** How the target group a statement was made about relates to the one asked. */
export const TargetGroupRelation = {
  /** About all target groups (*alle doelgroepen*). */
  All: 'ALL',
  /** About a broader group that includes the asked one: serving it means serving the asked group. */
  Broader: 'BROADER',
  /** About a narrower group inside the asked one: it serves the asked group in part. */
  Narrower: 'NARROWER',
  /** The statement is about the asked group itself. */
  Same: 'SAME'
} as const;

export type TargetGroupRelation = typeof TargetGroupRelation[keyof typeof TargetGroupRelation];
/** Roles of signed-in users. Reading needs no account unless the server is configured so (`READ_REQUIRES_TOKEN`). */
export const UserRole = {
  /** May change everything, revert any change and import a full export. */
  Admin: 'ADMIN',
  /** May change organisations, coverage, services and referrals; with provinces, only inside them. */
  Editor: 'EDITOR',
  /** May read when reading requires a token; may not change anything. */
  Reader: 'READER'
} as const;

export type UserRole = typeof UserRole[keyof typeof UserRole];