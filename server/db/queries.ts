import path from 'node:path';
import { ROOT_DIR } from '../config.ts';
import { loadCypherFiles, type CypherFile } from './cypher.ts';

/**
 * Every query the application runs, by file name below `cypher/` (schema migrations apart).
 * Start-up fails when a listed file is missing or a file on disk is not listed, so no query is
 * dead and none is missing.
 */
export const QUERY_NAMES = [
  'health/ping',
  'migrations/list-applied',
  'migrations/record-applied',
  'graph/find-graph-slice',
  'regions/list-regions',
  'vocabulary/list-vocabulary',
  'organisations/find-organisations',
  'organisations/search-organisations',
  'figures/find-organisation-figures',
  'figures/find-organisation-budgets',
  'conformance/list-role-rules',
  'read-model/load-projection',
  'read-model/find-data-version',
  'read-model/stamp-data-version',
  'scenarios/create-scenario',
  'scenarios/update-scenario',
  'scenarios/delete-scenario',
  'scenarios/put-scenario',
  'scenarios/find-changes-since',
  'scenarios/find-adoption-facts',
  'scenarios/fold-adoption',
  'spreadsheets/find-state',
  'spreadsheets/create-change',
  'spreadsheets/lock-entities',
  'spreadsheets/merge-organisations',
  'spreadsheets/merge-coverage',
  'spreadsheets/merge-serves',
  'spreadsheets/merge-services',
  'spreadsheets/merge-referrals',
  'spreadsheets/merge-mappings',
  'spreadsheets/delete-mappings',
  'spreadsheets/list-organisations',
  'spreadsheets/list-coverage',
  'spreadsheets/list-serves',
  'spreadsheets/list-services',
  'spreadsheets/list-referrals',
  'spreadsheets/list-mappings',
  'seed/merge-source-documents',
  'seed/merge-ambiguities',
  'seed/merge-target-groups',
  'seed/merge-phases',
  'seed/merge-themes',
  'seed/merge-lines',
  'seed/merge-help-kinds',
  'seed/merge-regions',
  'seed/link-region-parts',
  'seed/merge-organisations',
  'seed/merge-serves',
  'seed/merge-covers',
  'seed/merge-activities',
  'seed/link-activity-lineage',
  'seed/merge-relations',
  'seed/merge-role-rules',
  'seed/merge-reported-gaps',
  'seed/merge-figures',
  'seed/merge-budget-rows',
  'seed/merge-timeline-events',
  'seed/merge-factsheets',
  'seed/merge-mappings',
  'seed/list-content',
  'seed/count-content-nodes',
  'seed/count-by-label',
  'seed/delete-content',
  'edit/create-organisation',
  'edit/update-organisation',
  'edit/delete-organisation',
  'edit/set-coverage',
  'edit/remove-coverage',
  'edit/set-mapping',
  'edit/remove-mapping',
  'edit/add-serves',
  'edit/update-serves',
  'edit/remove-serves',
  'edit/create-service',
  'edit/update-service',
  'edit/delete-service',
  'edit/create-referral',
  'edit/update-referral',
  'edit/delete-referral',
  'edit/revert-change',
  'edit/list-changes',
  'edit/find-idempotent-change',
  'bench/count-synthetic',
  'bench/delete-synthetic',
  'graph-files/list-graph',
  'graph-files/create-nodes',
  'graph-files/set-node-values',
  'graph-files/create-relationships',
  'graph-files/set-relationship-values',
  'graph-files/record-change',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

export const CYPHER_DIR = path.join(ROOT_DIR, 'cypher');

/** Loads the query files and checks them against QUERY_NAMES; throws naming every mismatch. */
export function loadQueries(dir: string = CYPHER_DIR): ReadonlyMap<QueryName, CypherFile> {
  const all = loadCypherFiles(dir);
  const onDisk = [...all.keys()].filter((n) => !n.startsWith('schema/'));
  const missing = QUERY_NAMES.filter((n) => !all.has(n));
  const unlisted = onDisk.filter((n) => !(QUERY_NAMES as readonly string[]).includes(n));
  if (missing.length > 0 || unlisted.length > 0) {
    throw new Error(
      [
        ...missing.map((n) => `missing query file cypher/${n}.cypher`),
        ...unlisted.map((n) => `cypher/${n}.cypher is not listed in server/db/queries.ts`),
      ].join('\n'),
    );
  }
  return new Map(QUERY_NAMES.map((n) => [n, all.get(n)!]));
}
