import type { User } from '../auth/users.ts';
import { addScenarioChanges, withAddedChanges, type ScenarioEnv } from '../editing/scenarios.ts';
import { AppError } from '../errors.ts';
import { changeSummary } from '../repos/projection/scenarios.ts';
import type { ImportPlan } from './plan.ts';
import type { ImportReport } from './report.ts';
import { scenarioChangesOf } from './to-scenario.ts';

// A spreadsheet imported into a scenario: the file is read, validated and compared with the map itself exactly as a
// live import (plan.ts: references, years, province scope), its writes are said as scenario changes
// (to-scenario.ts), and those are checked and added as addScenarioChanges adds them — by the scenario's owner or an
// ADMIN, each change within the editor's provinces. A dry run checks them without keeping any.

/** The report of an import into a scenario: the live import's, with the changes it adds (or would add). */
export async function importIntoScenario(
  env: ScenarioEnv,
  user: User,
  scenarioId: string,
  plan: ImportPlan,
  report: ImportReport,
  opts: { source: string; expect?: string | null },
): Promise<ImportReport> {
  const { changes, errors } = scenarioChangesOf(plan.writes, plan.rows, opts.source);
  const base = { ...report, scenario: scenarioId };
  if (!report.ok || errors.length > 0) {
    return { ...base, ok: false, errors: [...report.errors, ...errors], planHash: null, scenarioChanges: [] };
  }
  if (changes.length === 0) return { ...base, scenarioChanges: [] };
  const [scenario, all] = await withAddedChanges(env, user, scenarioId, changes);
  const addedChanges = all
    .slice(scenario.changes.length)
    .map((c) => ({ id: c.id, kind: c.kind, summary: changeSummary(c) }));
  if (report.mode === 'dry-run') return { ...base, scenarioChanges: addedChanges };
  if (opts.expect && opts.expect !== plan.planHash) {
    throw new AppError(
      'CONFLICT',
      'The map or the file changed since the dry run (its planHash no longer matches): run the dry run again and check the differences.',
      { expected: opts.expect, planHash: plan.planHash },
    );
  }
  await addScenarioChanges(env, user, { id: scenario.id, expectedVersion: scenario.version, changes });
  return { ...base, scenarioChanges: addedChanges };
}
