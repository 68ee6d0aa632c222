import { h, uid } from './dom.ts';
import { matchChoices, type Choice } from './match.ts';

export interface ComboboxOptions {
  /** Visible label text (may be visually hidden by CSS). */
  label: string;
  placeholder: string;
  onChoose(id: string | null): void;
  /** Announcements for screen readers. */
  noMatches(text: string): string;
  matches(count: number): string;
  /** Free text nobody chose from the list (Enter without a match): the API accepts names and aliases. */
  onFreeText?(text: string): void;
  /**
   * Ranks the choices for a typed text elsewhere (the server's full-text search, which knows aliases and forgives
   * typos): their ids, best first. The local match shows at once; the ranking goes first when it arrives, as long
   * as the text is unchanged. A failed search leaves the local match.
   */
  search?(text: string): Promise<readonly string[]>;
}

/** Pause in typing before a search is sent, so a word typed quickly costs one request, not one per letter. */
const SEARCH_PAUSE_MS = 150;

export interface Combobox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  setChoices(choices: readonly Choice[]): void;
  /** Shows the chosen option, unless the user is typing in the box. */
  setValue(id: string | null): void;
  setTexts(label: string, placeholder: string): void;
}

/**
 * An editable combobox with a list popup, after the WAI-ARIA Authoring Practices pattern: type to filter,
 * arrows to move, Enter to choose, Escape to close (and a second time to clear).
 */
export function createCombobox(options: ComboboxOptions): Combobox {
  const inputId = uid('combo-input');
  const listId = uid('combo-list');
  const labelEl = h('label', { for: inputId, className: 'combo__label' }, options.label);
  const input = h('input', {
    id: inputId,
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: options.placeholder,
    className: 'combo__input',
  });
  const list = h('ul', {
    id: listId,
    role: 'listbox',
    'aria-label': options.label,
    className: 'combo__list',
    hidden: true,
  });
  const live = h('span', { className: 'visually-hidden', 'aria-live': 'polite' });
  const element = h('span', { className: 'combo' }, labelEl, input, list, live);

  let choices: readonly Choice[] = [];
  let shown: Choice[] = [];
  let active = -1;
  let value: string | null = null;

  const labelOf = (id: string | null) => (id === null ? '' : (choices.find((c) => c.id === id)?.label ?? id));

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let searchTicket = 0;

  function open(): void {
    const typed = input.value === labelOf(value) ? '' : input.value;
    const local = matchChoices(choices, typed);
    render(local);
    clearTimeout(searchTimer);
    const ticket = ++searchTicket;
    const search = options.search;
    if (!search || typed.trim() === '') return;
    searchTimer = setTimeout(() => {
      search(typed.trim()).then(
        (ids) => {
          if (ticket !== searchTicket || input.value !== typed || document.activeElement !== input) return;
          const byId = new Map(choices.map((c) => [c.id, c]));
          const ranked = ids.map((id) => byId.get(id)).filter((c): c is Choice => c !== undefined);
          if (ranked.length > 0) render([...ranked, ...local.filter((c) => !ranked.includes(c))]);
        },
        () => undefined,
      );
    }, SEARCH_PAUSE_MS);
  }

  function render(next: Choice[]): void {
    shown = next;
    active =
      shown.length > 0
        ? Math.max(
            0,
            shown.findIndex((c) => c.id === value),
          )
        : -1;
    list.replaceChildren(
      ...shown.map((c, i) =>
        h(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            className: 'combo__option',
            'aria-selected': i === active ? 'true' : 'false',
            // mousedown, not click: the input must not lose focus (and close the list) first.
            onmousedown: (e: Event) => {
              e.preventDefault();
              choose(c);
            },
          },
          h('span', {}, c.label),
          c.hint ? h('span', { className: 'combo__hint' }, c.hint) : null,
        ),
      ),
    );
    list.hidden = shown.length === 0;
    input.setAttribute('aria-expanded', String(shown.length > 0));
    live.textContent = shown.length > 0 ? options.matches(shown.length) : options.noMatches(input.value);
    highlight();
  }

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(): void {
    list.querySelectorAll('[role="option"]').forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function choose(c: Choice | null): void {
    value = c?.id ?? null;
    input.value = labelOf(value);
    close();
    options.onChoose(value);
  }

  input.addEventListener('input', open);
  input.addEventListener('focus', () => input.select());
  input.addEventListener('click', () => (list.hidden ? open() : close()));
  input.addEventListener('blur', () => {
    close();
    input.value = labelOf(value);
  });
  input.addEventListener('keydown', (e) => {
    const expanded = !list.hidden;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!expanded) open();
        else active = Math.min(shown.length - 1, active + 1);
        highlight();
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!expanded) open();
        else active = Math.max(0, active - 1);
        highlight();
        break;
      case 'Home':
      case 'End':
        if (expanded && shown.length > 0 && e.altKey === false && e.ctrlKey) {
          e.preventDefault();
          active = e.key === 'Home' ? 0 : shown.length - 1;
          highlight();
        }
        break;
      case 'Enter': {
        if (!expanded && input.value === labelOf(value)) return;
        e.preventDefault();
        const pick = shown[active] ?? (shown.length === 1 ? shown[0] : undefined);
        if (pick) choose(pick);
        else if (input.value.trim() !== '' && options.onFreeText) {
          close();
          options.onFreeText(input.value.trim());
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          close();
          input.value = labelOf(value);
        } else if (input.value !== '') {
          e.preventDefault();
          choose(null);
        }
        break;
      case 'Tab':
        if (expanded && shown[active] && input.value !== labelOf(value)) choose(shown[active]!);
        break;
    }
  });

  return {
    element,
    input,
    setChoices(next) {
      // Someone typing before the choices arrived sees the matches as soon as they do.
      const typing = document.activeElement === input && input.value.trim() !== '' && input.value !== labelOf(value);
      choices = next;
      if (typing) {
        open();
        return;
      }
      // Also while focused when the box still shows the bare id (the choices arrived after the value).
      if (document.activeElement !== input || (value !== null && input.value === value)) input.value = labelOf(value);
    },
    setValue(id) {
      value = id;
      if (document.activeElement !== input) input.value = labelOf(id);
    },
    setTexts(label, placeholder) {
      labelEl.textContent = label;
      list.setAttribute('aria-label', label);
      input.placeholder = placeholder;
    },
  };
}
