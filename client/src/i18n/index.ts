import en from './en.json';
import nl from './nl.json';
import type { Language } from '../state/view-state.ts';

export type { Language };
export type MessageKey = keyof typeof nl;
export type Vars = Record<string, string | number>;

// English must have every Dutch key; the type check enforces it, and i18n.test.ts checks the reverse.
const MESSAGES: Record<Language, Record<MessageKey, string>> = { nl, en };

const fill = (text: string, vars: Vars) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));

/** Looks up a message and fills `{name}` placeholders. */
export function translate(lang: Language, key: MessageKey, vars: Vars = {}): string {
  return fill(MESSAGES[lang][key], vars);
}

/** Whether a key exists: the vocabulary labels (`type.rom`, `status.planned`) are looked up by id. */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(nl, key);

/** Groups of vocabulary labels, each `group.id` in the translation files. */
export type LabelGroup =
  | 'type'
  | 'scale'
  | 'relation'
  | 'status'
  | 'role'
  | 'line'
  | 'level'
  | 'levels'
  | 'severity'
  | 'provenance'
  | 'phase'
  | 'theme'
  | 'coverage'
  | 'gapKind'
  | 'view'
  | 'mode';

/** A bound translator: what every view receives. */
export interface Translator {
  lang: Language;
  t(key: MessageKey, vars?: Vars): string;
  /** The label of a vocabulary id (an organisation type, a status…), or the fallback (else the id) when unknown. */
  label(group: LabelGroup, id: string, fallback?: string): string;
  /** A number formatted for the language. */
  n(value: number): string;
}

/**
 * Binds the translation functions to one language.
 * @example translator('en').label('status', 'planned') === 'planned'
 */
export function translator(lang: Language): Translator {
  const numbers = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return {
    lang,
    t: (key, vars) => translate(lang, key, vars),
    label(group, id, fallback) {
      const key = `${group}.${id}`;
      const text = isMessageKey(key) ? MESSAGES[lang][key] : '';
      return text !== '' ? text : (fallback ?? id);
    },
    n: (value) => numbers.format(value),
  };
}

/** Dutch-insensitive comparison for sorting names in the page's language. */
export const collator = (lang: Language): Intl.Collator =>
  new Intl.Collator(lang === 'nl' ? 'nl' : 'en', { sensitivity: 'base', numeric: true });
