import { assertRole } from '../auth/authenticate.ts';
import type { User } from '../auth/users.ts';
import type { Db } from '../db/run.ts';
import { AppError } from '../errors.ts';
import type { ReferenceData } from '../repos/reference-data.ts';
import { ownScenario, type ScenarioEnv } from '../editing/scenarios.ts';
import { applyPlan } from './apply.ts';
import { tooLarge } from './body.ts';
import { ENTITIES } from './columns.ts';
import { importIntoScenario } from './into-scenario.ts';
import { parseSpreadsheet } from './parse.ts';
import { planImport, type ImportPlan } from './plan.ts';
import { readRecords } from './records.ts';
import type { ImportMode, ImportReport } from './report.ts';
import { findImportState, stateRequest } from './state.ts';
import { loadImportVocabulary } from './vocabulary.ts';

/** An uploaded spreadsheet. */
export interface SpreadsheetFile {
  readonly bytes: Buffer;
  /** The request's Content-Type; the content decides (a workbook is recognised by its bytes). */
  readonly contentType?: string | null;
  /** For a CSV file: the entity its rows are (`organisations`, `coverage`, …, or a Dutch alias). */
  readonly entity?: string | null;
}

export interface ImportOptions {
  readonly mode: ImportMode;
  /** Citation for the import (1–500 characters), added to the sources of what it creates or changes. */
  readonly source: string | null | undefined;
  readonly comment?: string | null;
  /** planHash of the dry run the user checked: the apply refuses (CONFLICT) when the plan is no longer the same. */
  readonly expect?: string | null;
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number;
  /** Import into this scenario instead of the map itself (into-scenario.ts), with the read model it is read from. */
  readonly scenario?: { readonly id: string; readonly model: ScenarioEnv['model'] } | null;
}

export { ENTITIES } from './columns.ts';
export type { ImportReport } from './report.ts';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function checkedText(value: string | null | undefined, argument: string, max: number, required: boolean) {
  const v = value?.trim() ?? '';
  if (v === '') {
    if (required)
      throw new AppError('BAD_USER_INPUT', `${argument} is required: the citation or URL the import is based on.`, {
        argument,
      });
    return null;
  }
  if (v.length > max || CONTROL.test(v)) {
    throw new AppError('BAD_USER_INPUT', `${argument} must be 1 to ${max} characters of text.`, {
      argument,
      value: v.slice(0, 40),
    });
  }
  return v;
}

function summaryLine(plan: ImportPlan): string {
  const parts = Object.entries(plan.summary)
    .map(([entity, s]) => {
      const bits = [
        s.new ? `${s.new} new` : '',
        s.changed ? `${s.changed} changed` : '',
        s.removed ? `${s.removed} removed` : '',
      ].filter(Boolean);
      return bits.length > 0 ? `${entity} ${bits.join(', ')}` : '';
    })
    .filter(Boolean);
  return `Spreadsheet import: ${parts.join('; ') || 'nothing changed'}`;
}

/**
 * Imports a spreadsheet (CSV or XLSX): reads it completely, validates every row, compares it with the map and, for
 * `apply`, writes it in one transaction recorded in the audit trail. Errors in the file come back in the report
 * (`ok: false`); a request that cannot be handled at all (no rights, too large, unreadable, stale `expect`) throws
 * an AppError.
 * @example await importSpreadsheet(db, reference, user, { bytes, entity: 'organisations' }, { mode: 'dry-run', source: 'Provincie 2025', maxBytes: 10e6 })
 */
export async function importSpreadsheet(
  db: Db,
  reference: ReferenceData,
  user: User | null,
  file: SpreadsheetFile,
  opts: ImportOptions,
): Promise<ImportReport> {
  const editor = assertRole(user, 'EDITOR');
  if (opts.mode !== 'dry-run' && opts.mode !== 'apply') {
    throw new AppError('BAD_USER_INPUT', `mode must be dry-run or apply, not "${String(opts.mode)}".`, {
      argument: 'mode',
      allowed: ['dry-run', 'apply'],
    });
  }
  const source = checkedText(opts.source, 'source', 500, true)!;
  // Into a scenario: the user must be one who may change it, before the file is looked at.
  if (opts.scenario) await ownScenario({ db, reference, model: opts.scenario.model }, editor, opts.scenario.id);
  const comment = checkedText(opts.comment, 'comment', 2000, false);
  if (file.bytes.length > opts.maxBytes) throw tooLarge(file.bytes.length, opts.maxBytes);
  const parsed = await parseSpreadsheet(file.bytes, { contentType: file.contentType, entity: file.entity });
  const [vocabulary, catalog] = await Promise.all([loadImportVocabulary(reference), reference.catalog()]);
  const { records, errors } = readRecords(parsed, { vocabulary, regions: catalog.index });
  const state = await findImportState(db, stateRequest(records));
  const plan = planImport({
    records,
    errors: [...parsed.errors, ...errors],
    entities: ENTITIES.filter((e) => parsed.sheets.some((s) => s.entity === e)),
    state,
    catalog,
    user: editor,
    source,
  });
  const report = {
    mode: opts.mode,
    ok: plan.errors.length === 0,
    errors: plan.errors,
    summary: plan.summary,
    rows: plan.rows,
    planHash: plan.planHash,
  };
  if (opts.scenario) {
    const env = { db, reference, model: opts.scenario.model };
    return importIntoScenario(env, editor, opts.scenario.id, plan, report, { source, expect: opts.expect });
  }
  if (opts.mode === 'dry-run' || !report.ok) return report;
  if (opts.expect && opts.expect !== plan.planHash) {
    throw new AppError(
      'CONFLICT',
      'The map or the file changed since the dry run (its planHash no longer matches): run the dry run again and check the differences.',
      { expected: opts.expect, planHash: plan.planHash },
    );
  }
  if (plan.writes.length === 0) return { ...report, changeId: null };
  const { changeId, assigned } = await applyPlan(db, plan, {
    user: editor,
    source,
    comment,
    summary: summaryLine(plan),
  });
  const rows = plan.rows.map((r) => (assigned.has(r.key) ? { ...r, key: assigned.get(r.key)! } : r));
  return { ...report, rows, changeId };
}
