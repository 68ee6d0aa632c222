import { beforeAll, describe, expect, it } from 'vitest';
import { loadCypherFiles } from '../../server/db/cypher.ts';
import { CYPHER_DIR, QUERY_NAMES } from '../../server/db/queries.ts';
import { testDriver } from '../helpers/db.ts';
import { explainFile, idLookups, type PlanSummary } from '../helpers/query-plan.ts';

const files = [...loadCypherFiles(CYPHER_DIR).values()].filter((f) => !f.name.startsWith('schema/'));

/**
 * Every query that reads a whole label, relationship type or the whole store, with the scans its plan has and why
 * that is right. A query not listed here may not scan at all: it starts from an index seek on an id.
 */
const SCANS: Record<string, { scans: string[]; why: string }> = {
  'bench/count-synthetic': {
    scans: ['DirectedAllRelationshipsScan', 'NodeByLabelScan Organisation'],
    why: 'counts every organisation and relationship the benchmark generator wrote (no index on sourceDocument)',
  },
  'bench/delete-synthetic': { scans: ['NodeByLabelScan Organisation'], why: 'deletes every synthetic organisation' },
  'conformance/list-role-rules': { scans: ['NodeByLabelScan RoleRule'], why: 'lists every role rule' },
  'edit/list-changes': { scans: ['NodeByLabelScan Change'], why: 'lists the audit trail, newest first' },
  'edit/remove-serves': {
    scans: ['NodeByLabelScan TargetGroup'],
    why: 'finds a statement by its key; there is no relationship index on SERVES.key, and the scan starts from the few target groups',
  },
  'edit/revert-change': {
    scans: ['AllNodesScan'],
    why: 'restores entities whose labels the change record names ($(label)), which no index can serve; one change names a handful',
  },
  'edit/update-serves': {
    scans: ['NodeByLabelScan TargetGroup'],
    why: 'finds a statement by its key; there is no relationship index on SERVES.key, and the scan starts from the few target groups',
  },
  'figures/find-organisation-budgets': {
    scans: ['NodeByLabelScan BudgetRow'],
    why: 'budget rows name organisations in a list property, which no index serves; there are a few dozen',
  },
  'figures/find-organisation-figures': {
    scans: ['NodeByLabelScan Figure'],
    why: 'figures name organisations in a list property, which no index serves; there are a few dozen',
  },
  'graph-files/list-graph': { scans: ['AllNodesScan'], why: 'exports the whole map' },
  'graph/find-graph-slice': {
    scans: ['NodeByLabelScan Organisation'],
    why: 'filters all organisations by type, scale, phase and region before the first page',
  },
  'health/ping': { scans: ['NodeByLabelScan Migration'], why: 'reads the applied migrations, a dozen nodes' },
  'migrations/list-applied': { scans: ['NodeByLabelScan Migration'], why: 'lists the applied migrations' },
  'organisations/find-organisations': {
    scans: ['NodeByLabelScan Organisation'],
    why: 'filters all organisations by type, target group and region before the first page',
  },
  'regions/list-regions': { scans: ['NodeByLabelScan Region'], why: 'lists every region' },
  'seed/count-by-label': { scans: ['AllNodesScan'], why: 'counts every node by label' },
  'seed/count-content-nodes': { scans: ['AllNodesScan'], why: 'counts every content node' },
  'seed/delete-content': { scans: ['AllNodesScan'], why: 'deletes every content node' },
  'seed/list-content': { scans: ['AllNodesScan'], why: 'lists every content node for the content hash' },
  'read-model/load-projection': {
    scans: [
      'DirectedRelationshipTypeScan COVERS',
      'DirectedRelationshipTypeScan MAPPED_FOR',
      'DirectedRelationshipTypeScan REFERS_TO',
      'DirectedRelationshipTypeScan SERVES',
      'NodeByLabelScan Activity',
      'NodeByLabelScan GenericGroup',
      'NodeByLabelScan Organisation',
      'NodeByLabelScan RoleRule',
      'NodeByLabelScan Scenario',
    ],
    why: "reads the whole projection the analysis questions are answered from (services included), once per data version; the parts that read a whole relationship type scan it by a hint, the collectives' part starts at the few :GenericGroup nodes",
  },
  'spreadsheets/find-state': {
    scans: ['DirectedAllRelationshipsScan'],
    why: 'relations are named by relId across every relationship type, which no single index serves',
  },
  'spreadsheets/list-coverage': { scans: ['NodeByLabelScan Region'], why: 'exports all coverage' },
  'spreadsheets/list-mappings': { scans: ['NodeByLabelScan TargetGroup'], why: 'exports all mappings' },
  'spreadsheets/list-organisations': { scans: ['NodeByLabelScan Organisation'], why: 'exports all organisations' },
  'spreadsheets/list-referrals': { scans: ['DirectedRelationshipTypeScan REFERS_TO'], why: 'exports all referrals' },
  'spreadsheets/list-serves': { scans: ['NodeByLabelScan TargetGroup'], why: 'exports all target group statements' },
  'spreadsheets/list-services': { scans: ['NodeByLabelScan Activity'], why: 'exports all services' },
  'vocabulary/list-vocabulary': {
    scans: [
      'NodeByLabelScan HelpKind',
      'NodeByLabelScan Phase',
      'NodeByLabelScan TargetGroup',
      'NodeByLabelScan Theme',
    ],
    why: 'lists the whole vocabulary',
  },
};

/**
 * Queries whose plan joins a scan with something else in a Cartesian product, and why that is no mistake. Elsewhere
 * a product only joins single-row seeks (two ends of a new relationship, say).
 */
const SCANNING_PRODUCTS: Record<string, { count: number; why: string }> = {
  'bench/count-synthetic': { count: 2, why: 'three independent CALL blocks, each collapsed to one row by count()' },
  'edit/revert-change': { count: 1, why: 'the reverted change (one row, by id) joined with its entities' },
  'vocabulary/list-vocabulary': { count: 4, why: 'five independent CALL blocks, each one row by collect()' },
};

/** Labels a query matches by id that its plan reaches some other way, and why. */
const ID_LOOKUPS_WITHOUT_SEEK: Record<string, { labels: string[]; why: string }> = {
  'edit/revert-change': {
    labels: ['Organisation'],
    why: 'the organisations of the change scope are looked up in EXISTS/COLLECT subqueries, planned apart',
  },
};

const plans = new Map<string, PlanSummary>();

beforeAll(async () => {
  for (const f of files) plans.set(f.name, await explainFile(testDriver(), f));
});

describe('the Cypher files', () => {
  it('are exactly the queries the server lists', () => {
    expect(files.map((f) => f.name).sort()).toEqual([...QUERY_NAMES].sort());
  });

  it('name only existing queries in the tables of expected scans', () => {
    const names = new Set(files.map((f) => f.name));
    const listed = [...Object.keys(SCANS), ...Object.keys(SCANNING_PRODUCTS), ...Object.keys(ID_LOOKUPS_WITHOUT_SEEK)];
    expect(listed.filter((n) => !names.has(n))).toEqual([]);
  });

  describe.each(files.map((f) => [f.name, f] as const))('%s', (name, file) => {
    it('scans only what its table entry says it must', () => {
      expect(plans.get(name)!.scans).toEqual(SCANS[name]?.scans ?? []);
    });

    it('begins every lookup by id at an index seek', () => {
      const seeks = plans.get(name)!.seeks;
      const seeked = (label: string) =>
        seeks.some((s) => /^Node(Unique)?IndexSeek /.test(s) && s.endsWith(` ${label}(id)`));
      const unseeked = idLookups(file.text)
        .filter((group) => !group.some(seeked))
        .map((group) => group[0]!);
      expect([...new Set(unseeked)].sort()).toEqual(ID_LOOKUPS_WITHOUT_SEEK[name]?.labels ?? []);
    });

    it('joins no scan in a Cartesian product unless its table entry says why', () => {
      expect(plans.get(name)!.scanningProducts).toBe(SCANNING_PRODUCTS[name]?.count ?? 0);
    });
  });
});
