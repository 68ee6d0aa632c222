import en from './en.json';
import nl from './nl.json';

export type Language = 'nl' | 'en';
export type MessageKey = keyof typeof nl;

// English must have every Dutch key; the type check enforces it.
const MESSAGES: Record<Language, Record<MessageKey, string>> = { nl, en };

/** Looks up a message and fills `{name}` placeholders. */
export function translate(lang: Language, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Reads the language from a `taal` URL parameter; Dutch unless English is asked for. */
export function languageFromSearch(search: string): Language {
  return new URLSearchParams(search).get('taal') === 'en' ? 'en' : 'nl';
}
