/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Planned (begroting) or actual (werkelijk) costs. */
export type BudgetKind =
  /** Actual costs (*werkelijk*). */
  | 'ACTUAL'
  /** The budget (*begroting*). */
  | 'PLANNED';

/** Kinds of change recorded in the audit trail. */
export type ChangeAction =
  /** A target group statement was added. */
  | 'ADD_SERVES'
  /** A scenario's changes were made to the live map (adoptScenario), as one change. */
  | 'ADOPT_SCENARIO'
  /** An organisation was created. */
  | 'CREATE_ORGANISATION'
  /** A referral was created. */
  | 'CREATE_REFERRAL'
  /** A service was created. */
  | 'CREATE_SERVICE'
  /** An organisation was deleted (with its relationships when asked). */
  | 'DELETE_ORGANISATION'
  /** A referral was deleted. */
  | 'DELETE_REFERRAL'
  /** A service was deleted. */
  | 'DELETE_SERVICE'
  /** Rows of a spreadsheet or a full export were imported. */
  | 'IMPORT'
  /** Coverage of a region was removed. */
  | 'REMOVE_COVERAGE'
  /** That record was removed. */
  | 'REMOVE_MAPPING'
  /** A target group statement was removed. */
  | 'REMOVE_SERVES'
  /** An earlier change was undone. */
  | 'REVERT'
  /** Coverage of a region was added or changed. */
  | 'SET_COVERAGE'
  /** That a source looked at a region for a target group was recorded or changed. */
  | 'SET_MAPPING'
  /** An organisation's properties were changed. */
  | 'UPDATE_ORGANISATION'
  /** A referral was changed. */
  | 'UPDATE_REFERRAL'
  /** A target group statement was changed. */
  | 'UPDATE_SERVES'
  /** A service was changed (including its lifecycle). */
  | 'UPDATE_SERVICE';

/** Why and on which source a change is made; recorded in the audit trail. */
export type ChangeInput = {
  /** Remark (at most 2000 characters). */
  comment?: string | null | undefined;
  /**
   * Makes the mutation safe to repeat: 1 to 100 characters of A-Z, a-z, 0-9, ".", "_", ":" and "-", fresh for each
   * change the client means to make (e.g. a UUID). A repeat by the same user with the same key, mutation and arguments
   * returns the first result and writes nothing; the same key with other arguments is a CONFLICT naming the key.
   * Any mutation may carry one; a create retried after a lost answer needs one not to be made twice.
   */
  idempotencyKey?: string | null | undefined;
  /** Citation or URL the change is based on (required, 1 to 500 characters). */
  source: string;
};

/** What kind of fact started or stopped. */
export type ComparisonItemKind =
  /** An organisation's coverage of a region. */
  | 'COVERAGE'
  /** An organisation. */
  | 'ORGANISATION'
  /** A referral between two organisations. */
  | 'REFERRAL'
  /** An organisation's statement that it serves a target group (with its role). */
  | 'SERVES'
  /** A service an organisation runs, with its status (a change of status or name stops one and starts another). */
  | 'SERVICE';

/** Coverage of a region. */
export type CoverageInput = {
  /** True when it works in only part of the region. Default false. */
  partial?: boolean | null | undefined;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: Array<string> | null | undefined;
  /** First year (1800 to 2100). */
  validFrom?: number | null | undefined;
  /** Last year (1800 to 2100; not before the first). */
  validTo?: number | null | undefined;
};

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
export type CoverageStatus =
  /** Served. */
  | 'COVERED'
  /** Only providers whose service is being developed. */
  | 'DEVELOPING'
  /** No regional provider, and a source looked (*gat*): `CoverageCell.mappings` names it. */
  | 'GAP'
  /** Two or more full-coverage primary providers giving the same kind of help. */
  | 'OVERLAP'
  /** One provider, not primary. */
  | 'THIN'
  /** No regional provider known, and no source has looked at this region for this group (*niet in kaart gebracht*). */
  | 'UNMAPPED';

/** What to do with the relationships of an organisation being deleted. */
export type DeleteMode =
  /** Refuse (CONFLICT) when other organisations, services or facts refer to it. */
  | 'REFUSE'
  /** Delete its coverage, target groups, referrals and other relationships too (all recorded for revert). */
  | 'REMOVE_RELATIONSHIPS';

/** Whether a figure is a result or a plan. */
export type FigureKind =
  /** A measured result. */
  | 'ACTUAL'
  /** A planned value (a target of a year plan). */
  | 'TARGET';

/** Filter for a graph slice. */
export type GraphFilter = {
  /**
   * True: also include the municipalities and provinces generated from the CBS list that have no statement of
   * their own (left out by default: each is only a member of *gemeenten* or *provincies*).
   */
  allPublicBodies?: boolean | null | undefined;
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
  /**
   * Answer as if this scenario's changes were made (see `scenarios`); the live map is untouched. The organisations and
   * referrals it adds are marked (`scenarioChange`), and so are those it removes, which are left out of the slice.
   */
  scenario?: string | number | null | undefined;
  /** Only relations with these statuses. */
  statuses?: Array<string> | null | undefined;
  /** Only organisations serving one of these target groups. */
  targetGroups?: Array<string | number> | null | undefined;
  /** Only organisations working on one of these themes. */
  themes?: Array<string | number> | null | undefined;
  /** Only organisations of these types. */
  types?: Array<string> | null | undefined;
};

/** A state of the map to compare: a year, a scenario, or both (the scenario in that year). */
export type MapState = {
  /** Year; default this year. */
  asOf?: number | null | undefined;
  /** Scenario id; default the live map. */
  scenario?: string | number | null | undefined;
};

/** A new organisation. */
export type NewOrganisationInput = {
  /** Other names. */
  aliases?: Array<string> | null | undefined;
  /** Regions it covers (ids, names or aliases; at most 500 items); an editor limited to provinces must give at least one inside them. */
  coverage?: Array<string | number> | null | undefined;
  /** What it does (at most 5000 characters). */
  description?: string | null | undefined;
  /** Slug: lowercase letters, digits and dashes, 2 to 80 characters; made from the name when omitted. */
  id?: string | number | null | undefined;
  /** Lines: `eerstelijns` and/or `tweedelijns`. */
  lines?: Array<string> | null | undefined;
  /** Name (1 to 200 characters). */
  name: string;
  /** Phases: `inspireren`, `weten`, `willen`, `kunnen`. */
  phases?: Array<string> | null | undefined;
  /** Scale: `local`, `regional`, `provincial`, `multi-provincial`, `national` or `european`. */
  scale?: string | null | undefined;
  /** Citations for its facts, at most 20 items (the change's source is added when empty). */
  sources?: Array<string> | null | undefined;
  /** Theme ids of the vocabulary. */
  themes?: Array<string> | null | undefined;
  /** Type: one of the vocabulary's organisation types (e.g. `rom`, `regional-executor`, `municipality`). */
  type: string;
  /** First year. */
  validFrom?: number | null | undefined;
  /** Last year. */
  validTo?: number | null | undefined;
};

/** A new referral. */
export type NewReferralInput = {
  /** Referring organisation (id). */
  from: string | number;
  /** Kind. */
  kind: ReferralKind;
  /** Year since when. */
  since?: number | null | undefined;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: Array<string> | null | undefined;
  /** Status. */
  status: ReferralStatus;
  /** What it is about (at most 500 characters). */
  subject?: string | null | undefined;
  /** Target groups it is for. */
  targetGroups?: Array<string | number> | null | undefined;
  /** Organisation referred to (id); not the same as `from`. */
  to: string | number;
  /** Year until when. */
  until?: number | null | undefined;
};

/** A new scenario. */
export type NewScenarioInput = {
  /** Its first changes, in order. */
  changes?: Array<ScenarioChangeInput> | null | undefined;
  /** What it proposes. */
  description?: string | null | undefined;
  /** Its id; made from the title when not given. */
  id?: string | number | null | undefined;
  /** Its title. */
  title: string;
};

/** A new service. */
export type NewServiceInput = {
  /** What it does (at most 5000 characters). */
  description?: string | null | undefined;
  /** Id: `act-` followed by lowercase letters, digits and dashes; made from the name when omitted. */
  id?: string | number | null | undefined;
  /** Name (1 to 200 characters). */
  name: string;
  /** Regions it runs in (ids, names or aliases; at most 500 items). */
  regions?: Array<string | number> | null | undefined;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: Array<string> | null | undefined;
  /** Status. */
  status: ServiceStatus;
  /** Target group ids. */
  targetGroups?: Array<string | number> | null | undefined;
  /** First year. */
  validFrom?: number | null | undefined;
  /** Last year (required when STOPPED). */
  validTo?: number | null | undefined;
};

/** Changes to an organisation: only the fields given are changed; null clears an optional field. */
export type OrganisationPatch = {
  /** Other names (replaces the list). */
  aliases?: Array<string> | null | undefined;
  /** What it does (at most 5000 characters). */
  description?: string | null | undefined;
  /** Lines: `eerstelijns` and/or `tweedelijns` (replaces the list). */
  lines?: Array<string> | null | undefined;
  /** Name (1 to 200 characters). */
  name?: string | null | undefined;
  /** Remark on the fact (at most 2000 characters). */
  note?: string | null | undefined;
  /** Phases (replaces the list). */
  phases?: Array<string> | null | undefined;
  /** Scale: `local`, `regional`, `provincial`, `multi-provincial`, `national` or `european`. */
  scale?: string | null | undefined;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: Array<string> | null | undefined;
  /** Theme ids (replaces the list). */
  themes?: Array<string> | null | undefined;
  /** Type: one of the vocabulary's organisation types. */
  type?: string | null | undefined;
  /** First year (1800 to 2100). */
  validFrom?: number | null | undefined;
  /** Last year (1800 to 2100; not before the first). */
  validTo?: number | null | undefined;
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

/** Kind of referral. */
export type ReferralKind =
  /** Sends the entrepreneur on. */
  | 'REFERRAL'
  /** Introduces the entrepreneur in person (*warme overdracht*). */
  | 'WARM_HANDOVER';

/** Changes to a referral. */
export type ReferralPatch = {
  /** Kind. */
  kind?: ReferralKind | null | undefined;
  /** Remark on the fact (at most 2000 characters). */
  note?: string | null | undefined;
  /** Year since when. */
  since?: number | null | undefined;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: Array<string> | null | undefined;
  /** Status. */
  status?: ReferralStatus | null | undefined;
  /** What it is about (at most 500 characters). */
  subject?: string | null | undefined;
  /** Target group ids (replaces the list). */
  targetGroups?: Array<string | number> | null | undefined;
  /** Year until when. */
  until?: number | null | undefined;
};

/** Status of a referral. */
export type ReferralStatus =
  /** Active. */
  | 'ACTIVE'
  /** Past. */
  | 'PAST'
  /** Pilot. */
  | 'PILOT'
  /** Planned. */
  | 'PLANNED'
  /** Possible. */
  | 'POSSIBLE'
  /** Recommended. */
  | 'RECOMMENDED'
  /** Wished. */
  | 'WISHED';

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

/**
 * The types of relation between organisations and activities, as stored: the only relationship types a relation
 * (`rel-…`) may have. The seed's relation kinds map onto them (`referral` and `warm_handover` both onto `REFERS_TO`).
 */
export type RelationType =
  /** A gives formal advice to B. */
  | 'ADVISES'
  /** A appointed B. */
  | 'APPOINTED'
  /** A and B cooperate on a subject (undirected). */
  | 'COLLABORATES_WITH'
  /** A commissioned work from B. */
  | 'COMMISSIONED'
  /** A consults B (e.g. before stopping or starting activities). */
  | 'CONSULTS'
  /** A coordinates or convenes B. */
  | 'COORDINATES'
  /** A evaluated B. */
  | 'EVALUATED'
  /** A (co-)funds B. */
  | 'FUNDS'
  /** B is an agency (*agentschap*) of ministry A. */
  | 'HAS_AGENCY'
  /** A strong link with a knowledge institution. */
  | 'HAS_KNOWLEDGE_LINK'
  /** A informs B. */
  | 'INFORMS'
  /** A is a member or part of umbrella or constellation B. */
  | 'MEMBER_OF'
  /** A merged into B. */
  | 'MERGED_INTO'
  /** A refers entrepreneurs to B (*doorverwijzing*, including warm handovers). */
  | 'REFERS_TO'
  /** A operates activity or programme B. */
  | 'RUNS'
  /** A steers or supervises B (commissioning, supervision, policy letters). */
  | 'STEERS'
  /** A supplies data to B. */
  | 'SUPPLIES_DATA_TO'
  /** A took over an activity or role previously held by B. */
  | 'TOOK_OVER'
  /** A is an organisational unit of B. */
  | 'UNIT_OF';

/** One change of a scenario to make; which fields it needs depends on `kind` (see `ScenarioChange`). */
export type ScenarioChangeInput = {
  /** Referring organisation id. */
  from?: string | number | null | undefined;
  /** What it does. */
  kind: ScenarioChangeKind;
  /** Name (ADD_ORGANISATION, ADD_SERVICE; UPDATE_ORGANISATION, UPDATE_SERVICE: the new name). */
  name?: string | null | undefined;
  /** A remark. */
  note?: string | null | undefined;
  /** Organisation id (for ADD_SERVICE: the organisation that runs it). */
  organisation?: string | number | null | undefined;
  /** Type (ADD_ORGANISATION; UPDATE_ORGANISATION: the new type). */
  organisationType?: string | null | undefined;
  /** Partial coverage (ADD_COVERAGE); default false. */
  partial?: boolean | null | undefined;
  /** Kind of referral (ADD_REFERRAL); default REFERRAL. */
  referralKind?: ReferralKind | null | undefined;
  /** Region id, name or alias (ADD_COVERAGE, REMOVE_COVERAGE; ADD_ORGANISATION: the region it covers from the start). */
  region?: string | number | null | undefined;
  /** Regions a service runs in: ids, names or aliases, at most 500 (ADD_SERVICE; UPDATE_SERVICE: replaces them). */
  regions?: Array<string | number> | null | undefined;
  /** Role (SET_SERVES). */
  role?: ServeRole | null | undefined;
  /** Scale (ADD_ORGANISATION; UPDATE_ORGANISATION: the new scale). */
  scale?: string | null | undefined;
  /** Region id, name or alias a statement is limited to. */
  scope?: string | number | null | undefined;
  /**
   * Service id (UPDATE_SERVICE, REMOVE_SERVICE; ADD_SERVICE: `act-` followed by lowercase letters, digits and dashes,
   * made from the name when not given).
   */
  service?: string | number | null | undefined;
  /** A service's status (ADD_SERVICE: default ACTIVE; UPDATE_SERVICE: the new status). */
  serviceStatus?: ServiceStatus | null | undefined;
  /** Where the change comes from: required. */
  source: string;
  /** Target group id. */
  targetGroup?: string | number | null | undefined;
  /** Target group ids a referral is for (default all), or a service's (ADD_SERVICE; UPDATE_SERVICE: replaces them). */
  targetGroups?: Array<string | number> | null | undefined;
  /** Organisation id referred to. */
  to?: string | number | null | undefined;
  /** A service's first year (ADD_SERVICE, UPDATE_SERVICE). */
  validFrom?: number | null | undefined;
  /** A service's last year (ADD_SERVICE, UPDATE_SERVICE); required once its status is STOPPED. */
  validTo?: number | null | undefined;
};

/** What a scenario change does. */
export type ScenarioChangeKind =
  /** An organisation covers a region. */
  | 'ADD_COVERAGE'
  /** A new organisation. */
  | 'ADD_ORGANISATION'
  /** An organisation refers to another (an active referral). */
  | 'ADD_REFERRAL'
  /** An organisation runs a new service. */
  | 'ADD_SERVICE'
  /** An organisation no longer covers a region. */
  | 'REMOVE_COVERAGE'
  /** An organisation is removed, with its statements, coverage and referrals (and the services only it runs). */
  | 'REMOVE_ORGANISATION'
  /** The referrals from one organisation to another are removed. */
  | 'REMOVE_REFERRAL'
  /** An organisation's statement for a target group (and scope) is removed. */
  | 'REMOVE_SERVES'
  /** A service is removed. */
  | 'REMOVE_SERVICE'
  /** An organisation serves a target group with a role (added, or replacing its statement for the group and scope). */
  | 'SET_SERVES'
  /** An organisation's name, type or scale changes. */
  | 'UPDATE_ORGANISATION'
  /** A service changes: its name, status, years (its lifecycle), target groups or regions. */
  | 'UPDATE_SERVICE';

/** What a scenario does to an element of the graph. */
export type ScenarioMark =
  /** The scenario adds it. */
  | 'ADDED'
  /** The scenario changes what it serves or covers, its name, type or scale, or a service it runs. */
  | 'CHANGED'
  /** The scenario removes it (listed in `removedNodes` / `removedEdges`, not drawn as part of the map). */
  | 'REMOVED';

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

/** A new statement that an organisation serves a target group. */
export type ServesInput = {
  /** Line: `eerstelijns` or `tweedelijns`. */
  line?: string | null | undefined;
  /** Phases for this group. */
  phases?: Array<string> | null | undefined;
  /** Role. */
  role: ServeRole;
  /** Region the statement is limited to (id, name or alias). */
  scope?: string | number | null | undefined;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: Array<string> | null | undefined;
  /** Target group id. */
  targetGroup: string | number;
  /** Themes for this group. */
  themes?: Array<string> | null | undefined;
  /** First year (1800 to 2100). */
  validFrom?: number | null | undefined;
  /** Last year (1800 to 2100; not before the first). */
  validTo?: number | null | undefined;
};

/** Changes to a target group statement. */
export type ServesPatch = {
  /** Line: `eerstelijns` or `tweedelijns`. */
  line?: string | null | undefined;
  /** Remark on the fact (at most 2000 characters). */
  note?: string | null | undefined;
  /** Phases (replaces the list). */
  phases?: Array<string> | null | undefined;
  /** Role for the group. */
  role?: ServeRole | null | undefined;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: Array<string> | null | undefined;
  /** Theme ids (replaces the list). */
  themes?: Array<string> | null | undefined;
  /** First year (1800 to 2100). */
  validFrom?: number | null | undefined;
  /** Last year (1800 to 2100; not before the first). */
  validTo?: number | null | undefined;
};

/** Changes to a service. */
export type ServicePatch = {
  /** What it does (at most 5000 characters). */
  description?: string | null | undefined;
  /** Name (1 to 200 characters). */
  name?: string | null | undefined;
  /** Remark on the fact (at most 2000 characters). */
  note?: string | null | undefined;
  /** Regions it runs in (ids, names or aliases, at most 500 items; replaces the list). */
  regions?: Array<string | number> | null | undefined;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: Array<string> | null | undefined;
  /** Status. */
  status?: ServiceStatus | null | undefined;
  /** Target group ids (replaces the list). */
  targetGroups?: Array<string | number> | null | undefined;
  /** First year (1800 to 2100). */
  validFrom?: number | null | undefined;
  /** Last year (1800 to 2100; not before the first). */
  validTo?: number | null | undefined;
};

/** Lifecycle status of a service. */
export type ServiceStatus =
  /** Running. */
  | 'ACTIVE'
  /** Held once or in separate years. */
  | 'ONE_OFF'
  /** Announced, not yet running. */
  | 'PLANNED'
  /** No longer running (give `validTo`). */
  | 'STOPPED';

/** How serious a deviation from the recommended role split is. */
export type Severity =
  /** Against an explicit exclusion in the report. */
  | 'HIGH'
  /** A recommended group or phase not (yet) taken up. */
  | 'LOW'
  /** Outside the recommended target groups or scale. */
  | 'MEDIUM';

/** How the target group a statement was made about relates to the one asked. */
export type TargetGroupRelation =
  /** About all target groups (*alle doelgroepen*). */
  | 'ALL'
  /** About a broader group that includes the asked one: serving it means serving the asked group. */
  | 'BROADER'
  /** About a narrower group inside the asked one: it serves the asked group in part. */
  | 'NARROWER'
  /** The statement is about the asked group itself. */
  | 'SAME';

/** Roles of signed-in users. Reading needs no account unless the server is configured so (`READ_REQUIRES_TOKEN`). */
export type UserRole =
  /** May change everything, revert any change and import a full export. */
  | 'ADMIN'
  /** May change organisations, coverage, services and referrals; with provinces, only inside them. */
  | 'EDITOR'
  /** May read when reading requires a token; may not change anything. */
  | 'READER';

export type OverlapsQueryVariables = Exact<{
  region: string | number;
  targetGroup?: string | number | null | undefined;
  asOf?: number | null | undefined;
  scenario?: string | number | null | undefined;
}>;


export type OverlapsQuery = { overlaps: Array<{ sharedHelp: Array<string>, sharedPhases: Array<string>, sharedThemes: Array<string>, phaseChecked: boolean, score: number, explanation: string, targetGroup: { id: string }, organisations: Array<{ id: string, name: string }> }>, complements: Array<{ sharedHelp: Array<string>, explanation: string, targetGroup: { id: string }, organisations: Array<{ id: string, name: string }>, help: Array<{ help: Array<string>, organisation: { id: string } }> }> };

export type ReferralGapsQueryVariables = Exact<{
  region: string | number;
  targetGroup?: string | number | null | undefined;
  asOf?: number | null | undefined;
  scenario?: string | number | null | undefined;
}>;


export type ReferralGapsQuery = { referralGaps: { region: { id: string, name: string }, unreferredProviders: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }>, deadEnds: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }>, oneWay: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }>, isolated: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }>, unreachableGroups: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }> } };

export type GapFieldsFragment = { kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null };

export type ReferralPathsQueryVariables = Exact<{
  from: string | number;
  targetGroup: string | number;
  region: string | number;
  maxHops?: number | null | undefined;
  scenario?: string | number | null | undefined;
}>;


export type ReferralPathsQuery = { referralPaths: Array<{ length: number, operational: boolean, to: { id: string, name: string }, hops: Array<{ kind: string, status: string, from: { id: string }, to: { id: string } }> }> };

export type ComparisonQueryVariables = Exact<{
  before: MapState;
  after: MapState;
  level: RegionLevel;
  within?: string | number | null | undefined;
}>;


export type ComparisonQuery = { comparison: { rows: Array<{ id: string, name: string }>, columns: Array<{ id: string, name: string, nameEn: string | null }>, cells: Array<{ explanation: string, region: string, targetGroup: string, before: CoverageStatus, after: CoverageStatus, providersBefore: number, providersAfter: number, changed: boolean }>, started: Array<{ kind: ComparisonItemKind, explanation: string, service: string | null, serviceName: string | null, organisation: { id: string, name: string }, other: { id: string, name: string } | null, targetGroup: { id: string } | null, region: { id: string, name: string } | null }>, stopped: Array<{ kind: ComparisonItemKind, explanation: string, service: string | null, serviceName: string | null, organisation: { id: string, name: string }, other: { id: string, name: string } | null, targetGroup: { id: string } | null, region: { id: string, name: string } | null }> } };

export type ComparisonItemFieldsFragment = { kind: ComparisonItemKind, explanation: string, service: string | null, serviceName: string | null, organisation: { id: string, name: string }, other: { id: string, name: string } | null, targetGroup: { id: string } | null, region: { id: string, name: string } | null };

export type CoverageQueryVariables = Exact<{
  level: RegionLevel;
  within?: string | number | null | undefined;
  theme?: string | number | null | undefined;
  phase?: string | number | null | undefined;
  asOf?: number | null | undefined;
  scenario?: string | number | null | undefined;
}>;


export type CoverageQuery = { coverage: { rows: Array<{ id: string, name: string, level: RegionLevel }>, columns: Array<{ id: string, name: string, nameEn: string | null }>, cells: Array<{ region: string, targetGroup: string, primaryProviders: number, firstLineProviders: number, regionalProviders: number, nationalProviders: number, localProviders: number, status: CoverageStatus }> } };

export type ChangeResultFieldsFragment = { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null };

export type CreateOrganisationMutationVariables = Exact<{
  input: NewOrganisationInput;
  change: ChangeInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  patch: OrganisationPatch;
  change: ChangeInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type DeleteOrganisationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  onReferences?: DeleteMode | null | undefined;
  change: ChangeInput;
}>;


export type DeleteOrganisationMutation = { deleteOrganisation: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type SetCoverageMutationVariables = Exact<{
  organisation: string | number;
  region: string | number;
  expectedVersion?: number | null | undefined;
  input: CoverageInput;
  change: ChangeInput;
}>;


export type SetCoverageMutation = { setCoverage: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type RemoveCoverageMutationVariables = Exact<{
  organisation: string | number;
  region: string | number;
  expectedVersion: number;
  change: ChangeInput;
}>;


export type RemoveCoverageMutation = { removeCoverage: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type AddServesMutationVariables = Exact<{
  organisation: string | number;
  input: ServesInput;
  change: ChangeInput;
}>;


export type AddServesMutation = { addServes: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type UpdateServesMutationVariables = Exact<{
  key: string | number;
  expectedVersion: number;
  patch: ServesPatch;
  change: ChangeInput;
}>;


export type UpdateServesMutation = { updateServes: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type RemoveServesMutationVariables = Exact<{
  key: string | number;
  expectedVersion: number;
  change: ChangeInput;
}>;


export type RemoveServesMutation = { removeServes: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type CreateServiceMutationVariables = Exact<{
  organisation: string | number;
  input: NewServiceInput;
  change: ChangeInput;
}>;


export type CreateServiceMutation = { createService: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type UpdateServiceMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  patch: ServicePatch;
  change: ChangeInput;
}>;


export type UpdateServiceMutation = { updateService: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type DeleteServiceMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  change: ChangeInput;
}>;


export type DeleteServiceMutation = { deleteService: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type CreateReferralMutationVariables = Exact<{
  input: NewReferralInput;
  change: ChangeInput;
}>;


export type CreateReferralMutation = { createReferral: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type UpdateReferralMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  patch: ReferralPatch;
  change: ChangeInput;
}>;


export type UpdateReferralMutation = { updateReferral: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type DeleteReferralMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  change: ChangeInput;
}>;


export type DeleteReferralMutation = { deleteReferral: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type RevertChangeMutationVariables = Exact<{
  id: string | number;
  change?: ChangeInput | null | undefined;
}>;


export type RevertChangeMutation = { revertChange: { change: { id: string, action: ChangeAction, summary: string }, organisation: { id: string, version: number } | null } };

export type SourceFieldsFragment = { document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null };

export type ProvenanceFieldsFragment = { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> };

export type OrganisationRefFragment = { id: string, name: string, type: string, scale: string | null };

type ServingFields_ServesStatement_Fragment = { role: ServeRole, lines: Array<string>, phases: Array<string>, themes: Array<string>, help: Array<string>, regional: boolean, local: boolean, partial: boolean, targetGroupVia: string | null, targetGroupRelation: TargetGroupRelation, explanation: string, coveredVia: { id: string, name: string, level: RegionLevel }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> }, derivedFrom: { collective: { id: string, name: string } } | null };

type ServingFields_ServiceMatch_Fragment = { role: ServeRole, lines: Array<string>, phases: Array<string>, themes: Array<string>, help: Array<string>, regional: boolean, local: boolean, partial: boolean, targetGroupVia: string | null, targetGroupRelation: TargetGroupRelation, explanation: string, coveredVia: { id: string, name: string, level: RegionLevel }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> }, derivedFrom: { collective: { id: string, name: string } } | null };

export type ServingFieldsFragment =
  | ServingFields_ServesStatement_Fragment
  | ServingFields_ServiceMatch_Fragment
;

export type OverlapFieldsFragment = { sharedHelp: Array<string>, sharedPhases: Array<string>, sharedThemes: Array<string>, phaseChecked: boolean, score: number, explanation: string, targetGroup: { id: string }, organisations: Array<{ id: string, name: string }> };

export type CellComparisonFieldsFragment = { region: string, targetGroup: string, before: CoverageStatus, after: CoverageStatus, providersBefore: number, providersAfter: number, changed: boolean };

export type DeviationFieldsFragment = { rule: string, expected: string, actual: string, severity: Severity, organisation: { id: string, name: string } };

export type GraphSliceQueryVariables = Exact<{
  filter: GraphFilter;
}>;


export type GraphSliceQuery = { graph: { total: number, truncated: boolean, nodes: Array<{ id: string, label: string, type: string | null, scale: string | null, generic: boolean, lines: Array<string>, phases: Array<string>, scenarioChange: ScenarioMark | null, scenarioChanges: Array<string>, serves: Array<{ targetGroup: string, role: ServeRole }> }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, kind: string | null, status: string | null, scenarioChange: ScenarioMark | null, scenarioChanges: Array<string> }>, removedNodes: Array<{ id: string, label: string, type: string | null, scale: string | null, generic: boolean, lines: Array<string>, phases: Array<string>, scenarioChange: ScenarioMark | null, scenarioChanges: Array<string>, serves: Array<{ targetGroup: string, role: ServeRole }> }>, removedEdges: Array<{ id: string, source: string, target: string, type: RelationType, kind: string | null, status: string | null, scenarioChange: ScenarioMark | null, scenarioChanges: Array<string> }> } };

export type GraphNodeFieldsFragment = { id: string, label: string, type: string | null, scale: string | null, generic: boolean, lines: Array<string>, phases: Array<string>, scenarioChange: ScenarioMark | null, scenarioChanges: Array<string>, serves: Array<{ targetGroup: string, role: ServeRole }> };

export type GraphEdgeFieldsFragment = { id: string, source: string, target: string, type: RelationType, kind: string | null, status: string | null, scenarioChange: ScenarioMark | null, scenarioChanges: Array<string> };

export type ReferralNetworkQueryVariables = Exact<{
  region: string | number;
  targetGroup?: string | number | null | undefined;
  asOf?: number | null | undefined;
  scenario?: string | number | null | undefined;
}>;


export type ReferralNetworkQuery = { referralNetwork: { referrals: number, otherReferrals: number, weakPointsComplete: boolean, region: { id: string, name: string }, organisations: Array<{ inDegree: number, outDegree: number, betweenness: number, closeness: number, community: number, firstLine: boolean, weakPoint: boolean, organisation: { id: string, name: string } }>, withoutReferrals: Array<{ id: string }>, communities: Array<{ id: number, internal: number, outgoing: number, incoming: number }>, weakPoints: Array<{ explanation: string, explanationEn: string, organisation: { id: string, name: string }, firstLine: { id: string }, targetGroup: { id: string }, unreachable: Array<{ id: string }> }>, bridges: Array<{ explanation: string, explanationEn: string, from: { id: string, name: string }, to: { id: string, name: string }, firstLine: { id: string }, targetGroup: { id: string }, unreachable: Array<{ id: string }> }> } };

export type OrganisationDetailsQueryVariables = Exact<{
  id: string | number;
  asOf?: number | null | undefined;
}>;


export type OrganisationDetailsQuery = { organisation: { version: number, editable: boolean, aliases: Array<string>, generic: boolean, lines: Array<string>, phases: Array<string>, themes: Array<string>, help: Array<string>, helpNote: string | null, description: string | null, validFrom: number | null, validTo: number | null, id: string, name: string, type: string, scale: string | null, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> }, figures: Array<{ id: string, label: string, value: number | null, target: number | null, kind: FigureKind | null, qualifier: string | null, approx: boolean, unit: string | null, year: number | null, period: string | null, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }>, budgets: Array<{ id: string, task: string, year: number, kind: BudgetKind, total: number | null, unit: string, note: string | null, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }>, coverage: Array<{ version: number, partial: boolean, validFrom: number | null, validTo: number | null, region: { id: string, name: string, level: RegionLevel }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }>, serves: Array<{ key: string, version: number, role: ServeRole, likelyRole: ServeRole | null, phases: Array<string>, themes: Array<string>, lines: Array<string>, help: Array<string>, scope: string | null, validFrom: number | null, validTo: number | null, targetGroup: { id: string, name: string, nameEn: string | null }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }>, services: Array<{ id: string, version: number, name: string, description: string | null, targetGroups: Array<string>, group: string | null, validFrom: number | null, validTo: number | null, oneOffYears: Array<number>, status: string | null, renamedTo: { id: string, name: string, year: number | null } | null, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }>, referralsOut: Array<{ id: string, version: number, kind: string, status: string, subject: string | null, targetGroups: Array<string>, validFrom: number | null, validTo: number | null, from: { id: string, name: string }, to: { id: string, name: string }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }>, referralsIn: Array<{ id: string, version: number, kind: string, status: string, subject: string | null, targetGroups: Array<string>, validFrom: number | null, validTo: number | null, from: { id: string, name: string }, to: { id: string, name: string }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }> } | null };

export type ReferralFieldsFragment = { id: string, version: number, kind: string, status: string, subject: string | null, targetGroups: Array<string>, validFrom: number | null, validTo: number | null, from: { id: string, name: string }, to: { id: string, name: string }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } };

export type ConformanceQueryVariables = Exact<{
  region?: string | number | null | undefined;
  scenario?: string | number | null | undefined;
}>;


export type ConformanceQuery = { conformance: Array<{ rule: string, expected: string, actual: string, severity: Severity, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }>, organisation: { id: string, name: string } }> };

export type SearchOrganisationsQueryVariables = Exact<{
  search: string;
  first?: number | null | undefined;
}>;


export type SearchOrganisationsQuery = { organisations: { edges: Array<{ node: { id: string } }> } };

export type ReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceQuery = { organisationTypes: Array<string>, scales: Array<string>, lines: Array<string>, regions: Array<{ id: string, name: string, level: RegionLevel, aliases: Array<string> }>, targetGroups: Array<{ id: string, name: string, nameEn: string | null, description: string | null, kind: string | null }>, phases: Array<{ id: string, name: string, order: number }>, themes: Array<{ id: string, name: string }>, helpKinds: Array<{ id: string, name: string, nameEn: string, description: string }> };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { ok: boolean, database: string, migrations: number } };

export type RegiobeeldRegionQueryVariables = Exact<{
  region: string | number;
}>;


export type RegiobeeldRegionQuery = { region: { id: string, name: string, level: RegionLevel } | null, dataVersion: { token: string | null, readAt: string } };

export type RegiobeeldQueryVariables = Exact<{
  region: string | number;
  since: number;
}>;


export type RegiobeeldQuery = { helpKinds: Array<{ id: string, name: string, nameEn: string }>, coverage: { rows: Array<{ id: string, name: string }>, columns: Array<{ id: string, name: string, nameEn: string | null }>, cells: Array<{ region: string, targetGroup: string, status: CoverageStatus, regionalProviders: number, nationalProviders: number, mappings: Array<{ year: number | null, region: { id: string, name: string }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }> }> }, overlaps: Array<{ sharedHelp: Array<string>, sharedPhases: Array<string>, sharedThemes: Array<string>, phaseChecked: boolean, score: number, explanation: string, targetGroup: { id: string }, organisations: Array<{ id: string, name: string }> }>, referralGaps: { unreferredProviders: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }>, deadEnds: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }>, oneWay: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }>, isolated: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }>, unreachableGroups: Array<{ kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null }> }, referralNetwork: { referrals: number, weakPointsComplete: boolean, status: Array<ReferralStatus>, organisations: Array<{ betweenness: number, firstLine: boolean, weakPoint: boolean, organisation: { id: string, name: string, referralsOut: Array<{ status: string, to: { id: string }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }> } }>, withoutReferrals: Array<{ id: string }>, weakPoints: Array<{ explanation: string, explanationEn: string, organisation: { id: string, name: string } }>, bridges: Array<{ explanation: string, explanationEn: string, from: { id: string }, to: { id: string } }> }, conformance: Array<{ rule: string, expected: string, actual: string, severity: Severity, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }>, organisation: { id: string, name: string } }>, comparison: { cells: Array<{ region: string, targetGroup: string, before: CoverageStatus, after: CoverageStatus, providersBefore: number, providersAfter: number, changed: boolean }>, started: Array<{ kind: ComparisonItemKind, explanation: string, service: string | null, serviceName: string | null, organisation: { id: string, name: string, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }, other: { id: string, name: string } | null, targetGroup: { id: string } | null, region: { id: string, name: string } | null }>, stopped: Array<{ kind: ComparisonItemKind, explanation: string, service: string | null, serviceName: string | null, organisation: { id: string, name: string, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }, other: { id: string, name: string } | null, targetGroup: { id: string } | null, region: { id: string, name: string } | null }> } };

export type RegioGapFieldsFragment = { kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } } | null, other: { id: string, name: string } | null, targetGroup: { id: string, name: string } | null };

export type RegioChangeFieldsFragment = { kind: ComparisonItemKind, explanation: string, service: string | null, serviceName: string | null, organisation: { id: string, name: string, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }, other: { id: string, name: string } | null, targetGroup: { id: string } | null, region: { id: string, name: string } | null };

export type ScenarioFieldsFragment = { id: string, title: string, description: string, owner: string, updatedAt: string, version: number, editable: boolean, changes: Array<{ id: string, kind: ScenarioChangeKind, organisation: string | null, targetGroup: string | null, role: ServeRole | null, scope: string | null, region: string | null, partial: boolean | null, from: string | null, to: string | null, referralKind: ReferralKind | null, targetGroups: Array<string> | null, name: string | null, organisationType: string | null, scale: string | null, source: string, note: string | null, summary: string }> };

export type ScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type ScenariosQuery = { scenarios: Array<{ id: string, title: string, owner: string, updatedAt: string }> };

export type ScenarioDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ScenarioDetailsQuery = { scenario: { id: string, title: string, description: string, owner: string, updatedAt: string, version: number, editable: boolean, changes: Array<{ id: string, kind: ScenarioChangeKind, organisation: string | null, targetGroup: string | null, role: ServeRole | null, scope: string | null, region: string | null, partial: boolean | null, from: string | null, to: string | null, referralKind: ReferralKind | null, targetGroups: Array<string> | null, name: string | null, organisationType: string | null, scale: string | null, source: string, note: string | null, summary: string }> } | null };

export type ScenarioImpactQueryVariables = Exact<{
  scenario: string | number;
  region: string | number;
}>;


export type ScenarioImpactQuery = { scenarioImpact: { pathsTruncated: boolean, region: { id: string, name: string }, cells: Array<{ before: CoverageStatus, after: CoverageStatus, providersBefore: number, providersAfter: number, explanation: string, changes: Array<string>, region: { id: string, name: string }, targetGroup: { id: string, name: string, nameEn: string | null } }>, gapsClosed: Array<{ changes: Array<string>, gap: { kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null } }>, gapsOpened: Array<{ changes: Array<string>, gap: { kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null } }>, deviationsResolved: Array<{ changes: Array<string>, deviation: { rule: string, expected: string, actual: string, severity: Severity, organisation: { id: string, name: string } } }>, deviationsAdded: Array<{ changes: Array<string>, deviation: { rule: string, expected: string, actual: string, severity: Severity, organisation: { id: string, name: string } } }>, pathsLost: Array<{ changes: Array<string>, explanation: string, targetGroup: { id: string, name: string, nameEn: string | null }, path: { operational: boolean, hops: Array<{ status: string, from: { id: string, name: string }, to: { id: string, name: string } }> } }>, pathsGained: Array<{ changes: Array<string>, explanation: string, targetGroup: { id: string, name: string, nameEn: string | null }, path: { operational: boolean, hops: Array<{ status: string, from: { id: string, name: string }, to: { id: string, name: string } }> } }> } };

export type PathImpactFieldsFragment = { changes: Array<string>, explanation: string, targetGroup: { id: string, name: string, nameEn: string | null }, path: { operational: boolean, hops: Array<{ status: string, from: { id: string, name: string }, to: { id: string, name: string } }> } };

export type GapImpactFieldsFragment = { changes: Array<string>, gap: { kind: ReferralGapKind, explanation: string, organisation: { id: string, name: string } | null, other: { id: string, name: string } | null } };

export type DeviationImpactFieldsFragment = { changes: Array<string>, deviation: { rule: string, expected: string, actual: string, severity: Severity, organisation: { id: string, name: string } } };

export type CreateScenarioMutationVariables = Exact<{
  input: NewScenarioInput;
}>;


export type CreateScenarioMutation = { createScenario: { id: string, title: string, description: string, owner: string, updatedAt: string, version: number, editable: boolean, changes: Array<{ id: string, kind: ScenarioChangeKind, organisation: string | null, targetGroup: string | null, role: ServeRole | null, scope: string | null, region: string | null, partial: boolean | null, from: string | null, to: string | null, referralKind: ReferralKind | null, targetGroups: Array<string> | null, name: string | null, organisationType: string | null, scale: string | null, source: string, note: string | null, summary: string }> } };

export type AddScenarioChangesMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  changes: Array<ScenarioChangeInput> | ScenarioChangeInput;
}>;


export type AddScenarioChangesMutation = { addScenarioChanges: { id: string, title: string, description: string, owner: string, updatedAt: string, version: number, editable: boolean, changes: Array<{ id: string, kind: ScenarioChangeKind, organisation: string | null, targetGroup: string | null, role: ServeRole | null, scope: string | null, region: string | null, partial: boolean | null, from: string | null, to: string | null, referralKind: ReferralKind | null, targetGroups: Array<string> | null, name: string | null, organisationType: string | null, scale: string | null, source: string, note: string | null, summary: string }> } };

export type RemoveScenarioChangeMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  change: string | number;
}>;


export type RemoveScenarioChangeMutation = { removeScenarioChange: { id: string, title: string, description: string, owner: string, updatedAt: string, version: number, editable: boolean, changes: Array<{ id: string, kind: ScenarioChangeKind, organisation: string | null, targetGroup: string | null, role: ServeRole | null, scope: string | null, region: string | null, partial: boolean | null, from: string | null, to: string | null, referralKind: ReferralKind | null, targetGroups: Array<string> | null, name: string | null, organisationType: string | null, scale: string | null, source: string, note: string | null, summary: string }> } };

export type DiscardScenarioMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type DiscardScenarioMutation = { discardScenario: boolean };

export type AdoptScenarioMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  change: ChangeInput;
}>;


export type AdoptScenarioMutation = { adoptScenario: { change: { id: string, action: ChangeAction, summary: string } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, role: UserRole, provinces: Array<{ id: string, name: string }> } | null };

export type LatestChangeQueryVariables = Exact<{
  user: string;
  limit?: number | null | undefined;
}>;


export type LatestChangeQuery = { changes: Array<{ id: string, at: string, user: string, action: ChangeAction, summary: string, source: string, comment: string | null, organisations: Array<string>, revertOf: string | null, revertedBy: string | null, entities: Array<{ kind: string, key: string, before: unknown, after: unknown }> }> };

export type OrganisationHistoryQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type OrganisationHistoryQuery = { organisation: { id: string, history: Array<{ id: string, at: string, user: string, action: ChangeAction, summary: string, source: string, comment: string | null, organisations: Array<string>, revertOf: string | null, revertedBy: string | null, entities: Array<{ kind: string, key: string, before: unknown, after: unknown }> }> } | null };

export type OrganisationNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationNamesQuery = { graph: { truncated: boolean, nodes: Array<{ id: string, label: string }> } };

export type ChangeFieldsFragment = { id: string, at: string, user: string, action: ChangeAction, summary: string, source: string, comment: string | null, organisations: Array<string>, revertOf: string | null, revertedBy: string | null, entities: Array<{ kind: string, key: string, before: unknown, after: unknown }> };

export type WhoServesQueryVariables = Exact<{
  targetGroup: string | number;
  region: string | number;
  theme?: string | number | null | undefined;
  phase?: string | number | null | undefined;
  asOf?: number | null | undefined;
  scenario?: string | number | null | undefined;
}>;


export type WhoServesQuery = { whoServes: Array<{ specificity: RegionLevel, role: ServeRole, lines: Array<string>, phases: Array<string>, themes: Array<string>, help: Array<string>, regional: boolean, local: boolean, partial: boolean, targetGroupVia: string | null, targetGroupRelation: TargetGroupRelation, explanation: string, organisation: { id: string, name: string, type: string, scale: string | null }, memberGroup: { id: string, memberType: string, size: number, collective: { id: string, name: string } } | null, statements: Array<{ role: ServeRole, lines: Array<string>, phases: Array<string>, themes: Array<string>, help: Array<string>, regional: boolean, local: boolean, partial: boolean, targetGroupVia: string | null, targetGroupRelation: TargetGroupRelation, explanation: string, scope: { id: string, name: string } | null, coveredVia: { id: string, name: string, level: RegionLevel }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> }, derivedFrom: { collective: { id: string, name: string } } | null }>, coveredVia: { id: string, name: string, level: RegionLevel }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> }, derivedFrom: { collective: { id: string, name: string } } | null }>, coverageCell: { status: CoverageStatus, regionalProviders: number, nationalProviders: number, localProviders: number, mappings: Array<{ targetGroup: string, year: number | null, factsheet: string | null, region: { id: string, name: string }, provenance: { kind: ProvenanceKind, note: string | null, ambiguity: string | null, reading: string | null, sources: Array<{ document: string | null, citation: string, section: string | null, lineFrom: number | null, lineTo: number | null }> } }> } };
