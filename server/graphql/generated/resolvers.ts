import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionRef } from '../../domain/region-index.ts';
import type { TargetGroupRow } from '../../repos/catalog.ts';
import type { OrganisationModel, ChangeResultModel } from '../models.ts';
import type { ChangeRecord } from '../../repos/changes.ts';
import type { StoredScenario, StoredScenarioChange } from '../../repos/projection/scenarios.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value: the stored properties of a fact before or after a change. */
  JSON: { input: unknown; output: unknown; }
};

/** Planned (begroting) or actual (werkelijk) costs. */
export type BudgetKind =
  /** Actual costs (*werkelijk*). */
  | 'ACTUAL'
  /** The budget (*begroting*). */
  | 'PLANNED';

/** One row of the report's budget tables: a statutory task's planned or actual costs in one year. */
export type BudgetRow = {
  __typename?: 'BudgetRow';
  /** Difference with the previous year of the same kind, when given. */
  diffPrev: Maybe<Scalars['Float']['output']>;
  /** Direct costs, when given. */
  direct: Maybe<Scalars['Float']['output']>;
  /** Row id. */
  id: Scalars['ID']['output'];
  /** Indirect costs, when given. */
  indirect: Maybe<Scalars['Float']['output']>;
  /** Planned or actual. */
  kind: BudgetKind;
  /** Remark of the report, e.g. `Onbekend` (unknown). */
  note: Maybe<Scalars['String']['output']>;
  /** Source of the row. */
  provenance: Provenance;
  /** Statutory task: `innovatiestimulering` or `regiostimulering`. */
  task: Scalars['String']['output'];
  /** Total; absent when the report has no number (see `note`, e.g. `Onbekend`). */
  total: Maybe<Scalars['Float']['output']>;
  /** Unit of the amounts, `EUR million`. */
  unit: Scalars['String']['output'];
  /** Year. */
  year: Scalars['Int']['output'];
};

/** One coverage cell in both states. */
export type CellComparison = {
  __typename?: 'CellComparison';
  /** Status after. */
  after: CoverageStatus;
  /** Status before. */
  before: CoverageStatus;
  /** Whether the status or the number of regional providers differs. */
  changed: Scalars['Boolean']['output'];
  /** In words, e.g. `GAP → COVERED (0 → 2 regional providers)`. */
  explanation: Scalars['String']['output'];
  /** Regional providers after. */
  providersAfter: Scalars['Int']['output'];
  /** Regional providers before. */
  providersBefore: Scalars['Int']['output'];
  /** Region id. */
  region: Scalars['ID']['output'];
  /** Target group id. */
  targetGroup: Scalars['ID']['output'];
};

/** A coverage cell whose status a scenario changes. */
export type CellImpact = {
  __typename?: 'CellImpact';
  /** The status as if the scenario's changes were made. */
  after: CoverageStatus;
  /** The status on the live map. */
  before: CoverageStatus;
  /** The scenario's changes that concern the cell's providers and group. */
  changes: Array<Scalars['ID']['output']>;
  /** The change, in words. */
  explanation: Scalars['String']['output'];
  /** Regional providers as if the changes were made. */
  providersAfter: Scalars['Int']['output'];
  /** Regional providers on the live map. */
  providersBefore: Scalars['Int']['output'];
  /** The region. */
  region: Region;
  /** The target group. */
  targetGroup: TargetGroup;
};

/** A source that looked at a region for a target group: who serves it there, if anyone. */
export type CellMapping = {
  __typename?: 'CellMapping';
  /** The report's factsheet it comes from, when one. */
  factsheet: Maybe<Scalars['ID']['output']>;
  /** The source. */
  provenance: Provenance;
  /** The region looked at (the cell's region or one containing it). */
  region: Region;
  /** The target group looked at (the cell's group or a broader one). */
  targetGroup: Scalars['ID']['output'];
  /** Version of the record: pass it as `expectedVersion` to `setMapping` or `removeMapping`. */
  version: Scalars['Int']['output'];
  /** The year the source describes. */
  year: Maybe<Scalars['Int']['output']>;
};

/** An entry of the audit trail: who changed what, when, before and after, and on which source. */
export type Change = {
  __typename?: 'Change';
  /** What kind of change. */
  action: ChangeAction;
  /** When (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  /** Remark given with the change. */
  comment: Maybe<Scalars['String']['output']>;
  /** The facts it touched, before and after. */
  entities: Array<ChangedEntity>;
  /** Change id. */
  id: Scalars['ID']['output'];
  /** Organisations it touched (ids). */
  organisations: Array<Scalars['ID']['output']>;
  /** The change this one reverted, if it is a revert. */
  revertOf: Maybe<Scalars['ID']['output']>;
  /** The change that reverted this one, if any. */
  revertedBy: Maybe<Scalars['ID']['output']>;
  /** The source given for the change (a citation or URL). */
  source: Scalars['String']['output'];
  /** One line describing it. */
  summary: Scalars['String']['output'];
  /** Who (user name as configured). */
  user: Scalars['String']['output'];
};

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
  comment?: InputMaybe<Scalars['String']['input']>;
  /**
   * Makes the mutation safe to repeat: 1 to 100 characters of A-Z, a-z, 0-9, ".", "_", ":" and "-", fresh for each
   * change the client means to make (e.g. a UUID). A repeat by the same user with the same key, mutation and arguments
   * returns the first result and writes nothing; the same key with other arguments is a CONFLICT naming the key.
   * Any mutation may carry one; a create retried after a lost answer needs one not to be made twice.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Citation or URL the change is based on (required, 1 to 500 characters). */
  source: Scalars['String']['input'];
};

/** What a change did. */
export type ChangeResult = {
  __typename?: 'ChangeResult';
  /** The audit entry. */
  change: Change;
  /** The organisation it concerns, as it is now (null after a deletion). */
  organisation: Maybe<Organisation>;
};

/** One fact a change touched, as stored before and after it. */
export type ChangedEntity = {
  __typename?: 'ChangedEntity';
  /** Properties after the change; null when it was deleted. */
  after: Maybe<Scalars['JSON']['output']>;
  /** Properties before the change; null when it was created. */
  before: Maybe<Scalars['JSON']['output']>;
  /**
   * Identity: the organisation or service id, `organisation|region` for coverage, the serves key, the referral id,
   * `region|targetGroup` for a mapping.
   */
  key: Scalars['String']['output'];
  /**
   * `organisation`, `coverage`, `serves`, `service`, `referral`, `mapping` (where a source looked) or, for a deletion
   * with its relationships, `relationship`.
   */
  kind: Scalars['String']['output'];
};

/** Two states of the map side by side. */
export type Comparison = {
  __typename?: 'Comparison';
  /** One per row × column, in row order then column order. */
  cells: Array<CellComparison>;
  /** The columns. */
  columns: Array<TargetGroup>;
  /** The rows, by name. */
  rows: Array<Region>;
  /** What holds after but not before: organisations, statements, coverage, referrals and services. */
  started: Array<ComparisonItem>;
  /** What held before but not after. */
  stopped: Array<ComparisonItem>;
};

/** A fact that started or stopped between two states of the map. */
export type ComparisonItem = {
  __typename?: 'ComparisonItem';
  /** In words. */
  explanation: Scalars['String']['output'];
  /** What kind of fact. */
  kind: ComparisonItemKind;
  /** The organisation (the referring one, for a referral). */
  organisation: Organisation;
  /** The other end of a referral. */
  other: Maybe<Organisation>;
  /** The region covered, or the region a statement is limited to. */
  region: Maybe<Region>;
  /** The service (SERVICE). */
  service: Maybe<Scalars['ID']['output']>;
  /** The service's name (SERVICE). */
  serviceName: Maybe<Scalars['String']['output']>;
  /** The target group of a statement. */
  targetGroup: Maybe<TargetGroup>;
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

/** Two organisations serving the same target group in the same region that complement each other. */
export type Complement = {
  __typename?: 'Complement';
  /** How they complement each other, in words (English). */
  explanation: Scalars['String']['output'];
  /** What each gives, in the order of `organisations`. */
  help: Array<OrganisationHelp>;
  /** The two organisations. */
  organisations: Array<Organisation>;
  /** Kinds of help both give in different phases; empty when their kinds of help differ. */
  sharedHelp: Array<Scalars['ID']['output']>;
  /** The target group. */
  targetGroup: TargetGroup;
};

/** An organisation covering a region. */
export type Coverage = {
  __typename?: 'Coverage';
  /** True when it works in only part of the region. */
  partial: Scalars['Boolean']['output'];
  /** Source of the fact. */
  provenance: Provenance;
  /** The region. */
  region: Region;
  /** First year, when known. */
  validFrom: Maybe<Scalars['Int']['output']>;
  /** Last year, when known. */
  validTo: Maybe<Scalars['Int']['output']>;
  /** Version of this coverage fact (see `Organisation.version`). */
  version: Scalars['Int']['output'];
};

/**
 * One region × target group cell. Every number counts organisations, each once however many readings or
 * coverages match. `regionalProviders` is the cell's number: the status is computed from it. National providers
 * are counted apart in `nationalProviders`, never in the status.
 */
export type CoverageCell = {
  __typename?: 'CoverageCell';
  /** Of the regional providers, those giving first-line (*eerstelijns*) support. */
  firstLineProviders: Scalars['Int']['output'];
  /**
   * Local providers, counted apart: organisations that reach a province or COROP region only through municipalities
   * inside it (a municipality serving its own municipality). They serve those municipalities, not the region; in a
   * municipality's own cell they are regional.
   */
  localProviders: Scalars['Int']['output'];
  /**
   * The sources that looked at this region for this group (a region's mapping speaks for the regions inside it, a
   * group's for its narrower groups); empty when nobody did. A GAP always has one.
   */
  mappings: Array<CellMapping>;
  /**
   * National providers, counted apart: organisations reaching the region only through the whole country, and generic
   * groups. They inform everywhere but do not make a region served.
   */
  nationalProviders: Scalars['Int']['output'];
  /** Of the regional providers, those with role PRIMARY. */
  primaryProviders: Scalars['Int']['output'];
  /** Ids of all the providers counted, regional and national (sorted). */
  providerIds: Array<Scalars['ID']['output']>;
  /**
   * `regionalProviders` + `nationalProviders` + `localProviders`: every organisation that serves the group here.
   * @deprecated Mixes the two kinds; show `regionalProviders` (the status's number) and `nationalProviders` apart.
   */
  providers: Scalars['Int']['output'];
  /** Row region id. */
  region: Scalars['ID']['output'];
  /**
   * Regional providers: organisations serving the group here that are neither national nor a generic group (such as
   * all ROMs). The number the status is computed from: 0 exactly when the status is GAP.
   */
  regionalProviders: Scalars['Int']['output'];
  /** Status by the thresholds of `CoverageStatus`, from the regional providers. */
  status: CoverageStatus;
  /** Column target group id. */
  targetGroup: Scalars['ID']['output'];
};

/** Coverage of a region. */
export type CoverageInput = {
  /** True when it works in only part of the region. Default false. */
  partial?: InputMaybe<Scalars['Boolean']['input']>;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** First year (1800 to 2100). */
  validFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year (1800 to 2100; not before the first). */
  validTo?: InputMaybe<Scalars['Int']['input']>;
};

/** Providers per region and target group. */
export type CoverageMatrix = {
  __typename?: 'CoverageMatrix';
  /** One cell per row and column. */
  cells: Array<CoverageCell>;
  /** Column target groups. */
  columns: Array<TargetGroup>;
  /** Row regions. */
  rows: Array<Region>;
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

/** The version of the map an API process answers from. */
export type DataVersion = {
  __typename?: 'DataVersion';
  /** When this API process read that version (ISO 8601). */
  readAt: Scalars['String']['output'];
  /** Changes with every write to the map; null when it has never been written through the API, the seed or an import. */
  token: Maybe<Scalars['String']['output']>;
};

/** What to do with the relationships of an organisation being deleted. */
export type DeleteMode =
  /** Refuse (CONFLICT) when other organisations, services or facts refer to it. */
  | 'REFUSE'
  /** Delete its coverage, target groups, referrals and other relationships too (all recorded for revert). */
  | 'REMOVE_RELATIONSHIPS';

/**
 * A statement the report makes of a collective (*gemeenten*, *provincies*, the ROMs), applied to one of its members.
 * The collective itself is never a provider: it shows here, as the source of its members' statements.
 */
export type DerivedFrom = {
  __typename?: 'DerivedFrom';
  /** The collective the report speaks of (a generic organisation such as `group-gemeenten`). */
  collective: Organisation;
  /** Where the membership comes from (the CBS list of municipalities, the public list of the nine ROMs, …). */
  membership: Provenance;
  /** Sources of the collective's statement (the same as the statement's `provenance.sources`). */
  sources: Array<Source>;
};

/** A deviation from the recommended role split that a scenario resolves or adds. */
export type DeviationImpact = {
  __typename?: 'DeviationImpact';
  /** The scenario's changes that concern its organisation. */
  changes: Array<Scalars['ID']['output']>;
  /** The deviation, as `conformance` shows it. */
  deviation: RoleDeviation;
};

/** A quantitative fact of the report, e.g. KVK's website visitors in 2022. */
export type Figure = {
  __typename?: 'Figure';
  /** Ids of the organisation's activities the figure is about. */
  activities: Array<Scalars['ID']['output']>;
  /** True when the report gives the value as an approximation. */
  approx: Scalars['Boolean']['output'];
  /** Figure id (`fig-…`). */
  id: Scalars['ID']['output'];
  /** Result or plan, when the report says which. */
  kind: Maybe<FigureKind>;
  /** What is counted, in Dutch as in the report. */
  label: Scalars['String']['output'];
  /** Period the figure is about, when not a whole year, e.g. `2023-01..2023-05`. */
  period: Maybe<Scalars['String']['output']>;
  /** Source of the figure, with remarks (e.g. whether visits or visitors are meant). */
  provenance: Provenance;
  /** Words qualifying the value, e.g. `meer dan` (more than). */
  qualifier: Maybe<Scalars['String']['output']>;
  /** The planned number the report sets against `value`, when it gives one. */
  target: Maybe<Scalars['Float']['output']>;
  /** Unit, e.g. `visitors`, `NPS`, `users`, `sessions`, `EUR`. */
  unit: Maybe<Scalars['String']['output']>;
  /** The number, when the figure is one number. */
  value: Maybe<Scalars['Float']['output']>;
  /** Year the figure is about, when it is one year. */
  year: Maybe<Scalars['Int']['output']>;
};

/** Whether a figure is a result or a plan. */
export type FigureKind =
  /** A measured result. */
  | 'ACTUAL'
  /** A planned value (a target of a year plan). */
  | 'TARGET';

/** A referral gap a scenario closes or opens. */
export type GapImpact = {
  __typename?: 'GapImpact';
  /** The scenario's changes that concern its organisations. */
  changes: Array<Scalars['ID']['output']>;
  /** The gap, as `referralGaps` shows it. */
  gap: ReferralGap;
};

/** A relation between two organisations as a graph edge. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable id of the relation. */
  id: Scalars['ID']['output'];
  /** For referrals: `referral` or `warm-handover`. */
  kind: Maybe<Scalars['String']['output']>;
  /** Asked with a scenario: ADDED or REMOVED by it (null when it does not concern this relation). */
  scenarioChange: Maybe<ScenarioMark>;
  /** Asked with a scenario: the ids of its changes that add or remove this relation. */
  scenarioChanges: Array<Scalars['ID']['output']>;
  /** Id of the organisation the relation starts from. */
  source: Scalars['ID']['output'];
  /** Status of the relation: `active`, `pilot`, `planned`, `wished`, `recommended`, `past` or `possible`. */
  status: Maybe<Scalars['String']['output']>;
  /** Id of the organisation the relation points to. */
  target: Scalars['ID']['output'];
  /** Relation type, e.g. `REFERS_TO` (*doorverwijzing*), `FUNDS`, `COLLABORATES_WITH`. */
  type: RelationType;
};

/** Filter for a graph slice. */
export type GraphFilter = {
  /**
   * True: also include the municipalities and provinces generated from the CBS list that have no statement of
   * their own (left out by default: each is only a member of *gemeenten* or *provincies*).
   */
  allPublicBodies?: InputMaybe<Scalars['Boolean']['input']>;
  /** Year: only organisations, services and relations valid then. */
  asOf?: InputMaybe<Scalars['Int']['input']>;
  /** True: also leave out generic groups (*group-…*). */
  excludeGeneric?: InputMaybe<Scalars['Boolean']['input']>;
  /** Maximum number of organisations in the slice: 1 to 5000. Default 500. */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Only organisations active in one of these phases. */
  phases?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only organisations active in this region (id, name or alias). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only relations of these types (e.g. `REFERS_TO`, `FUNDS`). */
  relationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only organisations with one of these roles for the target groups. */
  roles?: InputMaybe<Array<ServeRole>>;
  /**
   * Answer as if this scenario's changes were made (see `scenarios`); the live map is untouched. The organisations and
   * referrals it adds are marked (`scenarioChange`), and so are those it removes, which are left out of the slice.
   */
  scenario?: InputMaybe<Scalars['ID']['input']>;
  /** Only relations with these statuses. */
  statuses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only organisations serving one of these target groups. */
  targetGroups?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only organisations working on one of these themes. */
  themes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only organisations of these types. */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An organisation as a graph node. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** True for a generic group standing for a whole category. */
  generic: Scalars['Boolean']['output'];
  /** Organisation id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  label: Scalars['String']['output'];
  /** Lines of support. */
  lines: Array<Scalars['String']['output']>;
  /** Phases. */
  phases: Array<Scalars['String']['output']>;
  /** Scale of operation. */
  scale: Maybe<Scalars['String']['output']>;
  /** Asked with a scenario: ADDED, REMOVED or CHANGED by it (null when it does not concern this organisation). */
  scenarioChange: Maybe<ScenarioMark>;
  /** Asked with a scenario: the ids of its changes that add, remove or change this organisation. */
  scenarioChanges: Array<Scalars['ID']['output']>;
  /** Target groups served, with role. */
  serves: Array<GraphServe>;
  /** Organisation type. */
  type: Maybe<Scalars['String']['output']>;
};

/** A target group served by a graph node. */
export type GraphServe = {
  __typename?: 'GraphServe';
  /** Role. */
  role: ServeRole;
  /** Target group id. */
  targetGroup: Scalars['ID']['output'];
};

/** Nodes and edges ready for Cytoscape.js. */
export type GraphSlice = {
  __typename?: 'GraphSlice';
  /** Relations between organisations in the slice. */
  edges: Array<GraphEdge>;
  /** The organisations in the slice. */
  nodes: Array<GraphNode>;
  /** Asked with a scenario: the relations of the live slice that the scenario removes (not in `edges`). */
  removedEdges: Array<GraphEdge>;
  /**
   * Asked with a scenario: the organisations of the live slice that the scenario removes (REMOVED), or changes so that
   * the filter no longer matches them (CHANGED); not in `nodes`.
   */
  removedNodes: Array<GraphNode>;
  /** Number of organisations that matched the filter before `limit` was applied. */
  total: Scalars['Int']['output'];
  /** True when `limit` left organisations out. */
  truncated: Scalars['Boolean']['output'];
};

/** State of the service. */
export type Health = {
  __typename?: 'Health';
  /** The Neo4j database the API reads and writes. */
  database: Scalars['String']['output'];
  /** Number of schema migrations applied to that database. */
  migrations: Scalars['Int']['output'];
  /** Always true when the API answers. */
  ok: Scalars['Boolean']['output'];
};

/**
 * A kind of help (*soort hulp*), taken from the report's own distinctions: the recommended role split (§7.3.2: KVK
 * voorlichting, ROMs financing and cluster building, regional executors advice, municipalities practical questions),
 * the phases (§5.4.1) and the provincial factsheets.
 */
export type HelpKind = {
  __typename?: 'HelpKind';
  /** What it covers, in Dutch. */
  description: Scalars['String']['output'];
  /** Slug, e.g. `financiering`. */
  id: Scalars['ID']['output'];
  /** Dutch name, e.g. `Informeren en wegwijzen`. */
  name: Scalars['String']['output'];
  /** English name, e.g. `Information and signposting`. */
  nameEn: Scalars['String']['output'];
  /** Where the report draws the distinction. */
  sources: Array<Scalars['String']['output']>;
};

/** Whether the report names key performance indicators for an activity. */
export type KpiStatus =
  /** KPIs are named (see `kpis`). */
  | 'DEFINED'
  /** The report states the activity has no KPI. */
  | 'NONE'
  /** The report does not know whether it has KPIs. */
  | 'UNKNOWN';

/** A state of the map to compare: a year, a scenario, or both (the scenario in that year). */
export type MapState = {
  /** Year; default this year. */
  asOf?: InputMaybe<Scalars['Int']['input']>;
  /** Scenario id; default the live map. */
  scenario?: InputMaybe<Scalars['ID']['input']>;
};

/** Where and when a source looked at a region for a target group. */
export type MappingInput = {
  /** What the source looked at, in words (at most 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Citations for the mapping, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The year the source describes (1800 to 2100). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Rows of one answer shown as one: members of a collective, each serving in its own territory inside the region. */
export type MemberGroup = {
  __typename?: 'MemberGroup';
  /** The collective whose statement the members share. */
  collective: Organisation;
  /** Identity of the group within the answer: `<collective id>|<target group id>`. */
  id: Scalars['ID']['output'];
  /** Organisation type of the members: `municipality` or `province`. */
  memberType: Scalars['String']['output'];
  /** Number of organisations in the group (each counted once). */
  size: Scalars['Int']['output'];
};

/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds changes to the end of a scenario (its owner or an ADMIN); all are checked before any is kept. */
  addScenarioChanges: Scenario;
  /** States that an organisation serves a target group. */
  addServes: ChangeResult;
  /**
   * Adopts a scenario: its changes are made to the live map as ONE change of the audit trail (action ADOPT_SCENARIO),
   * revertible as a whole with `revertChange`, and the scenario leaves the drafts. An ADMIN adopts any scenario, an
   * EDITOR one whose every change lies in their provinces; each change is made as the edit an editor would make by hand.
   * CONFLICT when the scenario's version moved, when a change no longer holds on the live map, or when the live map
   * changed a fact a change is about since that change was added (`extensions.conflicts` lists them); nothing is written.
   */
  adoptScenario: ChangeResult;
  /** Creates an organisation, with its first coverage (an editor limited to provinces must give it, inside them). */
  createOrganisation: ChangeResult;
  /** Creates a referral between two organisations. */
  createReferral: ChangeResult;
  /** Creates a scenario (at least EDITOR), with its first changes; each change is checked as an edit would be, within the editor's provinces. */
  createScenario: Scenario;
  /** Creates a service run by an organisation. */
  createService: ChangeResult;
  /** Deletes an organisation; `onReferences` says what happens to its relationships. */
  deleteOrganisation: ChangeResult;
  /** Deletes a referral. */
  deleteReferral: ChangeResult;
  /** Deletes a service. */
  deleteService: ChangeResult;
  /** Discards a scenario (its owner or an ADMIN); the live map is untouched. True when discarded. */
  discardScenario: Scalars['Boolean']['output'];
  /** Removes coverage of a region. */
  removeCoverage: ChangeResult;
  /** Removes the record that a source looked at a region for a target group (back to UNMAPPED where nobody serves it). */
  removeMapping: ChangeResult;
  /** Removes one change from a scenario (its owner or an ADMIN); the changes after it must still hold. */
  removeScenarioChange: Scenario;
  /** Removes a target group statement. */
  removeServes: ChangeResult;
  /**
   * Undoes a change (itself recorded as a REVERT). An ADMIN may revert any change, an EDITOR only their own
   * latest one. CONFLICT when later changes depend on it (what it touched has changed since).
   */
  revertChange: ChangeResult;
  /** Adds coverage of a region, or changes it (then `expectedVersion` is the coverage's version). */
  setCoverage: ChangeResult;
  /**
   * Records that a source looked at a region for a target group (who serves it there, if anyone): cells of the region
   * and the regions inside it, for the group and its narrower groups, with no regional provider become GAP instead of
   * UNMAPPED. An editor limited to provinces records it only for regions inside them. `organisation` of the result is
   * null.
   */
  setMapping: ChangeResult;
  /** Changes an organisation's properties. */
  updateOrganisation: ChangeResult;
  /** Changes a referral. */
  updateReferral: ChangeResult;
  /** Changes a scenario's title or description (its owner or an ADMIN). */
  updateScenario: Scenario;
  /** Changes a target group statement (by its key). */
  updateServes: ChangeResult;
  /** Changes a service, including its lifecycle (status, first and last year). */
  updateService: ChangeResult;
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationAddScenarioChangesArgs = {
  changes: Array<ScenarioChangeInput>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationAddServesArgs = {
  change: ChangeInput;
  input: ServesInput;
  organisation: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationAdoptScenarioArgs = {
  change: ChangeInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationCreateOrganisationArgs = {
  change: ChangeInput;
  input: NewOrganisationInput;
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationCreateReferralArgs = {
  change: ChangeInput;
  input: NewReferralInput;
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationCreateScenarioArgs = {
  input: NewScenarioInput;
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationCreateServiceArgs = {
  change: ChangeInput;
  input: NewServiceInput;
  organisation: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationDeleteOrganisationArgs = {
  change: ChangeInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  onReferences?: InputMaybe<DeleteMode>;
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationDeleteReferralArgs = {
  change: ChangeInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationDeleteServiceArgs = {
  change: ChangeInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationDiscardScenarioArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationRemoveCoverageArgs = {
  change: ChangeInput;
  expectedVersion: Scalars['Int']['input'];
  organisation: Scalars['ID']['input'];
  region: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationRemoveMappingArgs = {
  change: ChangeInput;
  expectedVersion: Scalars['Int']['input'];
  region: Scalars['ID']['input'];
  targetGroup: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationRemoveScenarioChangeArgs = {
  change: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationRemoveServesArgs = {
  change: ChangeInput;
  expectedVersion: Scalars['Int']['input'];
  key: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationRevertChangeArgs = {
  change?: InputMaybe<ChangeInput>;
  id: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationSetCoverageArgs = {
  change: ChangeInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: CoverageInput;
  organisation: Scalars['ID']['input'];
  region: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationSetMappingArgs = {
  change: ChangeInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: MappingInput;
  region: Scalars['ID']['input'];
  targetGroup: Scalars['ID']['input'];
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationUpdateOrganisationArgs = {
  change: ChangeInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  patch: OrganisationPatch;
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationUpdateReferralArgs = {
  change: ChangeInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  patch: ReferralPatch;
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationUpdateScenarioArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationUpdateServesArgs = {
  change: ChangeInput;
  expectedVersion: Scalars['Int']['input'];
  key: Scalars['ID']['input'];
  patch: ServesPatch;
};


/**
 * Changes to the map. Every mutation needs a bearer token (`Authorization: Bearer …`) of an EDITOR or ADMIN,
 * names the version it saw of what it changes (`expectedVersion`; a stale version fails with CONFLICT and the
 * current state in `extensions.current`), gives a source, and is recorded in the audit trail. Errors:
 * UNAUTHENTICATED (no or unknown token), FORBIDDEN (role or province scope), BAD_USER_INPUT (field, value and
 * what is allowed in `extensions`), NOT_FOUND, CONFLICT. Province scope: an editor limited to provinces may change an
 * organisation only when it covers at least one region and all of them lie in their provinces, before and after the
 * change (one without coverage is national); a referral needs one such end. `change.idempotencyKey` makes any
 * mutation safe to repeat (see docs/editing-safety.md).
 */
export type MutationUpdateServiceArgs = {
  change: ChangeInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  patch: ServicePatch;
};

/** A referral link (every counted referral from one organisation to another) without which a first-line organisation reaches no provider of a target group. */
export type NetworkBridge = {
  __typename?: 'NetworkBridge';
  /** In Dutch. */
  explanation: Scalars['String']['output'];
  /** In English. */
  explanationEn: Scalars['String']['output'];
  /** The first-line organisation that depends on it. */
  firstLine: Organisation;
  /** The referring organisation. */
  from: Organisation;
  /** The target group. */
  targetGroup: TargetGroup;
  /** The organisation referred to. */
  to: Organisation;
  /** The providers of the group the first-line organisation reaches now and would no longer reach. */
  unreachable: Array<Organisation>;
};

/** A Louvain community: organisations that refer more among themselves than to the rest. */
export type NetworkCommunity = {
  __typename?: 'NetworkCommunity';
  /** 1 for the largest, then by size and name. */
  id: Scalars['Int']['output'];
  /** Referral links from other communities to it. */
  incoming: Scalars['Int']['output'];
  /** Referral links (distinct ordered pairs) inside it. */
  internal: Scalars['Int']['output'];
  /** Its organisations, sorted by name. */
  organisations: Array<Organisation>;
  /** Referral links from it to other communities. */
  outgoing: Scalars['Int']['output'];
};

/** The measures of one organisation in a region's referral network. */
export type NetworkMeasures = {
  __typename?: 'NetworkMeasures';
  /** Directed betweenness, normalised by (n−1)(n−2): the share of shortest referral paths between other organisations that pass through it (0–1). */
  betweenness: Scalars['Float']['output'];
  /** Directed closeness towards it, Wasserman–Faust normalised: how near the organisations that can refer to it are, weighted by how many can (0–1). */
  closeness: Scalars['Float']['output'];
  /** Its Louvain community (`NetworkCommunity.id`). */
  community: Scalars['Int']['output'];
  /** A first point of contact (*eerstelijns*). */
  firstLine: Scalars['Boolean']['output'];
  /** Distinct organisations in the region that refer to it. */
  inDegree: Scalars['Int']['output'];
  /** The organisation. */
  organisation: Organisation;
  /** Distinct organisations in the region it refers to. */
  outDegree: Scalars['Int']['output'];
  /** A weak point for at least one first-line organisation and target group. */
  weakPoint: Scalars['Boolean']['output'];
};

/** An organisation without which a first-line organisation reaches no provider of a target group. */
export type NetworkWeakPoint = {
  __typename?: 'NetworkWeakPoint';
  /** In Dutch, e.g. "Zonder X kan KVK in Overijssel startups niet meer doorverwijzen naar …". */
  explanation: Scalars['String']['output'];
  /** In English. */
  explanationEn: Scalars['String']['output'];
  /** The first-line organisation that depends on it. */
  firstLine: Organisation;
  /** The weak point. */
  organisation: Organisation;
  /** The target group. */
  targetGroup: TargetGroup;
  /** The providers of the group the first-line organisation reaches now and would no longer reach (the weak point itself when it is one). */
  unreachable: Array<Organisation>;
};

/** A new organisation. */
export type NewOrganisationInput = {
  /** Other names. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Regions it covers (ids, names or aliases; at most 500 items); an editor limited to provinces must give at least one inside them. */
  coverage?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What it does (at most 5000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Slug: lowercase letters, digits and dashes, 2 to 80 characters; made from the name when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Lines: `eerstelijns` and/or `tweedelijns`. */
  lines?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Name (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** Phases: `inspireren`, `weten`, `willen`, `kunnen`. */
  phases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Scale: `local`, `regional`, `provincial`, `multi-provincial`, `national` or `european`. */
  scale?: InputMaybe<Scalars['String']['input']>;
  /** Citations for its facts, at most 20 items (the change's source is added when empty). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Theme ids of the vocabulary. */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Type: one of the vocabulary's organisation types (e.g. `rom`, `regional-executor`, `municipality`). */
  type: Scalars['String']['input'];
  /** First year. */
  validFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year. */
  validTo?: InputMaybe<Scalars['Int']['input']>;
};

/** A new referral. */
export type NewReferralInput = {
  /** Referring organisation (id). */
  from: Scalars['ID']['input'];
  /** Kind. */
  kind: ReferralKind;
  /** Year since when. */
  since?: InputMaybe<Scalars['Int']['input']>;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Status. */
  status: ReferralStatus;
  /** What it is about (at most 500 characters). */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Target groups it is for. */
  targetGroups?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Organisation referred to (id); not the same as `from`. */
  to: Scalars['ID']['input'];
  /** Year until when. */
  until?: InputMaybe<Scalars['Int']['input']>;
};

/** A new scenario. */
export type NewScenarioInput = {
  /** Its first changes, in order. */
  changes?: InputMaybe<Array<ScenarioChangeInput>>;
  /** What it proposes. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its id; made from the title when not given. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Its title. */
  title: Scalars['String']['input'];
};

/** A new service. */
export type NewServiceInput = {
  /** What it does (at most 5000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Id: `act-` followed by lowercase letters, digits and dashes; made from the name when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** Regions it runs in (ids, names or aliases; at most 500 items). */
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Status. */
  status: ServiceStatus;
  /** Target group ids. */
  targetGroups?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** First year. */
  validFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year (required when STOPPED). */
  validTo?: InputMaybe<Scalars['Int']['input']>;
};

/** An organisation in the system of support for entrepreneurs. */
export type Organisation = {
  __typename?: 'Organisation';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Budget against actual costs per statutory task and year (EUR million), for the tasks whose activities it owns. By task, year, kind. */
  budgets: Array<BudgetRow>;
  /** Regions it covers. */
  coverage: Array<Coverage>;
  /** What it does. */
  description: Maybe<Scalars['String']['output']>;
  /** Whether the signed-in user may change this organisation, its coverage, services and referrals (false when anonymous). */
  editable: Scalars['Boolean']['output'];
  /**
   * The report's dated figures about its work (website visitors, NPS, Regiodatatool users and sessions, workshop
   * participants, regional stakeholders…): those about activities it runs, and, for an organisation owning activities
   * of a statutory task, the report's dated figures on how those tasks are carried out. By label, then year.
   */
  figures: Array<Figure>;
  /** True for a generic group standing for a whole category (e.g. all municipalities), not one organisation. */
  generic: Scalars['Boolean']['output'];
  /** Kinds of help (`helpKinds` ids) it gives; empty when the report does not describe them (`helpNote` says why). */
  help: Array<Scalars['ID']['output']>;
  /** How the kinds of help were read from the report, or why none are recorded. */
  helpNote: Maybe<Scalars['String']['output']>;
  /** The changes made to this organisation through the API or an import, newest first. */
  history: Array<Change>;
  /** Slug from the report's facts, e.g. `kvk`, `ynbusiness`, `provincie-fryslan`. */
  id: Scalars['ID']['output'];
  /** Lines of support: `eerstelijns` (first line: first contact, information, referral) and/or `tweedelijns` (second line: specialised help). */
  lines: Array<Scalars['String']['output']>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Phases of support it is active in (mostly inferred; see provenance). */
  phases: Array<Scalars['String']['output']>;
  /** Where this organisation's facts come from. */
  provenance: Provenance;
  /** Referrals from others to this organisation. */
  referralsIn: Array<Referral>;
  /** Referrals from this organisation to others. */
  referralsOut: Array<Referral>;
  /** Other relations (funding, steering, membership, collaboration…), outgoing and incoming. */
  relations: Array<Relation>;
  /** Scale: `local`, `regional`, `provincial`, `multi-provincial`, `national`, `european`. */
  scale: Maybe<Scalars['String']['output']>;
  /** Target groups it serves, with role; both readings of an ambiguous fact appear. */
  serves: Array<Serving>;
  /** Services and activities it runs, restricted to those valid in `asOf` when given. */
  services: Array<Service>;
  /** Themes it works on. */
  themes: Array<Scalars['String']['output']>;
  /** Type, e.g. `kvk`, `agency` (RVO), `rom` (regional development agency), `regional-executor`, `province`. */
  type: Scalars['String']['output'];
  /** First year it existed or worked in this role, when known. */
  validFrom: Maybe<Scalars['Int']['output']>;
  /** Last year, when known (absent: still active). */
  validTo: Maybe<Scalars['Int']['output']>;
  /** Version for optimistic concurrency: 0 as seeded, one more after every change. Updates name the version they saw. */
  version: Scalars['Int']['output'];
};


/** An organisation in the system of support for entrepreneurs. */
export type OrganisationHistoryArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation in the system of support for entrepreneurs. */
export type OrganisationServicesArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The organisations of this page with their cursors. */
  edges: Array<OrganisationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of organisations matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An organisation in a page. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Cursor to continue after this organisation. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organisation;
};

/** Filter for organisations. */
export type OrganisationFilter = {
  /** True: only generic groups (*group-…*); false: only real organisations. */
  generic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only organisations active in this region (covering it, a region containing it, or part of it). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Words of the name, an alias or an abbreviation, found through a full-text index: case, diacritics, spaces,
   * hyphens and one typo per word of four letters or more do not matter, and the last word may be unfinished.
   * With a search the organisations come best match first; without one, by name.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only organisations serving this target group. */
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
  /** Organisation types, e.g. `rom`, `kvk`, `regional-executor`. */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The kinds of help one organisation gives a target group. */
export type OrganisationHelp = {
  __typename?: 'OrganisationHelp';
  /** Kinds of help (`helpKinds` ids). */
  help: Array<Scalars['ID']['output']>;
  /** The organisation. */
  organisation: Organisation;
  /** Phases it is active in. */
  phases: Array<Scalars['String']['output']>;
};

/** Changes to an organisation: only the fields given are changed; null clears an optional field. */
export type OrganisationPatch = {
  /** Other names (replaces the list). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What it does (at most 5000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Lines: `eerstelijns` and/or `tweedelijns` (replaces the list). */
  lines?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Name (1 to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Remark on the fact (at most 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Phases (replaces the list). */
  phases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Scale: `local`, `regional`, `provincial`, `multi-provincial`, `national` or `european`. */
  scale?: InputMaybe<Scalars['String']['input']>;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Theme ids (replaces the list). */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Type: one of the vocabulary's organisation types. */
  type?: InputMaybe<Scalars['String']['input']>;
  /** First year (1800 to 2100). */
  validFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year (1800 to 2100; not before the first). */
  validTo?: InputMaybe<Scalars['Int']['input']>;
};

/** Two organisations giving the same kind of help to the same target group in the same region, in a shared phase. */
export type Overlap = {
  __typename?: 'Overlap';
  /** What they share, in words (English). */
  explanation: Scalars['String']['output'];
  /** The two organisations. */
  organisations: Array<Organisation>;
  /**
   * True when both have phases recorded and share one. False when the phases of one of them are not recorded: the
   * overlap rests on the shared help alone (a possible overlap; the explanation says so).
   */
  phaseChecked: Scalars['Boolean']['output'];
  /**
   * 0 to 1: 0.4 for the same group and a shared kind of help, plus up to 0.2 each for the share of kinds of help,
   * phases and themes they have in common (of the union).
   */
  score: Scalars['Float']['output'];
  /** The kinds of help (`helpKinds` ids) both give: why they overlap. */
  sharedHelp: Array<Scalars['ID']['output']>;
  /** Phases both are active in (empty when `phaseChecked` is false). */
  sharedPhases: Array<Scalars['String']['output']>;
  /** Themes both work on. */
  sharedThemes: Array<Scalars['String']['output']>;
  /** The target group. */
  targetGroup: TargetGroup;
};

/** Paging information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last organisation on this page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more organisations follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A referral path a scenario breaks or opens: from a first-line organisation of the region to a provider of a group of
 * entrepreneurs there, as `referralPaths` finds it with its default `maxHops`.
 */
export type PathImpact = {
  __typename?: 'PathImpact';
  /** The scenario's changes that concern the organisations on the path (and of their statements, those about the group). */
  changes: Array<Scalars['ID']['output']>;
  /** The change, in words. */
  explanation: Scalars['String']['output'];
  /** The first-line organisation the path starts at. */
  from: Organisation;
  /** The path: on the live map for a lost one, as if the changes were made for a gained one. */
  path: ReferralPath;
  /** The target group. */
  targetGroup: TargetGroup;
  /** The provider it leads to. */
  to: Organisation;
};

/** A phase of support (*fase*), from awareness to hands-on help. */
export type Phase = {
  __typename?: 'Phase';
  /** `inspireren`, `weten`, `willen` or `kunnen`. */
  id: Scalars['ID']['output'];
  /** Dutch name. */
  name: Scalars['String']['output'];
  /** 1 (inspireren) to 4 (kunnen). */
  order: Scalars['Int']['output'];
};

/** Provenance of a fact: its kind, sources, and whether it is one reading of an ambiguity. */
export type Provenance = {
  __typename?: 'Provenance';
  /** Id of the ambiguity this fact is one reading of, if any. */
  ambiguity: Maybe<Scalars['String']['output']>;
  /** Report, public, inferred or user. */
  kind: ProvenanceKind;
  /** Why, for inferred facts; remarks otherwise. */
  note: Maybe<Scalars['String']['output']>;
  /** Which reading of that ambiguity. */
  reading: Maybe<Scalars['String']['output']>;
  /** The citations. */
  sources: Array<Source>;
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

/** The questions the map answers. */
export type Query = {
  __typename?: 'Query';
  /** One change by id. */
  change: Maybe<Change>;
  /** Changes made through the API and imports, newest first, filtered by time, organisation and user. */
  changes: Array<Change>;
  /**
   * Two states of the map side by side (two years, or today and a scenario): the coverage matrix with each cell before
   * and after, and what started and stopped between them.
   */
  comparison: Comparison;
  /** Pairs of organisations serving the same target group in the same region that complement each other: their kinds of help differ, or they give the same kind in different phases. */
  complements: Array<Complement>;
  /** Where the map departs from the report's recommended role split (§7.3.2), per organisation; all of the country without `region`. */
  conformance: Array<RoleDeviation>;
  /**
   * Providers per region and target group. Rows are the regions of `level` (within `within` when given),
   * columns the target groups, one cell per pair. See `CoverageStatus` for the thresholds.
   */
  coverage: CoverageMatrix;
  /**
   * The coverage cell of one region and target group: the same numbers and status as the matrix cell, with the
   * sources that looked there (`mappings`), so an empty answer says whether it is a gap or unknown.
   */
  coverageCell: CoverageCell;
  /**
   * The version of the map the analysis answers (whoServes, coverage, overlaps, referral gaps, conformance) come from.
   * Its token changes with every write; an API process answers from the version it last read, at most a poll
   * interval and a rebuild behind a write through another process, never behind one through itself.
   */
  dataVersion: DataVersion;
  /** A slice of the organisation graph shaped for Cytoscape.js, limited in size; `truncated` says when it was cut. */
  graph: GraphSlice;
  /** Whether the API is up and which database it reads; cheap, for monitoring and the explorer's status line. */
  health: Health;
  /**
   * The kinds of help (*soorten hulp*) an organisation gives a target group, in the vocabulary's order:
   * informeren-wegwijzen, advies-begeleiding, financiering, netwerk-community, kennis-onderzoek, regelingen-programmas.
   * Two providers overlap only when they give the same kind.
   */
  helpKinds: Array<HelpKind>;
  /** The lines of support: `eerstelijns` (first contact, signposting) and `tweedelijns` (specialised help). */
  lines: Array<Scalars['String']['output']>;
  /** One organisation by id (the slug of the report's facts, e.g. `ynbusiness`). Null when unknown. */
  organisation: Maybe<Organisation>;
  /** The organisation types of the model (`kvk`, `rom`, `regional-executor`, `municipality`, …): what `type` may be. */
  organisationTypes: Array<Scalars['String']['output']>;
  /** Organisations matching a filter, sorted by name, paged with a cursor. */
  organisations: OrganisationConnection;
  /**
   * Pairs of organisations that overlap: they serve the same target group in the same region with the same kind of
   * help (`sharedHelp`) in a shared phase. Pairs whose help differs are complements (see `complements`); a pair where
   * the kinds of help of one are not recorded is neither.
   */
  overlaps: Array<Overlap>;
  /** The four phases of support (*fasen*): inspireren, weten, willen, kunnen. */
  phases: Array<Phase>;
  /** Missing referrals in a region: unreferred providers, dead ends, one-way pairs, isolated organisations, unreachable target groups. */
  referralGaps: ReferralGapReport;
  /**
   * The structure of a region's referral network (referrals and warm hand-overs among the organisations active there):
   * per organisation its in- and out-degree, betweenness, closeness and Louvain community, and the network's weak
   * points and bridges: an organisation or a referral link without which a first-line (*eerstelijns*) organisation
   * would reach no provider of a target group. The same organisations, referrals and rules as `referralGaps`; an
   * organisation the map records no referral for is listed apart (`withoutReferrals`), as unknown rather than weak.
   * See docs/referral-network.md.
   */
  referralNetwork: ReferralNetwork;
  /** Shortest referral paths from an organisation to the providers of a target group in a region. */
  referralPaths: Array<ReferralPath>;
  /** One region by id (CBS code such as `PV21`, `CR12`, `GM0153`; `KVK-NOORD`…; `NL`; `AREA-…`), name or alias. Null when unknown; BAD_USER_INPUT with the candidates when a name is ambiguous (Utrecht). */
  region: Maybe<Region>;
  /** Regions of the Netherlands, optionally of one level and matching a search text (name or alias, case- and diacritics-insensitive). */
  regions: Array<Region>;
  /** The report's recommended role split (§7.3.2, §5.4, §6.4) as rules: per actor type the target groups, function, scale, phases and themes. */
  roleRules: Array<RoleRule>;
  /** The scales of operation of the model (`local`, `regional`, `provincial`, … `european`): what `scale` may be. */
  scales: Array<Scalars['String']['output']>;
  /** One scenario, or null when there is none with this id. */
  scenario: Maybe<Scenario>;
  /**
   * What a scenario changes in a region: the coverage cells whose status changes (the region's own, and its
   * municipalities'), the referral gaps it closes and opens, and the deviations from the recommended role split it
   * resolves and adds. Each item names the scenario's changes that concern it.
   */
  scenarioImpact: ScenarioImpact;
  /** The scenarios: named drafts of changes the live map does not see, newest first. */
  scenarios: Array<Scenario>;
  /** The target groups (*doelgroepen*): starters, zzp, micro-mkb, breed mkb, innovatief mkb, startups, scale-ups… */
  targetGroups: Array<TargetGroup>;
  /** The themes of support (innovatie, digitalisering, financiering, …). */
  themes: Array<Theme>;
  /** Who the request is signed in as; null when anonymous. */
  viewer: Maybe<Viewer>;
  /**
   * Who serves a target group in a region ("wie bedient het breed mkb in regio X?"). A provider matches when it
   * covers the region itself or a region that contains it (a national organisation covers every municipality),
   * or, for a region larger than its coverage, part of it (the explanation says so). Sorted most specific coverage
   * first, then role (primary, secondary, developing, unspecified), then name. Both readings of an ambiguous fact
   * appear, each marked.
   */
  whoServes: Array<ServiceMatch>;
};


/** The questions the map answers. */
export type QueryChangeArgs = {
  id: Scalars['ID']['input'];
};


/** The questions the map answers. */
export type QueryChangesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  organisation?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  user?: InputMaybe<Scalars['String']['input']>;
};


/** The questions the map answers. */
export type QueryComparisonArgs = {
  after: MapState;
  before: MapState;
  level: RegionLevel;
  targetGroups?: InputMaybe<Array<Scalars['ID']['input']>>;
  within?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions the map answers. */
export type QueryComplementsArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  region: Scalars['ID']['input'];
  scenario?: InputMaybe<Scalars['ID']['input']>;
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions the map answers. */
export type QueryConformanceArgs = {
  region?: InputMaybe<Scalars['ID']['input']>;
  scenario?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions the map answers. */
export type QueryCoverageArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  level: RegionLevel;
  phase?: InputMaybe<Scalars['ID']['input']>;
  scenario?: InputMaybe<Scalars['ID']['input']>;
  targetGroups?: InputMaybe<Array<Scalars['ID']['input']>>;
  theme?: InputMaybe<Scalars['ID']['input']>;
  within?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions the map answers. */
export type QueryCoverageCellArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  phase?: InputMaybe<Scalars['ID']['input']>;
  region: Scalars['ID']['input'];
  scenario?: InputMaybe<Scalars['ID']['input']>;
  targetGroup: Scalars['ID']['input'];
  theme?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions the map answers. */
export type QueryGraphArgs = {
  filter: GraphFilter;
};


/** The questions the map answers. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** The questions the map answers. */
export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The questions the map answers. */
export type QueryOverlapsArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  region: Scalars['ID']['input'];
  scenario?: InputMaybe<Scalars['ID']['input']>;
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions the map answers. */
export type QueryReferralGapsArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  region: Scalars['ID']['input'];
  scenario?: InputMaybe<Scalars['ID']['input']>;
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions the map answers. */
export type QueryReferralNetworkArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  region: Scalars['ID']['input'];
  scenario?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ReferralStatus>>;
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
};


/** The questions the map answers. */
export type QueryReferralPathsArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  region: Scalars['ID']['input'];
  scenario?: InputMaybe<Scalars['ID']['input']>;
  targetGroup: Scalars['ID']['input'];
};


/** The questions the map answers. */
export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


/** The questions the map answers. */
export type QueryRegionsArgs = {
  level?: InputMaybe<RegionLevel>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** The questions the map answers. */
export type QueryScenarioArgs = {
  id: Scalars['ID']['input'];
};


/** The questions the map answers. */
export type QueryScenarioImpactArgs = {
  region: Scalars['ID']['input'];
  scenario: Scalars['ID']['input'];
};


/** The questions the map answers. */
export type QueryWhoServesArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  phase?: InputMaybe<Scalars['ID']['input']>;
  region: Scalars['ID']['input'];
  scenario?: InputMaybe<Scalars['ID']['input']>;
  targetGroup: Scalars['ID']['input'];
  theme?: InputMaybe<Scalars['ID']['input']>;
};

/** A referral (*doorverwijzing*) or warm handover between two organisations. */
export type Referral = {
  __typename?: 'Referral';
  /** Referring organisation. */
  from: Organisation;
  /** Relation id (`rel-NNN`; `rel-user-…` when added through the API). */
  id: Scalars['ID']['output'];
  /** `referral` or `warm-handover` (*warme overdracht*: introduced in person). */
  kind: Scalars['String']['output'];
  /** Source of the fact. */
  provenance: Provenance;
  /** `active`, `pilot`, `planned`, `wished`, `recommended`, `past` or `possible`. */
  status: Scalars['String']['output'];
  /** What it is about. */
  subject: Maybe<Scalars['String']['output']>;
  /** Target groups it is for (empty: not stated). */
  targetGroups: Array<Scalars['String']['output']>;
  /** Organisation referred to. */
  to: Organisation;
  /** First year, when known. */
  validFrom: Maybe<Scalars['Int']['output']>;
  /** Last year, when known. */
  validTo: Maybe<Scalars['Int']['output']>;
  /** Version of this fact (see `Organisation.version`). */
  version: Scalars['Int']['output'];
};

/** One referral gap. */
export type ReferralGap = {
  __typename?: 'ReferralGap';
  /** The gap, in words. */
  explanation: Scalars['String']['output'];
  /** Kind of gap. */
  kind: ReferralGapKind;
  /** The organisation concerned (the provider, the dead end, the referrer of a one-way pair, the isolated one). */
  organisation: Maybe<Organisation>;
  /** The other organisation of a one-way pair. */
  other: Maybe<Organisation>;
  /** The target group concerned. */
  targetGroup: Maybe<TargetGroup>;
};

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

/** Referral gaps in a region, by kind. */
export type ReferralGapReport = {
  __typename?: 'ReferralGapReport';
  /** First-line organisations with no referral to a provider of the group. */
  deadEnds: Array<ReferralGap>;
  /** Organisations with no referral in or out. */
  isolated: Array<ReferralGap>;
  /** Referrals with none back. */
  oneWay: Array<ReferralGap>;
  /** The region. */
  region: Region;
  /** Target groups with no path from the first line to a provider. */
  unreachableGroups: Array<ReferralGap>;
  /** Providers nobody refers to. */
  unreferredProviders: Array<ReferralGap>;
};

/** One referral on a path. */
export type ReferralHop = {
  __typename?: 'ReferralHop';
  /** Referring organisation. */
  from: Organisation;
  /** `referral` or `warm-handover`. */
  kind: Scalars['String']['output'];
  /** Status of the referral. */
  status: Scalars['String']['output'];
  /** Organisation referred to. */
  to: Organisation;
};

/** Kind of referral. */
export type ReferralKind =
  /** Sends the entrepreneur on. */
  | 'REFERRAL'
  /** Introduces the entrepreneur in person (*warme overdracht*). */
  | 'WARM_HANDOVER';

/** The referral network of a region, measured (see docs/referral-network.md). */
export type ReferralNetwork = {
  __typename?: 'ReferralNetwork';
  /** Referral links without which a first-line organisation reaches no provider of a target group, one per dependency. */
  bridges: Array<NetworkBridge>;
  /** Louvain communities, largest first. */
  communities: Array<NetworkCommunity>;
  /** Organisations with at least one counted referral in the region, sorted by name, with their measures. */
  organisations: Array<NetworkMeasures>;
  /** Referrals among the region's organisations not counted: of another status, or for another target group. */
  otherReferrals: Scalars['Int']['output'];
  /** Referrals counted (a referral and a warm hand-over between the same two organisations count as one link in the measures). */
  referrals: Scalars['Int']['output'];
  /** The region. */
  region: Region;
  /** The referral statuses counted. */
  status: Array<ReferralStatus>;
  /** The target group asked for, if any. */
  targetGroup: Maybe<TargetGroup>;
  /** Organisations without which a first-line organisation reaches no provider of a target group, one per dependency. */
  weakPoints: Array<NetworkWeakPoint>;
  /**
   * False when the network was too large to search every first-line organisation and group within the limit one
   * question may use: the weak points and bridges listed are then some of them, not all. Ask for one target group or a
   * smaller region to see all.
   */
  weakPointsComplete: Scalars['Boolean']['output'];
  /** Organisations active in the region the map records no counted referral for: unknown, so neither measured nor a weak point. */
  withoutReferrals: Array<Organisation>;
};

/** Changes to a referral. */
export type ReferralPatch = {
  /** Kind. */
  kind?: InputMaybe<ReferralKind>;
  /** Remark on the fact (at most 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Year since when. */
  since?: InputMaybe<Scalars['Int']['input']>;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Status. */
  status?: InputMaybe<ReferralStatus>;
  /** What it is about (at most 500 characters). */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Target group ids (replaces the list). */
  targetGroups?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Year until when. */
  until?: InputMaybe<Scalars['Int']['input']>;
};

/** A chain of referrals. */
export type ReferralPath = {
  __typename?: 'ReferralPath';
  /** The referrals, in order. */
  hops: Array<ReferralHop>;
  /** Number of hops. */
  length: Scalars['Int']['output'];
  /** True when every hop is active or a pilot (not only planned, wished or recommended). */
  operational: Scalars['Boolean']['output'];
  /** The provider reached. */
  to: Organisation;
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

/** A region of the Netherlands. */
export type Region = {
  __typename?: 'Region';
  /** Other names it is known by (e.g. Friesland for Fryslân). */
  aliases: Array<Scalars['String']['output']>;
  /** The regions that contain it, nearest first (a municipality: its areas, COROP region, province, KVK region, NL). */
  ancestors: Array<Region>;
  /** The regions directly inside it. */
  children: Array<Region>;
  /** CBS code (`PV21`, `CR12`, `GM0153`), `KVK-…`, `NL` or `AREA-…`. */
  id: Scalars['ID']['output'];
  /** Level in the hierarchy. */
  level: RegionLevel;
  /** Official name (CBS spelling). */
  name: Scalars['String']['output'];
};

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

/** Another relation between two organisations. */
export type Relation = {
  __typename?: 'Relation';
  /** Id of the organisation or activity it starts from. */
  fromId: Scalars['ID']['output'];
  /** Name of that organisation or activity. */
  fromName: Scalars['String']['output'];
  /** Relation id. */
  id: Scalars['ID']['output'];
  /** Source of the fact. */
  provenance: Provenance;
  /** Status. */
  status: Maybe<Scalars['String']['output']>;
  /** What it is about. */
  subject: Maybe<Scalars['String']['output']>;
  /** Id of the organisation or activity it points to. */
  toId: Scalars['ID']['output'];
  /** Name of that organisation or activity. */
  toName: Scalars['String']['output'];
  /** Relation type, e.g. `FUNDS`, `STEERS`, `MEMBER_OF`, `COLLABORATES_WITH`. */
  type: RelationType;
};

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

/** A renaming of a service. */
export type Renaming = {
  __typename?: 'Renaming';
  /** Id of the new service. */
  id: Scalars['ID']['output'];
  /** Name of the new service. */
  name: Scalars['String']['output'];
  /** Year of the renaming. */
  year: Maybe<Scalars['Int']['output']>;
};

/** Where an organisation departs from the report's recommended role split. */
export type RoleDeviation = {
  __typename?: 'RoleDeviation';
  /** What the map shows. */
  actual: Scalars['String']['output'];
  /** What the recommended split expects. */
  expected: Scalars['String']['output'];
  /** The organisation. */
  organisation: Organisation;
  /** Id of the rule (`im-01`…). */
  rule: Scalars['ID']['output'];
  /** How serious. */
  severity: Severity;
  /** Sources of the rule. */
  sources: Array<Source>;
};

/** One rule of the recommended role split. */
export type RoleRule = {
  __typename?: 'RoleRule';
  /** Organisation (or generic group) the report names for it. */
  actor: Maybe<Scalars['String']['output']>;
  /** Organisation type the rule is about (e.g. `kvk`, `rom`, `regional-executor`, `municipality`). */
  actorType: Scalars['String']['output'];
  /** Its function, in the report's words. */
  function: Maybe<Scalars['String']['output']>;
  /** Rule id (`im-01`…). */
  id: Scalars['ID']['output'];
  /** `role-rule`, `legal-recommendation` or `referral-rule`. */
  kind: Scalars['String']['output'];
  /** Target groups it should not serve. */
  notFor: Array<Scalars['String']['output']>;
  /** Phases it should be active in (inferred from the phase definitions). */
  phases: Array<Scalars['String']['output']>;
  /** Where the rule comes from. */
  provenance: Provenance;
  /** Scales it should work at. */
  scale: Array<Scalars['String']['output']>;
  /** Target groups it should serve. */
  targetGroups: Array<Scalars['String']['output']>;
  /** Themes it should work on. */
  themes: Array<Scalars['String']['output']>;
};

/** A named draft of changes the live map does not see: questions asked with its id answer as if they were made. */
export type Scenario = {
  __typename?: 'Scenario';
  /** Its changes, in the order they apply. */
  changes: Array<ScenarioChange>;
  /** When it was made (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** What it proposes, and where the source leaves a choice open. */
  description: Scalars['String']['output'];
  /** Whether the signed-in user may change or discard it (its owner, or an ADMIN). */
  editable: Scalars['Boolean']['output'];
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Who made it. */
  owner: Scalars['String']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
  /** When it was last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Raised by every change to it; give it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** One change of a scenario; which fields it has depends on `kind`. */
export type ScenarioChange = {
  __typename?: 'ScenarioChange';
  /** When it was added (ISO 8601); adoption is refused when the live map changed a fact it is about since. */
  addedAt: Maybe<Scalars['String']['output']>;
  /** The referring organisation (ADD_REFERRAL, REMOVE_REFERRAL). */
  from: Maybe<Scalars['ID']['output']>;
  /** Its id within the scenario (`c1`, `c2`, …). */
  id: Scalars['ID']['output'];
  /** What it does. */
  kind: ScenarioChangeKind;
  /** The name (ADD_ORGANISATION, ADD_SERVICE; UPDATE_ORGANISATION, UPDATE_SERVICE: null when it stays). */
  name: Maybe<Scalars['String']['output']>;
  /** A remark, e.g. where the source leaves a choice open. */
  note: Maybe<Scalars['String']['output']>;
  /**
   * The organisation (every kind but ADD_REFERRAL and REMOVE_REFERRAL; for a service's change, the organisation running
   * it).
   */
  organisation: Maybe<Scalars['ID']['output']>;
  /** The type (ADD_ORGANISATION; UPDATE_ORGANISATION: null when it stays), e.g. `rom`. */
  organisationType: Maybe<Scalars['String']['output']>;
  /** Whether the coverage is partial (ADD_COVERAGE). */
  partial: Maybe<Scalars['Boolean']['output']>;
  /** The kind of referral (ADD_REFERRAL). */
  referralKind: Maybe<ReferralKind>;
  /** The region (ADD_COVERAGE, REMOVE_COVERAGE; ADD_ORGANISATION: the region it covers from the start). */
  region: Maybe<Scalars['ID']['output']>;
  /** The regions a service runs in (ADD_SERVICE; UPDATE_SERVICE: null when they stay). */
  regions: Maybe<Array<Scalars['ID']['output']>>;
  /** The role (SET_SERVES). */
  role: Maybe<ServeRole>;
  /** The scale (ADD_ORGANISATION; UPDATE_ORGANISATION: null when it stays), e.g. `provinciaal`. */
  scale: Maybe<Scalars['String']['output']>;
  /** The region a statement is limited to (SET_SERVES, REMOVE_SERVES); null: everywhere the organisation works. */
  scope: Maybe<Scalars['ID']['output']>;
  /** The service (ADD_SERVICE, UPDATE_SERVICE, REMOVE_SERVICE). */
  service: Maybe<Scalars['ID']['output']>;
  /** The service's status (ADD_SERVICE; UPDATE_SERVICE: null when it stays). */
  serviceStatus: Maybe<ServiceStatus>;
  /** Where the change comes from (a report's section and line, a decision). */
  source: Scalars['String']['output'];
  /** The change, in words. */
  summary: Scalars['String']['output'];
  /** The target group (SET_SERVES, REMOVE_SERVES). */
  targetGroup: Maybe<Scalars['ID']['output']>;
  /** The target groups a referral is for (ADD_REFERRAL; empty: all), or a service's (ADD_SERVICE, UPDATE_SERVICE). */
  targetGroups: Maybe<Array<Scalars['ID']['output']>>;
  /** The organisation referred to (ADD_REFERRAL, REMOVE_REFERRAL). */
  to: Maybe<Scalars['ID']['output']>;
  /** A service's first year (ADD_SERVICE, UPDATE_SERVICE: null when not given). */
  validFrom: Maybe<Scalars['Int']['output']>;
  /** A service's last year (ADD_SERVICE, UPDATE_SERVICE: null when not given). */
  validTo: Maybe<Scalars['Int']['output']>;
};

/** One change of a scenario to make; which fields it needs depends on `kind` (see `ScenarioChange`). */
export type ScenarioChangeInput = {
  /** Referring organisation id. */
  from?: InputMaybe<Scalars['ID']['input']>;
  /** What it does. */
  kind: ScenarioChangeKind;
  /** Name (ADD_ORGANISATION, ADD_SERVICE; UPDATE_ORGANISATION, UPDATE_SERVICE: the new name). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A remark. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Organisation id (for ADD_SERVICE: the organisation that runs it). */
  organisation?: InputMaybe<Scalars['ID']['input']>;
  /** Type (ADD_ORGANISATION; UPDATE_ORGANISATION: the new type). */
  organisationType?: InputMaybe<Scalars['String']['input']>;
  /** Partial coverage (ADD_COVERAGE); default false. */
  partial?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kind of referral (ADD_REFERRAL); default REFERRAL. */
  referralKind?: InputMaybe<ReferralKind>;
  /** Region id, name or alias (ADD_COVERAGE, REMOVE_COVERAGE; ADD_ORGANISATION: the region it covers from the start). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Regions a service runs in: ids, names or aliases, at most 500 (ADD_SERVICE; UPDATE_SERVICE: replaces them). */
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Role (SET_SERVES). */
  role?: InputMaybe<ServeRole>;
  /** Scale (ADD_ORGANISATION; UPDATE_ORGANISATION: the new scale). */
  scale?: InputMaybe<Scalars['String']['input']>;
  /** Region id, name or alias a statement is limited to. */
  scope?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Service id (UPDATE_SERVICE, REMOVE_SERVICE; ADD_SERVICE: `act-` followed by lowercase letters, digits and dashes,
   * made from the name when not given).
   */
  service?: InputMaybe<Scalars['ID']['input']>;
  /** A service's status (ADD_SERVICE: default ACTIVE; UPDATE_SERVICE: the new status). */
  serviceStatus?: InputMaybe<ServiceStatus>;
  /** Where the change comes from: required. */
  source: Scalars['String']['input'];
  /** Target group id. */
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
  /** Target group ids a referral is for (default all), or a service's (ADD_SERVICE; UPDATE_SERVICE: replaces them). */
  targetGroups?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Organisation id referred to. */
  to?: InputMaybe<Scalars['ID']['input']>;
  /** A service's first year (ADD_SERVICE, UPDATE_SERVICE). */
  validFrom?: InputMaybe<Scalars['Int']['input']>;
  /** A service's last year (ADD_SERVICE, UPDATE_SERVICE); required once its status is STOPPED. */
  validTo?: InputMaybe<Scalars['Int']['input']>;
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

/** What a scenario changes in a region. */
export type ScenarioImpact = {
  __typename?: 'ScenarioImpact';
  /** Coverage cells whose status changes: the region's own and its municipalities', for the groups of entrepreneurs. */
  cells: Array<CellImpact>;
  /** Deviations the scenario adds. */
  deviationsAdded: Array<DeviationImpact>;
  /** Deviations from the recommended role split that the scenario resolves. */
  deviationsResolved: Array<DeviationImpact>;
  /** Referral gaps on the live map that the scenario closes. */
  gapsClosed: Array<GapImpact>;
  /** Referral gaps the scenario opens. */
  gapsOpened: Array<GapImpact>;
  /** Referral paths from the region's first-line organisations to the providers of a group that the scenario opens. */
  pathsGained: Array<PathImpact>;
  /** Referral paths from the region's first-line organisations to the providers of a group that the scenario breaks. */
  pathsLost: Array<PathImpact>;
  /** True when the region has more first-line organisations than are followed (the first 100 by name). */
  pathsTruncated: Scalars['Boolean']['output'];
  /** The region. */
  region: Region;
  /** The scenario. */
  scenario: Scenario;
};

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
  line?: InputMaybe<Scalars['String']['input']>;
  /** Phases for this group. */
  phases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Role. */
  role: ServeRole;
  /** Region the statement is limited to (id, name or alias). */
  scope?: InputMaybe<Scalars['ID']['input']>;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Target group id. */
  targetGroup: Scalars['ID']['input'];
  /** Themes for this group. */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** First year (1800 to 2100). */
  validFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year (1800 to 2100; not before the first). */
  validTo?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a target group statement. */
export type ServesPatch = {
  /** Line: `eerstelijns` or `tweedelijns`. */
  line?: InputMaybe<Scalars['String']['input']>;
  /** Remark on the fact (at most 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Phases (replaces the list). */
  phases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Role for the group. */
  role?: InputMaybe<ServeRole>;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Theme ids (replaces the list). */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** First year (1800 to 2100). */
  validFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year (1800 to 2100; not before the first). */
  validTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One statement that an organisation serves a target group, as it reaches the region asked about. */
export type ServesStatement = ServingReason & {
  __typename?: 'ServesStatement';
  /** The region whose coverage makes this statement match. */
  coveredVia: Region;
  /** Set when the statement is one the report makes of a collective this organisation belongs to. */
  derivedFrom: Maybe<DerivedFrom>;
  /** How it covers the region, in words. */
  explanation: Scalars['String']['output'];
  /** Kinds of help (`helpKinds` ids) this statement records; empty when not recorded. */
  help: Array<Scalars['ID']['output']>;
  /** Lines of support. */
  lines: Array<Scalars['String']['output']>;
  /** True when it reaches the region only through municipalities inside it (see `ServiceMatch.local`). */
  local: Scalars['Boolean']['output'];
  /** Mode of service, when stated. */
  mode: Maybe<Scalars['String']['output']>;
  /** True when it covers only part of the region asked about, or serves only a narrower group than the one asked. */
  partial: Scalars['Boolean']['output'];
  /** Phases. */
  phases: Array<Scalars['String']['output']>;
  /** Where the statement comes from; `ambiguity` and `reading` mark one reading of an ambiguous fact. */
  provenance: Provenance;
  /** True when this statement makes the region served (see `ServiceMatch.regional`). */
  regional: Scalars['Boolean']['output'];
  /** Role for the target group in this statement. */
  role: ServeRole;
  /** The region whose factsheet the statement comes from, when it speaks only for that region. */
  scope: Maybe<Region>;
  /** How the statement's target group relates to the one asked. */
  targetGroupRelation: TargetGroupRelation;
  /** The target group the statement was made about, when not the one asked. */
  targetGroupVia: Maybe<Scalars['ID']['output']>;
  /** Themes. */
  themes: Array<Scalars['String']['output']>;
};

/** A service or activity of an organisation (e.g. KVK's Business Challenge), with its lifecycle. */
export type Service = {
  __typename?: 'Service';
  /** Description. */
  description: Maybe<Scalars['String']['output']>;
  /** Group of activities (events, tools, programmes…). */
  group: Maybe<Scalars['String']['output']>;
  /** Activity id (`act-…`). */
  id: Scalars['ID']['output'];
  /** Kind: `activity` or `regional-instance`. */
  kind: Maybe<Scalars['String']['output']>;
  /** Whether the report names KPIs for it, names none, or does not know; null when it does not say. */
  kpiStatus: Maybe<KpiStatus>;
  /** Key performance indicators. */
  kpis: Array<Scalars['String']['output']>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Years it ran once. */
  oneOffYears: Array<Scalars['Int']['output']>;
  /** Source of the fact. */
  provenance: Provenance;
  /** The activity it was renamed to, and in which year. */
  renamedTo: Maybe<Renaming>;
  /** Status in the report: active, stopped, one-off… */
  status: Maybe<Scalars['String']['output']>;
  /** Statutory tasks it belongs to (`innovatie`, `regio`, `voorlichting`). */
  statutoryTasks: Array<Scalars['String']['output']>;
  /** Target groups it is for. */
  targetGroups: Array<Scalars['String']['output']>;
  /** First year it ran, when known. */
  validFrom: Maybe<Scalars['Int']['output']>;
  /** Last year it ran, when known. */
  validTo: Maybe<Scalars['Int']['output']>;
  /** Version of this fact (see `Organisation.version`). */
  version: Scalars['Int']['output'];
};

/**
 * A provider of a target group in a region, and how it gets there: one per organisation. Its role, mode,
 * coverage, explanation and provenance are those of its strongest statement (role first, then full before partial
 * coverage, then the more specific region); `statements` lists them all.
 */
export type ServiceMatch = ServingReason & {
  __typename?: 'ServiceMatch';
  /** The region whose coverage makes its strongest statement match: the region itself, one containing it, or one inside it. */
  coveredVia: Region;
  /** Every region through which one of its statements makes it match, most specific first. */
  coveredViaAll: Array<Region>;
  /** Set when its strongest statement is one the report makes of a collective it belongs to (see `DerivedFrom`). */
  derivedFrom: Maybe<DerivedFrom>;
  /** How its strongest statement covers the region, in words. */
  explanation: Scalars['String']['output'];
  /** Kinds of help (`helpKinds` ids) it gives the group: the union over its statements; empty when not recorded. */
  help: Array<Scalars['ID']['output']>;
  /** Lines of support: the union over its statements. */
  lines: Array<Scalars['String']['output']>;
  /**
   * True when it is not regional and reaches the region only through municipalities inside it (a municipality
   * serving its own municipality, in an answer about its province): counted apart in `CoverageCell.localProviders`.
   */
  local: Scalars['Boolean']['output'];
  /**
   * Set when the answer shows this row inside a group: municipalities (or provinces) that each serve the group in
   * their own territory, by what the report says of their collective. Rows of one group are adjacent; a client
   * shows them as one row ("26 gemeenten, elk in de eigen gemeente") that opens to the list.
   */
  memberGroup: Maybe<MemberGroup>;
  /** Mode of service for this group, e.g. `informatievoorziening` (information only) or `financing`. */
  mode: Maybe<Scalars['String']['output']>;
  /** The provider. */
  organisation: Organisation;
  /**
   * True when its strongest statement covers only part of the region asked about, or serves only a narrower group
   * than the one asked (`targetGroupRelation` NARROWER).
   */
  partial: Scalars['Boolean']['output'];
  /** Phases: the union over its statements. */
  phases: Array<Scalars['String']['output']>;
  /** Where its strongest statement comes from; `ambiguity` and `reading` mark one reading of an ambiguous fact. */
  provenance: Provenance;
  /**
   * True when it makes the region served (counted in `CoverageCell.regionalProviders`): when any of its statements
   * does; false for a national provider or a generic group, counted apart in `CoverageCell.nationalProviders`, and
   * for a local one.
   */
  regional: Scalars['Boolean']['output'];
  /** Role for the target group: the strongest among its statements. */
  role: ServeRole;
  /** Level of `coveredVia`: the more local, the more specific. */
  specificity: RegionLevel;
  /** Every statement that makes it match, strongest first; both readings of an ambiguous fact are listed. */
  statements: Array<ServesStatement>;
  /** How the strongest statement's target group relates to the one asked. */
  targetGroupRelation: TargetGroupRelation;
  /** The target group its strongest statement was made about, when not the one asked (see `targetGroupRelation`). */
  targetGroupVia: Maybe<Scalars['ID']['output']>;
  /** Themes: the union over its statements. */
  themes: Array<Scalars['String']['output']>;
};

/** Changes to a service. */
export type ServicePatch = {
  /** What it does (at most 5000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name (1 to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Remark on the fact (at most 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Regions it runs in (ids, names or aliases, at most 500 items; replaces the list). */
  regions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Citations for the fact, at most 20 items (replaces the list; without it the change's source is added). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Status. */
  status?: InputMaybe<ServiceStatus>;
  /** Target group ids (replaces the list). */
  targetGroups?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** First year (1800 to 2100). */
  validFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Last year (1800 to 2100; not before the first). */
  validTo?: InputMaybe<Scalars['Int']['input']>;
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

/** An organisation serving a target group. */
export type Serving = {
  __typename?: 'Serving';
  /** Kinds of help (`helpKinds` ids) for this group (the organisation's own when not stated); empty when not recorded. */
  help: Array<Scalars['ID']['output']>;
  /** Identity of this statement: `organisation|targetGroup|reading|scope`; what `updateServes` and `removeServes` take. */
  key: Scalars['ID']['output'];
  /** Best guess of the role where it is unspecified. */
  likelyRole: Maybe<ServeRole>;
  /** Lines for this group. */
  lines: Array<Scalars['String']['output']>;
  /** Mode of service, e.g. `financing`, `informatievoorziening`. */
  mode: Maybe<Scalars['String']['output']>;
  /** Phases for this group (the organisation's own when not stated). */
  phases: Array<Scalars['String']['output']>;
  /** Source of the fact. */
  provenance: Provenance;
  /** Role for the group. */
  role: ServeRole;
  /** Region the statement is limited to, when the source is one province's factsheet. */
  scope: Maybe<Scalars['ID']['output']>;
  /** The target group. */
  targetGroup: TargetGroup;
  /** Themes for this group. */
  themes: Array<Scalars['String']['output']>;
  /** First year, when known. */
  validFrom: Maybe<Scalars['Int']['output']>;
  /** Last year, when known. */
  validTo: Maybe<Scalars['Int']['output']>;
  /** Version of this fact (see `Organisation.version`). */
  version: Scalars['Int']['output'];
};

/**
 * Why an organisation appears in an answer about a target group in a region: what a statement says and how it reaches
 * the region. A `ServiceMatch` gives this for its strongest statement, each of its `ServesStatement`s for itself.
 */
export type ServingReason = {
  /** The region whose coverage makes it match. */
  coveredVia: Region;
  /** Set when the statement is one the report makes of a collective the organisation belongs to. */
  derivedFrom: Maybe<DerivedFrom>;
  /** How it covers the region, in words. */
  explanation: Scalars['String']['output'];
  /** Kinds of help (`helpKinds` ids); empty when not recorded. */
  help: Array<Scalars['ID']['output']>;
  /** Lines of support. */
  lines: Array<Scalars['String']['output']>;
  /** True when it reaches the region only through municipalities inside it (counted in `CoverageCell.localProviders`). */
  local: Scalars['Boolean']['output'];
  /** Mode of service, when stated. */
  mode: Maybe<Scalars['String']['output']>;
  /** True when it covers only part of the region asked about, or serves only a narrower group than the one asked. */
  partial: Scalars['Boolean']['output'];
  /** Phases. */
  phases: Array<Scalars['String']['output']>;
  /** Where the statement comes from; `ambiguity` and `reading` mark one reading of an ambiguous fact. */
  provenance: Provenance;
  /** True when it makes the region served (counted in `CoverageCell.regionalProviders`). */
  regional: Scalars['Boolean']['output'];
  /** Role for the target group. */
  role: ServeRole;
  /** How the statement's target group relates to the one asked. */
  targetGroupRelation: TargetGroupRelation;
  /** The target group the statement was made about, when not the one asked. */
  targetGroupVia: Maybe<Scalars['ID']['output']>;
  /** Themes. */
  themes: Array<Scalars['String']['output']>;
};

/** How serious a deviation from the recommended role split is. */
export type Severity =
  /** Against an explicit exclusion in the report. */
  | 'HIGH'
  /** A recommended group or phase not (yet) taken up. */
  | 'LOW'
  /** Outside the recommended target groups or scale. */
  | 'MEDIUM';

/** One citation of a source. */
export type Source = {
  __typename?: 'Source';
  /** The citation as written in the data, e.g. `§5.4.2 [L824]`. */
  citation: Scalars['String']['output'];
  /** Source document id, e.g. `kplusv-2023`. */
  document: Maybe<Scalars['String']['output']>;
  /** First line of the source text cited, when the citation names lines. */
  lineFrom: Maybe<Scalars['Int']['output']>;
  /** Last line of the source text cited. */
  lineTo: Maybe<Scalars['Int']['output']>;
  /** The section part of the citation, e.g. `§5.4.2`. */
  section: Maybe<Scalars['String']['output']>;
};

/** A target group (*doelgroep*) of entrepreneurs. */
export type TargetGroup = {
  __typename?: 'TargetGroup';
  /** The group it is part of, e.g. the breed mkb for the peloton (null: none). */
  broader: Maybe<Scalars['ID']['output']>;
  /** Where the report nests it in `broader`. */
  broaderSources: Array<Scalars['String']['output']>;
  /** What the group is. */
  description: Maybe<Scalars['String']['output']>;
  /** Largest number of employees, when defined. */
  employeesMax: Maybe<Scalars['Int']['output']>;
  /** Smallest number of employees, when defined. */
  employeesMin: Maybe<Scalars['Int']['output']>;
  /** Slug, e.g. `breed-mkb` (the broad small and medium-sized business), `innovatief-mkb`, `zzp` (self-employed). */
  id: Scalars['ID']['output'];
  /** `business` for entrepreneurs, `public` for public bodies. */
  kind: Maybe<Scalars['String']['output']>;
  /** Dutch name. */
  name: Scalars['String']['output'];
  /** English name. */
  nameEn: Maybe<Scalars['String']['output']>;
  /** The groups directly inside it. */
  narrower: Array<Scalars['ID']['output']>;
};

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

/** A theme of support. */
export type Theme = {
  __typename?: 'Theme';
  /** Slug, e.g. `innovatie`. */
  id: Scalars['ID']['output'];
  /** Dutch name. */
  name: Scalars['String']['output'];
};

/** Roles of signed-in users. Reading needs no account unless the server is configured so (`READ_REQUIRES_TOKEN`). */
export type UserRole =
  /** May change everything, revert any change and import a full export. */
  | 'ADMIN'
  /** May change organisations, coverage, services and referrals; with provinces, only inside them. */
  | 'EDITOR'
  /** May read when reading requires a token; may not change anything. */
  | 'READER';

/** The signed-in user. */
export type Viewer = {
  __typename?: 'Viewer';
  /** User name as configured. */
  name: Scalars['String']['output'];
  /** Provinces an editor is limited to; empty when not limited. */
  provinces: Array<Region>;
  /** Role. */
  role: UserRole;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ServingReason:
    | ( Omit<ServesStatement, 'coveredVia' | 'derivedFrom' | 'scope'> & { coveredVia: _RefType['Region'], derivedFrom?: Maybe<_RefType['DerivedFrom']>, scope?: Maybe<_RefType['Region']> } )
    | ( Omit<ServiceMatch, 'coveredVia' | 'coveredViaAll' | 'derivedFrom' | 'memberGroup' | 'organisation' | 'statements'> & { coveredVia: _RefType['Region'], coveredViaAll: Array<_RefType['Region']>, derivedFrom?: Maybe<_RefType['DerivedFrom']>, memberGroup?: Maybe<_RefType['MemberGroup']>, organisation: _RefType['Organisation'], statements: Array<_RefType['ServesStatement']> } )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BudgetKind: BudgetKind;
  BudgetRow: ResolverTypeWrapper<BudgetRow>;
  CellComparison: ResolverTypeWrapper<CellComparison>;
  CellImpact: ResolverTypeWrapper<Omit<CellImpact, 'region' | 'targetGroup'> & { region: ResolversTypes['Region'], targetGroup: ResolversTypes['TargetGroup'] }>;
  CellMapping: ResolverTypeWrapper<Omit<CellMapping, 'region'> & { region: ResolversTypes['Region'] }>;
  Change: ResolverTypeWrapper<ChangeRecord>;
  ChangeAction: ChangeAction;
  ChangeInput: ChangeInput;
  ChangeResult: ResolverTypeWrapper<ChangeResultModel>;
  ChangedEntity: ResolverTypeWrapper<ChangedEntity>;
  Comparison: ResolverTypeWrapper<Omit<Comparison, 'columns' | 'rows' | 'started' | 'stopped'> & { columns: Array<ResolversTypes['TargetGroup']>, rows: Array<ResolversTypes['Region']>, started: Array<ResolversTypes['ComparisonItem']>, stopped: Array<ResolversTypes['ComparisonItem']> }>;
  ComparisonItem: ResolverTypeWrapper<Omit<ComparisonItem, 'organisation' | 'other' | 'region' | 'targetGroup'> & { organisation: ResolversTypes['Organisation'], other?: Maybe<ResolversTypes['Organisation']>, region?: Maybe<ResolversTypes['Region']>, targetGroup?: Maybe<ResolversTypes['TargetGroup']> }>;
  ComparisonItemKind: ComparisonItemKind;
  Complement: ResolverTypeWrapper<Omit<Complement, 'help' | 'organisations' | 'targetGroup'> & { help: Array<ResolversTypes['OrganisationHelp']>, organisations: Array<ResolversTypes['Organisation']>, targetGroup: ResolversTypes['TargetGroup'] }>;
  Coverage: ResolverTypeWrapper<Omit<Coverage, 'region'> & { region: ResolversTypes['Region'] }>;
  CoverageCell: ResolverTypeWrapper<Omit<CoverageCell, 'mappings'> & { mappings: Array<ResolversTypes['CellMapping']> }>;
  CoverageInput: CoverageInput;
  CoverageMatrix: ResolverTypeWrapper<Omit<CoverageMatrix, 'cells' | 'columns' | 'rows'> & { cells: Array<ResolversTypes['CoverageCell']>, columns: Array<ResolversTypes['TargetGroup']>, rows: Array<ResolversTypes['Region']> }>;
  CoverageStatus: CoverageStatus;
  DataVersion: ResolverTypeWrapper<DataVersion>;
  DeleteMode: DeleteMode;
  DerivedFrom: ResolverTypeWrapper<Omit<DerivedFrom, 'collective'> & { collective: ResolversTypes['Organisation'] }>;
  DeviationImpact: ResolverTypeWrapper<Omit<DeviationImpact, 'deviation'> & { deviation: ResolversTypes['RoleDeviation'] }>;
  Figure: ResolverTypeWrapper<Figure>;
  FigureKind: FigureKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GapImpact: ResolverTypeWrapper<Omit<GapImpact, 'gap'> & { gap: ResolversTypes['ReferralGap'] }>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphFilter: GraphFilter;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphServe: ResolverTypeWrapper<GraphServe>;
  GraphSlice: ResolverTypeWrapper<GraphSlice>;
  Health: ResolverTypeWrapper<Health>;
  HelpKind: ResolverTypeWrapper<HelpKind>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KpiStatus: KpiStatus;
  MapState: MapState;
  MappingInput: MappingInput;
  MemberGroup: ResolverTypeWrapper<Omit<MemberGroup, 'collective'> & { collective: ResolversTypes['Organisation'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkBridge: ResolverTypeWrapper<Omit<NetworkBridge, 'firstLine' | 'from' | 'targetGroup' | 'to' | 'unreachable'> & { firstLine: ResolversTypes['Organisation'], from: ResolversTypes['Organisation'], targetGroup: ResolversTypes['TargetGroup'], to: ResolversTypes['Organisation'], unreachable: Array<ResolversTypes['Organisation']> }>;
  NetworkCommunity: ResolverTypeWrapper<Omit<NetworkCommunity, 'organisations'> & { organisations: Array<ResolversTypes['Organisation']> }>;
  NetworkMeasures: ResolverTypeWrapper<Omit<NetworkMeasures, 'organisation'> & { organisation: ResolversTypes['Organisation'] }>;
  NetworkWeakPoint: ResolverTypeWrapper<Omit<NetworkWeakPoint, 'firstLine' | 'organisation' | 'targetGroup' | 'unreachable'> & { firstLine: ResolversTypes['Organisation'], organisation: ResolversTypes['Organisation'], targetGroup: ResolversTypes['TargetGroup'], unreachable: Array<ResolversTypes['Organisation']> }>;
  NewOrganisationInput: NewOrganisationInput;
  NewReferralInput: NewReferralInput;
  NewScenarioInput: NewScenarioInput;
  NewServiceInput: NewServiceInput;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationEdge']> }>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationFilter: OrganisationFilter;
  OrganisationHelp: ResolverTypeWrapper<Omit<OrganisationHelp, 'organisation'> & { organisation: ResolversTypes['Organisation'] }>;
  OrganisationPatch: OrganisationPatch;
  Overlap: ResolverTypeWrapper<Omit<Overlap, 'organisations' | 'targetGroup'> & { organisations: Array<ResolversTypes['Organisation']>, targetGroup: ResolversTypes['TargetGroup'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PathImpact: ResolverTypeWrapper<Omit<PathImpact, 'from' | 'path' | 'targetGroup' | 'to'> & { from: ResolversTypes['Organisation'], path: ResolversTypes['ReferralPath'], targetGroup: ResolversTypes['TargetGroup'], to: ResolversTypes['Organisation'] }>;
  Phase: ResolverTypeWrapper<Phase>;
  Provenance: ResolverTypeWrapper<Provenance>;
  ProvenanceKind: ProvenanceKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Referral: ResolverTypeWrapper<Omit<Referral, 'from' | 'to'> & { from: ResolversTypes['Organisation'], to: ResolversTypes['Organisation'] }>;
  ReferralGap: ResolverTypeWrapper<Omit<ReferralGap, 'organisation' | 'other' | 'targetGroup'> & { organisation?: Maybe<ResolversTypes['Organisation']>, other?: Maybe<ResolversTypes['Organisation']>, targetGroup?: Maybe<ResolversTypes['TargetGroup']> }>;
  ReferralGapKind: ReferralGapKind;
  ReferralGapReport: ResolverTypeWrapper<Omit<ReferralGapReport, 'deadEnds' | 'isolated' | 'oneWay' | 'region' | 'unreachableGroups' | 'unreferredProviders'> & { deadEnds: Array<ResolversTypes['ReferralGap']>, isolated: Array<ResolversTypes['ReferralGap']>, oneWay: Array<ResolversTypes['ReferralGap']>, region: ResolversTypes['Region'], unreachableGroups: Array<ResolversTypes['ReferralGap']>, unreferredProviders: Array<ResolversTypes['ReferralGap']> }>;
  ReferralHop: ResolverTypeWrapper<Omit<ReferralHop, 'from' | 'to'> & { from: ResolversTypes['Organisation'], to: ResolversTypes['Organisation'] }>;
  ReferralKind: ReferralKind;
  ReferralNetwork: ResolverTypeWrapper<Omit<ReferralNetwork, 'bridges' | 'communities' | 'organisations' | 'region' | 'targetGroup' | 'weakPoints' | 'withoutReferrals'> & { bridges: Array<ResolversTypes['NetworkBridge']>, communities: Array<ResolversTypes['NetworkCommunity']>, organisations: Array<ResolversTypes['NetworkMeasures']>, region: ResolversTypes['Region'], targetGroup?: Maybe<ResolversTypes['TargetGroup']>, weakPoints: Array<ResolversTypes['NetworkWeakPoint']>, withoutReferrals: Array<ResolversTypes['Organisation']> }>;
  ReferralPatch: ReferralPatch;
  ReferralPath: ResolverTypeWrapper<Omit<ReferralPath, 'hops' | 'to'> & { hops: Array<ResolversTypes['ReferralHop']>, to: ResolversTypes['Organisation'] }>;
  ReferralStatus: ReferralStatus;
  Region: ResolverTypeWrapper<RegionRef>;
  RegionLevel: RegionLevel;
  Relation: ResolverTypeWrapper<Relation>;
  RelationType: RelationType;
  Renaming: ResolverTypeWrapper<Renaming>;
  RoleDeviation: ResolverTypeWrapper<Omit<RoleDeviation, 'organisation'> & { organisation: ResolversTypes['Organisation'] }>;
  RoleRule: ResolverTypeWrapper<RoleRule>;
  Scenario: ResolverTypeWrapper<StoredScenario>;
  ScenarioChange: ResolverTypeWrapper<StoredScenarioChange>;
  ScenarioChangeInput: ScenarioChangeInput;
  ScenarioChangeKind: ScenarioChangeKind;
  ScenarioImpact: ResolverTypeWrapper<Omit<ScenarioImpact, 'cells' | 'deviationsAdded' | 'deviationsResolved' | 'gapsClosed' | 'gapsOpened' | 'pathsGained' | 'pathsLost' | 'region' | 'scenario'> & { cells: Array<ResolversTypes['CellImpact']>, deviationsAdded: Array<ResolversTypes['DeviationImpact']>, deviationsResolved: Array<ResolversTypes['DeviationImpact']>, gapsClosed: Array<ResolversTypes['GapImpact']>, gapsOpened: Array<ResolversTypes['GapImpact']>, pathsGained: Array<ResolversTypes['PathImpact']>, pathsLost: Array<ResolversTypes['PathImpact']>, region: ResolversTypes['Region'], scenario: ResolversTypes['Scenario'] }>;
  ScenarioMark: ScenarioMark;
  ServeRole: ServeRole;
  ServesInput: ServesInput;
  ServesPatch: ServesPatch;
  ServesStatement: ResolverTypeWrapper<Omit<ServesStatement, 'coveredVia' | 'derivedFrom' | 'scope'> & { coveredVia: ResolversTypes['Region'], derivedFrom?: Maybe<ResolversTypes['DerivedFrom']>, scope?: Maybe<ResolversTypes['Region']> }>;
  Service: ResolverTypeWrapper<Service>;
  ServiceMatch: ResolverTypeWrapper<Omit<ServiceMatch, 'coveredVia' | 'coveredViaAll' | 'derivedFrom' | 'memberGroup' | 'organisation' | 'statements'> & { coveredVia: ResolversTypes['Region'], coveredViaAll: Array<ResolversTypes['Region']>, derivedFrom?: Maybe<ResolversTypes['DerivedFrom']>, memberGroup?: Maybe<ResolversTypes['MemberGroup']>, organisation: ResolversTypes['Organisation'], statements: Array<ResolversTypes['ServesStatement']> }>;
  ServicePatch: ServicePatch;
  ServiceStatus: ServiceStatus;
  Serving: ResolverTypeWrapper<Omit<Serving, 'targetGroup'> & { targetGroup: ResolversTypes['TargetGroup'] }>;
  ServingReason: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ServingReason']>;
  Severity: Severity;
  Source: ResolverTypeWrapper<Source>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TargetGroup: ResolverTypeWrapper<TargetGroupRow>;
  TargetGroupRelation: TargetGroupRelation;
  Theme: ResolverTypeWrapper<Theme>;
  UserRole: UserRole;
  Viewer: ResolverTypeWrapper<Omit<Viewer, 'provinces'> & { provinces: Array<ResolversTypes['Region']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  BudgetRow: BudgetRow;
  CellComparison: CellComparison;
  CellImpact: Omit<CellImpact, 'region' | 'targetGroup'> & { region: ResolversParentTypes['Region'], targetGroup: ResolversParentTypes['TargetGroup'] };
  CellMapping: Omit<CellMapping, 'region'> & { region: ResolversParentTypes['Region'] };
  Change: ChangeRecord;
  ChangeInput: ChangeInput;
  ChangeResult: ChangeResultModel;
  ChangedEntity: ChangedEntity;
  Comparison: Omit<Comparison, 'columns' | 'rows' | 'started' | 'stopped'> & { columns: Array<ResolversParentTypes['TargetGroup']>, rows: Array<ResolversParentTypes['Region']>, started: Array<ResolversParentTypes['ComparisonItem']>, stopped: Array<ResolversParentTypes['ComparisonItem']> };
  ComparisonItem: Omit<ComparisonItem, 'organisation' | 'other' | 'region' | 'targetGroup'> & { organisation: ResolversParentTypes['Organisation'], other?: Maybe<ResolversParentTypes['Organisation']>, region?: Maybe<ResolversParentTypes['Region']>, targetGroup?: Maybe<ResolversParentTypes['TargetGroup']> };
  Complement: Omit<Complement, 'help' | 'organisations' | 'targetGroup'> & { help: Array<ResolversParentTypes['OrganisationHelp']>, organisations: Array<ResolversParentTypes['Organisation']>, targetGroup: ResolversParentTypes['TargetGroup'] };
  Coverage: Omit<Coverage, 'region'> & { region: ResolversParentTypes['Region'] };
  CoverageCell: Omit<CoverageCell, 'mappings'> & { mappings: Array<ResolversParentTypes['CellMapping']> };
  CoverageInput: CoverageInput;
  CoverageMatrix: Omit<CoverageMatrix, 'cells' | 'columns' | 'rows'> & { cells: Array<ResolversParentTypes['CoverageCell']>, columns: Array<ResolversParentTypes['TargetGroup']>, rows: Array<ResolversParentTypes['Region']> };
  DataVersion: DataVersion;
  DerivedFrom: Omit<DerivedFrom, 'collective'> & { collective: ResolversParentTypes['Organisation'] };
  DeviationImpact: Omit<DeviationImpact, 'deviation'> & { deviation: ResolversParentTypes['RoleDeviation'] };
  Figure: Figure;
  Float: Scalars['Float']['output'];
  GapImpact: Omit<GapImpact, 'gap'> & { gap: ResolversParentTypes['ReferralGap'] };
  GraphEdge: GraphEdge;
  GraphFilter: GraphFilter;
  GraphNode: GraphNode;
  GraphServe: GraphServe;
  GraphSlice: GraphSlice;
  Health: Health;
  HelpKind: HelpKind;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  MapState: MapState;
  MappingInput: MappingInput;
  MemberGroup: Omit<MemberGroup, 'collective'> & { collective: ResolversParentTypes['Organisation'] };
  Mutation: Record<PropertyKey, never>;
  NetworkBridge: Omit<NetworkBridge, 'firstLine' | 'from' | 'targetGroup' | 'to' | 'unreachable'> & { firstLine: ResolversParentTypes['Organisation'], from: ResolversParentTypes['Organisation'], targetGroup: ResolversParentTypes['TargetGroup'], to: ResolversParentTypes['Organisation'], unreachable: Array<ResolversParentTypes['Organisation']> };
  NetworkCommunity: Omit<NetworkCommunity, 'organisations'> & { organisations: Array<ResolversParentTypes['Organisation']> };
  NetworkMeasures: Omit<NetworkMeasures, 'organisation'> & { organisation: ResolversParentTypes['Organisation'] };
  NetworkWeakPoint: Omit<NetworkWeakPoint, 'firstLine' | 'organisation' | 'targetGroup' | 'unreachable'> & { firstLine: ResolversParentTypes['Organisation'], organisation: ResolversParentTypes['Organisation'], targetGroup: ResolversParentTypes['TargetGroup'], unreachable: Array<ResolversParentTypes['Organisation']> };
  NewOrganisationInput: NewOrganisationInput;
  NewReferralInput: NewReferralInput;
  NewScenarioInput: NewScenarioInput;
  NewServiceInput: NewServiceInput;
  Organisation: OrganisationModel;
  OrganisationConnection: Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationEdge']> };
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationFilter: OrganisationFilter;
  OrganisationHelp: Omit<OrganisationHelp, 'organisation'> & { organisation: ResolversParentTypes['Organisation'] };
  OrganisationPatch: OrganisationPatch;
  Overlap: Omit<Overlap, 'organisations' | 'targetGroup'> & { organisations: Array<ResolversParentTypes['Organisation']>, targetGroup: ResolversParentTypes['TargetGroup'] };
  PageInfo: PageInfo;
  PathImpact: Omit<PathImpact, 'from' | 'path' | 'targetGroup' | 'to'> & { from: ResolversParentTypes['Organisation'], path: ResolversParentTypes['ReferralPath'], targetGroup: ResolversParentTypes['TargetGroup'], to: ResolversParentTypes['Organisation'] };
  Phase: Phase;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  Referral: Omit<Referral, 'from' | 'to'> & { from: ResolversParentTypes['Organisation'], to: ResolversParentTypes['Organisation'] };
  ReferralGap: Omit<ReferralGap, 'organisation' | 'other' | 'targetGroup'> & { organisation?: Maybe<ResolversParentTypes['Organisation']>, other?: Maybe<ResolversParentTypes['Organisation']>, targetGroup?: Maybe<ResolversParentTypes['TargetGroup']> };
  ReferralGapReport: Omit<ReferralGapReport, 'deadEnds' | 'isolated' | 'oneWay' | 'region' | 'unreachableGroups' | 'unreferredProviders'> & { deadEnds: Array<ResolversParentTypes['ReferralGap']>, isolated: Array<ResolversParentTypes['ReferralGap']>, oneWay: Array<ResolversParentTypes['ReferralGap']>, region: ResolversParentTypes['Region'], unreachableGroups: Array<ResolversParentTypes['ReferralGap']>, unreferredProviders: Array<ResolversParentTypes['ReferralGap']> };
  ReferralHop: Omit<ReferralHop, 'from' | 'to'> & { from: ResolversParentTypes['Organisation'], to: ResolversParentTypes['Organisation'] };
  ReferralNetwork: Omit<ReferralNetwork, 'bridges' | 'communities' | 'organisations' | 'region' | 'targetGroup' | 'weakPoints' | 'withoutReferrals'> & { bridges: Array<ResolversParentTypes['NetworkBridge']>, communities: Array<ResolversParentTypes['NetworkCommunity']>, organisations: Array<ResolversParentTypes['NetworkMeasures']>, region: ResolversParentTypes['Region'], targetGroup?: Maybe<ResolversParentTypes['TargetGroup']>, weakPoints: Array<ResolversParentTypes['NetworkWeakPoint']>, withoutReferrals: Array<ResolversParentTypes['Organisation']> };
  ReferralPatch: ReferralPatch;
  ReferralPath: Omit<ReferralPath, 'hops' | 'to'> & { hops: Array<ResolversParentTypes['ReferralHop']>, to: ResolversParentTypes['Organisation'] };
  Region: RegionRef;
  Relation: Relation;
  Renaming: Renaming;
  RoleDeviation: Omit<RoleDeviation, 'organisation'> & { organisation: ResolversParentTypes['Organisation'] };
  RoleRule: RoleRule;
  Scenario: StoredScenario;
  ScenarioChange: StoredScenarioChange;
  ScenarioChangeInput: ScenarioChangeInput;
  ScenarioImpact: Omit<ScenarioImpact, 'cells' | 'deviationsAdded' | 'deviationsResolved' | 'gapsClosed' | 'gapsOpened' | 'pathsGained' | 'pathsLost' | 'region' | 'scenario'> & { cells: Array<ResolversParentTypes['CellImpact']>, deviationsAdded: Array<ResolversParentTypes['DeviationImpact']>, deviationsResolved: Array<ResolversParentTypes['DeviationImpact']>, gapsClosed: Array<ResolversParentTypes['GapImpact']>, gapsOpened: Array<ResolversParentTypes['GapImpact']>, pathsGained: Array<ResolversParentTypes['PathImpact']>, pathsLost: Array<ResolversParentTypes['PathImpact']>, region: ResolversParentTypes['Region'], scenario: ResolversParentTypes['Scenario'] };
  ServesInput: ServesInput;
  ServesPatch: ServesPatch;
  ServesStatement: Omit<ServesStatement, 'coveredVia' | 'derivedFrom' | 'scope'> & { coveredVia: ResolversParentTypes['Region'], derivedFrom?: Maybe<ResolversParentTypes['DerivedFrom']>, scope?: Maybe<ResolversParentTypes['Region']> };
  Service: Service;
  ServiceMatch: Omit<ServiceMatch, 'coveredVia' | 'coveredViaAll' | 'derivedFrom' | 'memberGroup' | 'organisation' | 'statements'> & { coveredVia: ResolversParentTypes['Region'], coveredViaAll: Array<ResolversParentTypes['Region']>, derivedFrom?: Maybe<ResolversParentTypes['DerivedFrom']>, memberGroup?: Maybe<ResolversParentTypes['MemberGroup']>, organisation: ResolversParentTypes['Organisation'], statements: Array<ResolversParentTypes['ServesStatement']> };
  ServicePatch: ServicePatch;
  Serving: Omit<Serving, 'targetGroup'> & { targetGroup: ResolversParentTypes['TargetGroup'] };
  ServingReason: ResolversInterfaceTypes<ResolversParentTypes>['ServingReason'];
  Source: Source;
  String: Scalars['String']['output'];
  TargetGroup: TargetGroupRow;
  Theme: Theme;
  Viewer: Omit<Viewer, 'provinces'> & { provinces: Array<ResolversParentTypes['Region']> };
}>;

export type BudgetRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BudgetRow'] = ResolversParentTypes['BudgetRow']> = ResolversObject<{
  diffPrev?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  direct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indirect?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BudgetKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CellComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CellComparison'] = ResolversParentTypes['CellComparison']> = ResolversObject<{
  after?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providersAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  providersBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CellImpactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CellImpact'] = ResolversParentTypes['CellImpact']> = ResolversObject<{
  after?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providersAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  providersBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
}>;

export type CellMappingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CellMapping'] = ResolversParentTypes['CellMapping']> = ResolversObject<{
  factsheet?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['ChangedEntity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  revertOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revertedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChangeResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeResult'] = ResolversParentTypes['ChangeResult']> = ResolversObject<{
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
}>;

export type ChangedEntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangedEntity'] = ResolversParentTypes['ChangedEntity']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Comparison'] = ResolversParentTypes['Comparison']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['CellComparison']>, ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  started?: Resolver<Array<ResolversTypes['ComparisonItem']>, ParentType, ContextType>;
  stopped?: Resolver<Array<ResolversTypes['ComparisonItem']>, ParentType, ContextType>;
}>;

export type ComparisonItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComparisonItem'] = ResolversParentTypes['ComparisonItem']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ComparisonItemKind'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  other?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetGroup?: Resolver<Maybe<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
}>;

export type ComplementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Complement'] = ResolversParentTypes['Complement']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  help?: Resolver<Array<ResolversTypes['OrganisationHelp']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  sharedHelp?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
}>;

export type CoverageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = ResolversObject<{
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoverageCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoverageCell'] = ResolversParentTypes['CoverageCell']> = ResolversObject<{
  firstLineProviders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localProviders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mappings?: Resolver<Array<ResolversTypes['CellMapping']>, ParentType, ContextType>;
  nationalProviders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  primaryProviders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  providerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  providers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regionalProviders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CoverageMatrixResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoverageMatrix'] = ResolversParentTypes['CoverageMatrix']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['CoverageCell']>, ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type DataVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DataVersion'] = ResolversParentTypes['DataVersion']> = ResolversObject<{
  readAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DerivedFromResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DerivedFrom'] = ResolversParentTypes['DerivedFrom']> = ResolversObject<{
  collective?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  membership?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type DeviationImpactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeviationImpact'] = ResolversParentTypes['DeviationImpact']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  deviation?: Resolver<ResolversTypes['RoleDeviation'], ParentType, ContextType>;
}>;

export type FigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = ResolversObject<{
  activities?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  approx?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['FigureKind']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type GapImpactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapImpact'] = ResolversParentTypes['GapImpact']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['ReferralGap'], ParentType, ContextType>;
}>;

export type GraphEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scenarioChange?: Resolver<Maybe<ResolversTypes['ScenarioMark']>, ParentType, ContextType>;
  scenarioChanges?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  generic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  scale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scenarioChange?: Resolver<Maybe<ResolversTypes['ScenarioMark']>, ParentType, ContextType>;
  scenarioChanges?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  serves?: Resolver<Array<ResolversTypes['GraphServe']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GraphServeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphServe'] = ResolversParentTypes['GraphServe']> = ResolversObject<{
  role?: Resolver<ResolversTypes['ServeRole'], ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type GraphSliceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphSlice'] = ResolversParentTypes['GraphSlice']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  removedEdges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  removedNodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  migrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type HelpKindResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HelpKind'] = ResolversParentTypes['HelpKind']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MemberGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberGroup'] = ResolversParentTypes['MemberGroup']> = ResolversObject<{
  collective?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addScenarioChanges?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationAddScenarioChangesArgs, 'changes' | 'expectedVersion' | 'id'>>;
  addServes?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationAddServesArgs, 'change' | 'input' | 'organisation'>>;
  adoptScenario?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationAdoptScenarioArgs, 'change' | 'expectedVersion' | 'id'>>;
  createOrganisation?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'change' | 'input'>>;
  createReferral?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationCreateReferralArgs, 'change' | 'input'>>;
  createScenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationCreateScenarioArgs, 'input'>>;
  createService?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationCreateServiceArgs, 'change' | 'input' | 'organisation'>>;
  deleteOrganisation?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationDeleteOrganisationArgs, 'change' | 'expectedVersion' | 'id' | 'onReferences'>>;
  deleteReferral?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationDeleteReferralArgs, 'change' | 'expectedVersion' | 'id'>>;
  deleteService?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationDeleteServiceArgs, 'change' | 'expectedVersion' | 'id'>>;
  discardScenario?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDiscardScenarioArgs, 'expectedVersion' | 'id'>>;
  removeCoverage?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationRemoveCoverageArgs, 'change' | 'expectedVersion' | 'organisation' | 'region'>>;
  removeMapping?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationRemoveMappingArgs, 'change' | 'expectedVersion' | 'region' | 'targetGroup'>>;
  removeScenarioChange?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationRemoveScenarioChangeArgs, 'change' | 'expectedVersion' | 'id'>>;
  removeServes?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationRemoveServesArgs, 'change' | 'expectedVersion' | 'key'>>;
  revertChange?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationRevertChangeArgs, 'id'>>;
  setCoverage?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationSetCoverageArgs, 'change' | 'input' | 'organisation' | 'region'>>;
  setMapping?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationSetMappingArgs, 'change' | 'input' | 'region' | 'targetGroup'>>;
  updateOrganisation?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'change' | 'expectedVersion' | 'id' | 'patch'>>;
  updateReferral?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationUpdateReferralArgs, 'change' | 'expectedVersion' | 'id' | 'patch'>>;
  updateScenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<MutationUpdateScenarioArgs, 'expectedVersion' | 'id'>>;
  updateServes?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationUpdateServesArgs, 'change' | 'expectedVersion' | 'key' | 'patch'>>;
  updateService?: Resolver<ResolversTypes['ChangeResult'], ParentType, ContextType, RequireFields<MutationUpdateServiceArgs, 'change' | 'expectedVersion' | 'id' | 'patch'>>;
}>;

export type NetworkBridgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NetworkBridge'] = ResolversParentTypes['NetworkBridge']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanationEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstLine?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  unreachable?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
}>;

export type NetworkCommunityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NetworkCommunity'] = ResolversParentTypes['NetworkCommunity']> = ResolversObject<{
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incoming?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  internal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  outgoing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NetworkMeasuresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NetworkMeasures'] = ResolversParentTypes['NetworkMeasures']> = ResolversObject<{
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  closeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstLine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  outDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weakPoint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type NetworkWeakPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NetworkWeakPoint'] = ResolversParentTypes['NetworkWeakPoint']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanationEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstLine?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
  unreachable?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  budgets?: Resolver<Array<ResolversTypes['BudgetRow']>, ParentType, ContextType>;
  coverage?: Resolver<Array<ResolversTypes['Coverage']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType>;
  generic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  help?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  helpNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<OrganisationHistoryArgs, 'limit'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  referralsIn?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  referralsOut?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  scale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serves?: Resolver<Array<ResolversTypes['Serving']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType, Partial<OrganisationServicesArgs>>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganisationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganisationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type OrganisationHelpResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganisationHelp'] = ResolversParentTypes['OrganisationHelp']> = ResolversObject<{
  help?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OverlapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Overlap'] = ResolversParentTypes['Overlap']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  phaseChecked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedHelp?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  sharedPhases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sharedThemes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PathImpactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PathImpact'] = ResolversParentTypes['PathImpact']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['ReferralPath'], ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type PhaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Phase'] = ResolversParentTypes['Phase']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  ambiguity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvenanceKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<QueryChangeArgs, 'id'>>;
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<QueryChangesArgs, 'limit'>>;
  comparison?: Resolver<ResolversTypes['Comparison'], ParentType, ContextType, RequireFields<QueryComparisonArgs, 'after' | 'before' | 'level'>>;
  complements?: Resolver<Array<ResolversTypes['Complement']>, ParentType, ContextType, RequireFields<QueryComplementsArgs, 'region'>>;
  conformance?: Resolver<Array<ResolversTypes['RoleDeviation']>, ParentType, ContextType, Partial<QueryConformanceArgs>>;
  coverage?: Resolver<ResolversTypes['CoverageMatrix'], ParentType, ContextType, RequireFields<QueryCoverageArgs, 'level'>>;
  coverageCell?: Resolver<ResolversTypes['CoverageCell'], ParentType, ContextType, RequireFields<QueryCoverageCellArgs, 'region' | 'targetGroup'>>;
  dataVersion?: Resolver<ResolversTypes['DataVersion'], ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryGraphArgs, 'filter'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  helpKinds?: Resolver<Array<ResolversTypes['HelpKind']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisationTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first'>>;
  overlaps?: Resolver<Array<ResolversTypes['Overlap']>, ParentType, ContextType, RequireFields<QueryOverlapsArgs, 'region'>>;
  phases?: Resolver<Array<ResolversTypes['Phase']>, ParentType, ContextType>;
  referralGaps?: Resolver<ResolversTypes['ReferralGapReport'], ParentType, ContextType, RequireFields<QueryReferralGapsArgs, 'region'>>;
  referralNetwork?: Resolver<ResolversTypes['ReferralNetwork'], ParentType, ContextType, RequireFields<QueryReferralNetworkArgs, 'region'>>;
  referralPaths?: Resolver<Array<ResolversTypes['ReferralPath']>, ParentType, ContextType, RequireFields<QueryReferralPathsArgs, 'from' | 'maxHops' | 'region' | 'targetGroup'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'id'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  roleRules?: Resolver<Array<ResolversTypes['RoleRule']>, ParentType, ContextType>;
  scales?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  scenario?: Resolver<Maybe<ResolversTypes['Scenario']>, ParentType, ContextType, RequireFields<QueryScenarioArgs, 'id'>>;
  scenarioImpact?: Resolver<ResolversTypes['ScenarioImpact'], ParentType, ContextType, RequireFields<QueryScenarioImpactArgs, 'region' | 'scenario'>>;
  scenarios?: Resolver<Array<ResolversTypes['Scenario']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  whoServes?: Resolver<Array<ResolversTypes['ServiceMatch']>, ParentType, ContextType, RequireFields<QueryWhoServesArgs, 'region' | 'targetGroup'>>;
}>;

export type ReferralResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReferralGapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReferralGap'] = ResolversParentTypes['ReferralGap']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReferralGapKind'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  other?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  targetGroup?: Resolver<Maybe<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
}>;

export type ReferralGapReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReferralGapReport'] = ResolversParentTypes['ReferralGapReport']> = ResolversObject<{
  deadEnds?: Resolver<Array<ResolversTypes['ReferralGap']>, ParentType, ContextType>;
  isolated?: Resolver<Array<ResolversTypes['ReferralGap']>, ParentType, ContextType>;
  oneWay?: Resolver<Array<ResolversTypes['ReferralGap']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  unreachableGroups?: Resolver<Array<ResolversTypes['ReferralGap']>, ParentType, ContextType>;
  unreferredProviders?: Resolver<Array<ResolversTypes['ReferralGap']>, ParentType, ContextType>;
}>;

export type ReferralHopResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReferralHop'] = ResolversParentTypes['ReferralHop']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type ReferralNetworkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReferralNetwork'] = ResolversParentTypes['ReferralNetwork']> = ResolversObject<{
  bridges?: Resolver<Array<ResolversTypes['NetworkBridge']>, ParentType, ContextType>;
  communities?: Resolver<Array<ResolversTypes['NetworkCommunity']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['NetworkMeasures']>, ParentType, ContextType>;
  otherReferrals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referrals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  status?: Resolver<Array<ResolversTypes['ReferralStatus']>, ParentType, ContextType>;
  targetGroup?: Resolver<Maybe<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  weakPoints?: Resolver<Array<ResolversTypes['NetworkWeakPoint']>, ParentType, ContextType>;
  weakPointsComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  withoutReferrals?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
}>;

export type ReferralPathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReferralPath'] = ResolversParentTypes['ReferralPath']> = ResolversObject<{
  hops?: Resolver<Array<ResolversTypes['ReferralHop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operational?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = ResolversObject<{
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
}>;

export type RenamingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Renaming'] = ResolversParentTypes['Renaming']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type RoleDeviationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleDeviation'] = ResolversParentTypes['RoleDeviation']> = ResolversObject<{
  actual?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type RoleRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleRule'] = ResolversParentTypes['RoleRule']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  function?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notFor?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  scale?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ScenarioResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Scenario'] = ResolversParentTypes['Scenario']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['ScenarioChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScenarioChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioChange'] = ResolversParentTypes['ScenarioChange']> = ResolversObject<{
  addedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScenarioChangeKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  organisationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partial?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  referralKind?: Resolver<Maybe<ResolversTypes['ReferralKind']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  regions?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ServeRole']>, ParentType, ContextType>;
  scale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  serviceStatus?: Resolver<Maybe<ResolversTypes['ServiceStatus']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetGroup?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetGroups?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ScenarioImpactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioImpact'] = ResolversParentTypes['ScenarioImpact']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['CellImpact']>, ParentType, ContextType>;
  deviationsAdded?: Resolver<Array<ResolversTypes['DeviationImpact']>, ParentType, ContextType>;
  deviationsResolved?: Resolver<Array<ResolversTypes['DeviationImpact']>, ParentType, ContextType>;
  gapsClosed?: Resolver<Array<ResolversTypes['GapImpact']>, ParentType, ContextType>;
  gapsOpened?: Resolver<Array<ResolversTypes['GapImpact']>, ParentType, ContextType>;
  pathsGained?: Resolver<Array<ResolversTypes['PathImpact']>, ParentType, ContextType>;
  pathsLost?: Resolver<Array<ResolversTypes['PathImpact']>, ParentType, ContextType>;
  pathsTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType>;
}>;

export type ServesStatementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServesStatement'] = ResolversParentTypes['ServesStatement']> = ResolversObject<{
  coveredVia?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  derivedFrom?: Resolver<Maybe<ResolversTypes['DerivedFrom']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  help?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  local?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  regional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ServeRole'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  targetGroupRelation?: Resolver<ResolversTypes['TargetGroupRelation'], ParentType, ContextType>;
  targetGroupVia?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kpiStatus?: Resolver<Maybe<ResolversTypes['KpiStatus']>, ParentType, ContextType>;
  kpis?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oneOffYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  renamedTo?: Resolver<Maybe<ResolversTypes['Renaming']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statutoryTasks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceMatch'] = ResolversParentTypes['ServiceMatch']> = ResolversObject<{
  coveredVia?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  coveredViaAll?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  derivedFrom?: Resolver<Maybe<ResolversTypes['DerivedFrom']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  help?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  local?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  memberGroup?: Resolver<Maybe<ResolversTypes['MemberGroup']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  regional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ServeRole'], ParentType, ContextType>;
  specificity?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['ServesStatement']>, ParentType, ContextType>;
  targetGroupRelation?: Resolver<ResolversTypes['TargetGroupRelation'], ParentType, ContextType>;
  targetGroupVia?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Serving'] = ResolversParentTypes['Serving']> = ResolversObject<{
  help?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  likelyRole?: Resolver<Maybe<ResolversTypes['ServeRole']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ServeRole'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServingReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServingReason'] = ResolversParentTypes['ServingReason']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ServesStatement' | 'ServiceMatch', ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lineTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TargetGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetGroup'] = ResolversParentTypes['TargetGroup']> = ResolversObject<{
  broader?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  broaderSources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employeesMax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  employeesMin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  narrower?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ThemeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinces?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['UserRole'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  BudgetRow?: BudgetRowResolvers<ContextType>;
  CellComparison?: CellComparisonResolvers<ContextType>;
  CellImpact?: CellImpactResolvers<ContextType>;
  CellMapping?: CellMappingResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeResult?: ChangeResultResolvers<ContextType>;
  ChangedEntity?: ChangedEntityResolvers<ContextType>;
  Comparison?: ComparisonResolvers<ContextType>;
  ComparisonItem?: ComparisonItemResolvers<ContextType>;
  Complement?: ComplementResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  CoverageCell?: CoverageCellResolvers<ContextType>;
  CoverageMatrix?: CoverageMatrixResolvers<ContextType>;
  DataVersion?: DataVersionResolvers<ContextType>;
  DerivedFrom?: DerivedFromResolvers<ContextType>;
  DeviationImpact?: DeviationImpactResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  GapImpact?: GapImpactResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphServe?: GraphServeResolvers<ContextType>;
  GraphSlice?: GraphSliceResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  HelpKind?: HelpKindResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MemberGroup?: MemberGroupResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkBridge?: NetworkBridgeResolvers<ContextType>;
  NetworkCommunity?: NetworkCommunityResolvers<ContextType>;
  NetworkMeasures?: NetworkMeasuresResolvers<ContextType>;
  NetworkWeakPoint?: NetworkWeakPointResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  OrganisationHelp?: OrganisationHelpResolvers<ContextType>;
  Overlap?: OverlapResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PathImpact?: PathImpactResolvers<ContextType>;
  Phase?: PhaseResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralGap?: ReferralGapResolvers<ContextType>;
  ReferralGapReport?: ReferralGapReportResolvers<ContextType>;
  ReferralHop?: ReferralHopResolvers<ContextType>;
  ReferralNetwork?: ReferralNetworkResolvers<ContextType>;
  ReferralPath?: ReferralPathResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Renaming?: RenamingResolvers<ContextType>;
  RoleDeviation?: RoleDeviationResolvers<ContextType>;
  RoleRule?: RoleRuleResolvers<ContextType>;
  Scenario?: ScenarioResolvers<ContextType>;
  ScenarioChange?: ScenarioChangeResolvers<ContextType>;
  ScenarioImpact?: ScenarioImpactResolvers<ContextType>;
  ServesStatement?: ServesStatementResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceMatch?: ServiceMatchResolvers<ContextType>;
  Serving?: ServingResolvers<ContextType>;
  ServingReason?: ServingReasonResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  TargetGroup?: TargetGroupResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

