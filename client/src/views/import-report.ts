import type { ApiError } from '../api/client.ts';
import type { ImportReport } from '../api/rest.ts';
import { changeRows, summaryRows } from '../edit/import-model.ts';
import { isMessageKey, type MessageKey, type Translator } from '../i18n/index.ts';
import { h } from './dom.ts';
import { serverMessage } from './edit-dialog.ts';

// What the import wizard shows of an upload's report: the counts, the errors per cell, the changes per field (or,
// into a scenario, the scenario's changes) and a refused upload in plain language.

/** Rows of the table of changes drawn at most; the counts above it are always complete. */
const MAX_CHANGE_ROWS = 500;

export const entityLabel = (t: Translator, entity: string) => {
  const key = `entity.${entity}`;
  return isMessageKey(key) ? t.t(key) : entity;
};

const table = (id: string, caption: string, head: string[], rows: (string | number)[][]) =>
  h(
    'div',
    { className: 'table-wrap' },
    h(
      'table',
      { className: 'data-table data-table--compact', id },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          head.map((x) => h('th', { scope: 'col' }, x)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            {},
            r.map((c) => h('td', {}, String(c))),
          ),
        ),
      ),
    ),
  );

/** The counts per entity of a report; a column of removed rows when a sheet of the file can remove (mappings). */
export function summaryTable(t: Translator, report: ImportReport): HTMLElement {
  const rows = summaryRows(report);
  const removing = rows.some((r) => r.removed !== undefined);
  return table(
    'import-summary',
    t.t('import.summary'),
    [
      t.t('import.entity'),
      t.t('import.new'),
      t.t('import.changed'),
      t.t('import.unchanged'),
      ...(removing ? [t.t('import.removed')] : []),
    ],
    rows.map((r) => [entityLabel(t, r.entity), r.new, r.changed, r.unchanged, ...(removing ? [r.removed ?? 0] : [])]),
  );
}

/** What a dry run found: the file's errors, the counts, and each changed field. */
/** What an import into a scenario adds to it: its changes in words, numbered as the scenario will number them. */
export function scenarioChangesTable(t: Translator, report: ImportReport): HTMLElement | null {
  if (!report.scenario || !report.ok) return null;
  const added = report.scenarioChanges ?? [];
  return added.length === 0
    ? h('p', {}, t.t('import.scenario.none'))
    : table(
        'import-scenario-changes',
        t.t('import.scenario.caption', { id: report.scenario }),
        [t.t('scenario.column.id'), t.t('scenario.column.summary')],
        added.map((c) => [c.id, c.summary]),
      );
}

export function reportView(t: Translator, report: ImportReport, apply: () => void): (Node | null)[] {
  const changes = changeRows(report);
  const intoScenario = report.scenario !== undefined;
  const canApply =
    report.ok &&
    report.errors.length === 0 &&
    (intoScenario ? (report.scenarioChanges?.length ?? 0) > 0 : report.planHash !== null && changes.length > 0);
  return [
    h('h3', { id: 'import-report-heading', tabindex: -1 }, t.t('import.reportHeading')),
    report.errors.length > 0
      ? h(
          'div',
          { className: 'alert alert--error', role: 'alert' },
          h('p', { className: 'alert__title' }, t.t('import.errorsTitle', { count: report.errors.length })),
          h('p', {}, t.t('import.errorsText')),
        )
      : null,
    report.errors.length > 0
      ? table(
          'import-errors',
          t.t('import.errorsCaption'),
          [t.t('import.sheet'), t.t('import.row'), t.t('import.column'), t.t('import.value'), t.t('import.message')],
          report.errors.map((e) => [
            e.sheet ?? '—',
            e.row ?? '—',
            e.column ?? '—',
            e.value ?? '—',
            e.allowed?.length
              ? `${e.message} ${t.t('edit.error.allowed', { allowed: e.allowed.join(', ') })}`
              : e.message,
          ]),
        )
      : null,
    summaryTable(t, report),
    scenarioChangesTable(t, report),
    changes.length === 0
      ? h('p', {}, t.t('import.nothing'))
      : table(
          'import-changes',
          t.t('import.changesCaption'),
          [
            t.t('import.sheet'),
            t.t('import.row'),
            t.t('import.key'),
            t.t('import.status'),
            t.t('diff.field'),
            t.t('diff.before'),
            t.t('diff.after'),
          ],
          changes
            .slice(0, MAX_CHANGE_ROWS)
            .map((c) => [
              c.sheet,
              c.row,
              c.key,
              t.t(`import.${c.status}` as MessageKey),
              c.field || '—',
              c.before,
              c.after,
            ]),
        ),
    changes.length > MAX_CHANGE_ROWS
      ? h('p', { className: 'hint' }, t.t('import.moreChanges', { count: changes.length - MAX_CHANGE_ROWS }))
      : null,
    canApply
      ? h(
          'div',
          { className: 'button-row' },
          h(
            'button',
            { type: 'button', id: 'import-apply', className: 'button', onclick: apply },
            t.t(intoScenario ? 'import.scenario.apply' : 'import.apply'),
          ),
          h('span', { className: 'hint' }, t.t(intoScenario ? 'import.scenario.applyHint' : 'import.applyHint')),
        )
      : null,
  ];
}

/** A refused upload in plain language. */
export function errorView(t: Translator, error: ApiError): HTMLElement {
  const known = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'CONFLICT', 'NETWORK'];
  const code = known.includes(error.code) ? error.code : 'INTERNAL';
  return h(
    'div',
    { className: 'alert alert--error', role: 'alert', 'data-code': code },
    h('p', { className: 'alert__title' }, t.t('import.failed')),
    h('p', {}, t.t(`import.error.${code}` as MessageKey)),
    serverMessage(t, error.message),
  );
}
