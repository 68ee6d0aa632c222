import { describe, expect, it } from 'vitest';
import en from './en.json';
import nl from './nl.json';
import { languageFromSearch, translate } from './index.ts';

describe('translations', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('fill placeholders', () => {
    expect(translate('nl', 'loaded', { nodes: 3, edges: 2 })).toBe('3 organisaties en 2 relaties geladen.');
  });

  it('default to Dutch unless taal=en is asked for', () => {
    expect(languageFromSearch('')).toBe('nl');
    expect(languageFromSearch('?taal=en')).toBe('en');
    expect(languageFromSearch('?taal=fr')).toBe('nl');
  });
});
