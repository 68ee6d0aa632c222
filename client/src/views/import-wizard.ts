import { ApiError } from '../api/client.ts';
import { SHEET_ENTITIES, uploadType, type ImportReport, type Rest, type SheetEntity } from '../api/rest.ts';
import { TEMPLATES } from '../data/exports.ts';
import { changeRows, importProblems, summaryRows, type ImportProblem } from '../edit/import-model.ts';
import { isMessageKey, type MessageKey, type Translator } from '../i18n/index.ts';
import type { ViewContext } from './context.ts';
import { dialogForm, dialogHeader } from './dialog-form.ts';
import { h } from './dom.ts';
import { serverMessage } from './edit-dialog.ts';

/** Rows of the table of changes drawn at most; the counts above it are always complete. */
const MAX_CHANGE_ROWS = 500;

interface Wizard {
  lang: string;
  file: HTMLInputElement;
  entity: HTMLSelectElement;
  source: HTMLInputElement;
  problems: HTMLElement;
  report: HTMLElement;
  dryRun: HTMLButtonElement;
  /** The dry run whose plan an apply would carry out; dropped when the file, entity or source change. */
  plan: ImportReport | null;
  busy: boolean;
}

const entityLabel = (t: Translator, entity: string) => {
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
function summaryTable(t: Translator, report: ImportReport): HTMLElement {
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
function reportView(t: Translator, report: ImportReport, apply: () => void): (Node | null)[] {
  const changes = changeRows(report);
  const canApply = report.ok && report.errors.length === 0 && report.planHash !== null && changes.length > 0;
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
          h('button', { type: 'button', id: 'import-apply', className: 'button', onclick: apply }, t.t('import.apply')),
          h('span', { className: 'hint' }, t.t('import.applyHint')),
        )
      : null,
  ];
}

/** A refused upload in plain language. */
function errorView(t: Translator, error: ApiError): HTMLElement {
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

/**
 * The import wizard: choose a CSV or Excel file (with links to the templates), give a source, run a dry run
 * that changes nothing, read the report, then apply exactly that plan (`expect=planHash`).
 */
export function mountImportWizard(
  dialog: HTMLDialogElement,
  getCtx: () => ViewContext,
  rest: Pick<Rest, 'importSpreadsheet'>,
): (ctx: ViewContext) => void {
  let wizard: Wizard | null = null;
  let opener: Element | null = null;
  dialog.addEventListener('close', () => {
    wizard = null;
    if (getCtx().session.importOpen) getCtx().edit.closeImport();
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  });

  function showProblems(w: Wizard, t: Translator, problems: ImportProblem[]): void {
    w.problems.replaceChildren(
      problems.length === 0
        ? ''
        : h(
            'div',
            { className: 'alert alert--error', role: 'alert' },
            h('p', { className: 'alert__title' }, t.t('edit.problems')),
            h(
              'ul',
              {},
              problems.map((p) => h('li', {}, t.t(`import.problem.${p}` as MessageKey))),
            ),
          ),
    );
    w.file.toggleAttribute('aria-invalid', problems.includes('file') || problems.includes('fileType'));
    w.entity.toggleAttribute('aria-invalid', problems.includes('entity'));
    w.source.toggleAttribute('aria-invalid', problems.includes('source'));
  }

  async function run(w: Wizard, mode: 'dry-run' | 'apply'): Promise<void> {
    const { t } = getCtx();
    const file = w.file.files?.[0] ?? null;
    const problems = importProblems({
      fileName: file?.name ?? null,
      entity: w.entity.value as SheetEntity | '',
      source: w.source.value,
    });
    showProblems(w, t, problems);
    if (problems.length > 0 || !file || w.busy) return;
    const contentType = uploadType(file.name)!;
    const csv = contentType === 'text/csv';
    w.busy = true;
    w.dryRun.disabled = true;
    w.report.setAttribute('aria-busy', 'true');
    w.report.replaceChildren(
      h('p', { className: 'loading' }, t.t(mode === 'apply' ? 'import.applying' : 'import.checking')),
    );
    try {
      const report = await rest.importSpreadsheet({
        mode,
        source: w.source.value.trim(),
        entity: csv ? (w.entity.value as SheetEntity) : null,
        expect: mode === 'apply' ? (w.plan?.planHash ?? null) : null,
        file,
        contentType,
      });
      if (wizard !== w) return;
      if (mode === 'dry-run') {
        w.plan = report;
        w.report.replaceChildren(
          ...reportView(t, report, () => void run(w, 'apply')).filter((n): n is Node => n !== null),
        );
      } else {
        w.plan = null;
        w.report.replaceChildren(
          h('h3', { id: 'import-report-heading', tabindex: -1 }, t.t('import.appliedHeading')),
          h(
            'p',
            { className: report.ok ? 'alert' : 'alert alert--error', role: 'status', id: 'import-result' },
            report.ok ? t.t('import.appliedText', { id: report.changeId ?? '—' }) : t.t('import.notApplied'),
          ),
          summaryTable(t, report),
        );
        if (report.ok) getCtx().edit.imported(report.changeId ?? null);
      }
    } catch (e) {
      if (wizard !== w) return;
      w.report.replaceChildren(errorView(t, e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL')));
    } finally {
      w.busy = false;
      w.dryRun.disabled = false;
      w.report.setAttribute('aria-busy', 'false');
      w.report.querySelector<HTMLElement>('h3, [role="alert"]')?.focus();
    }
  }

  function build(ctx: ViewContext): Wizard {
    const { t } = ctx;
    const file = h('input', {
      type: 'file',
      id: 'import-file',
      accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'aria-describedby': 'import-file-hint',
    });
    const entity = h(
      'select',
      { id: 'import-entity', 'aria-describedby': 'import-entity-hint' },
      h('option', { value: '' }, t.t('edit.choose')),
      SHEET_ENTITIES.map((e) => h('option', { value: e }, entityLabel(t, e))),
    );
    const source = h('input', {
      type: 'text',
      id: 'import-source',
      'aria-required': 'true',
      'aria-describedby': 'import-source-hint',
    });
    const report = h('div', { id: 'import-report', className: 'import-report', 'aria-live': 'polite' });
    const dryRun = h('button', { type: 'submit', id: 'import-dry-run', className: 'button' }, t.t('import.dryRun'));
    const w: Wizard = {
      lang: t.lang,
      file,
      entity,
      source,
      report,
      dryRun,
      problems: h('div', { className: 'edit-feedback', tabindex: -1 }),
      plan: null,
      busy: false,
    };
    // A changed choice makes the dry run's plan stale: it must be run again before applying.
    const reset = () => {
      w.plan = null;
      w.report.replaceChildren();
    };
    for (const el of [file, entity, source]) el.addEventListener('change', reset);
    source.addEventListener('input', reset);
    dialog.setAttribute('aria-labelledby', 'import-heading');
    dialog.replaceChildren(
      dialogForm(
        () => void run(w, 'dry-run'),
        dialogHeader(dialog, 'import-heading', t.t('import.heading'), t.t('import.close')),
        h('p', {}, t.t('import.intro')),
        h(
          'div',
          { className: 'import-templates' },
          h('p', { id: 'import-templates-label' }, t.t('import.templates')),
          h(
            'ul',
            { className: 'inline-list', 'aria-labelledby': 'import-templates-label' },
            TEMPLATES.map((link) =>
              h(
                'li',
                {},
                h(
                  'a',
                  {
                    href: link.path,
                    download: link.fileName,
                    'data-template': link.id,
                    // Through fetch, so the bearer token goes along when reading requires one.
                    onclick: (e: Event) => {
                      e.preventDefault();
                      getCtx().actions.exportFile(link);
                    },
                  },
                  t.t(link.label),
                ),
              ),
            ),
          ),
        ),
        w.problems,
        h(
          'div',
          { className: 'form-field' },
          h('label', { for: 'import-file' }, `${t.t('import.file')} ${t.t('edit.required')}`),
          file,
          h('p', { className: 'hint', id: 'import-file-hint' }, t.t('import.fileHint')),
        ),
        h(
          'div',
          { className: 'form-field' },
          h('label', { for: 'import-entity' }, t.t('import.entityLabel')),
          entity,
          h('p', { className: 'hint', id: 'import-entity-hint' }, t.t('import.entityHint')),
        ),
        h(
          'div',
          { className: 'form-field' },
          h('label', { for: 'import-source' }, `${t.t('edit.source')} ${t.t('edit.required')}`),
          source,
          h('p', { className: 'hint', id: 'import-source-hint' }, t.t('edit.sourceHint')),
        ),
        h('div', { className: 'button-row' }, dryRun, h('span', { className: 'hint' }, t.t('import.dryRunHint'))),
        report,
      ),
    );
    return w;
  }

  return (ctx) => {
    if (!ctx.session.importOpen) {
      wizard = null;
      if (dialog.open) dialog.close();
      return;
    }
    if (wizard && wizard.lang === ctx.t.lang) return;
    if (!dialog.open) opener = document.activeElement;
    wizard = build(ctx);
    if (!dialog.open) dialog.showModal();
    wizard.file.focus();
  };
}
