import { h, type Child } from './dom.ts';

// The parts every dialog with a form shares (editing, signing in, importing, the glossary).

/** A dialog's form: it shows its own problems instead of the browser's, and submitting calls `onSubmit`. */
export function dialogForm(onSubmit: () => void, ...children: (Child | Child[])[]): HTMLFormElement {
  return h(
    'form',
    {
      className: 'edit-form',
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        onSubmit();
      },
    },
    ...children,
  );
}

/** A secondary button that closes the dialog (Cancel, Close). */
export const closeButton = (dialog: HTMLDialogElement, label: string): HTMLButtonElement =>
  h('button', { type: 'button', className: 'button button--secondary', onclick: () => dialog.close() }, label);

/** The dialog's header: its heading, and a close button when given its label. */
export const dialogHeader = (dialog: HTMLDialogElement, id: string, heading: string, close?: string): HTMLElement =>
  h('div', { className: 'dialog__header' }, h('h2', { id }, heading), close ? closeButton(dialog, close) : null);

/** The row under a form: its submit button, then Cancel. */
export const submitRow = (dialog: HTMLDialogElement, submit: HTMLButtonElement, cancel: string): HTMLElement =>
  h('div', { className: 'button-row' }, submit, closeButton(dialog, cancel));
