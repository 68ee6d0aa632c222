import { ApiError } from '../api/client.ts';
import { SHEET_ENTITIES, uploadType, type ImportReport, type Rest, type SheetEntity } from '../api/rest.ts';
import { TEMPLATES } from '../data/exports.ts';
import { importProblems, type ImportProblem } from '../edit/import-model.ts';
import type { MessageKey, Translator } from '../i18n/index.ts';
import type { ViewContext } from './context.ts';
import { dialogForm, dialogHeader } from './dialog-form.ts';
import { h } from './dom.ts';
import { entityLabel, errorView, reportView, scenarioChangesTable, summaryTable } from './import-report.ts';

interface Wizard {
  lang: string;
  file: HTMLInputElement;
  entity: HTMLSelectElement;
  source: HTMLInputElement;
  /** Where the rows go: the map itself (''), or the scenario shown (only offered while one is). */
  target: HTMLSelectElement | null;
  problems: HTMLElement;
  report: HTMLElement;
  dryRun: HTMLButtonElement;
  /** The dry run whose plan an apply would carry out; dropped when the file, entity or source change. */
  plan: ImportReport | null;
  busy: boolean;
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
        scenario: w.target?.value || null,
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
            !report.ok
              ? t.t('import.notApplied')
              : report.scenario
                ? t.t('import.scenario.appliedText', {
                    count: report.scenarioChanges?.length ?? 0,
                    id: report.scenario,
                  })
                : t.t('import.appliedText', { id: report.changeId ?? '—' }),
          ),
          summaryTable(t, report),
          scenarioChangesTable(t, report) ?? '',
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
    // While a scenario is shown, its rows may go into it instead of the map itself (the server decides who may).
    const scenario = ctx.state.scenario;
    const target = scenario
      ? h(
          'select',
          { id: 'import-target' },
          h('option', { value: '' }, t.t('import.target.live')),
          h('option', { value: scenario }, t.t('import.target.scenario', { id: scenario })),
        )
      : null;
    const report = h('div', { id: 'import-report', className: 'import-report', 'aria-live': 'polite' });
    const dryRun = h('button', { type: 'submit', id: 'import-dry-run', className: 'button' }, t.t('import.dryRun'));
    const w: Wizard = {
      lang: t.lang,
      file,
      entity,
      source,
      target,
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
    for (const el of [file, entity, source, target]) el?.addEventListener('change', reset);
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
        target
          ? h(
              'div',
              { className: 'form-field' },
              h('label', { for: 'import-target' }, t.t('import.target')),
              target,
              h('p', { className: 'hint' }, t.t('import.target.hint')),
            )
          : null,
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
