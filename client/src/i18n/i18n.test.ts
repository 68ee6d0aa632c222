import { describe, expect, it } from 'vitest';
import en from './en.json';
import nl from './nl.json';
import { translate, translator } from './index.ts';

describe('translations', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no empty English or Dutch text', () => {
    expect(Object.entries(nl).filter(([, v]) => v.trim() === '')).toEqual([]);
    expect(Object.entries(en).filter(([, v]) => v.trim() === '')).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) expect(names(en[key]), key).toEqual(names(nl[key]));
  });

  it('fill placeholders', () => {
    expect(translate('nl', 'status.loaded', { nodes: 3, edges: 2 })).toBe('3 organisaties en 2 relaties in beeld.');
  });

  it('label vocabulary ids and fall back for unknown ones', () => {
    expect(translator('nl').label('status', 'planned')).toBe('gepland');
    expect(translator('en').label('type', 'rom')).toBe('ROM (regional development agency)');
    expect(translator('en').label('type', 'spaceship')).toBe('spaceship');
    expect(translator('nl').label('theme', 'nieuw', 'Nieuw thema')).toBe('Nieuw thema');
  });

  it('has a glossary entry in both languages for every term', () => {
    const terms = Object.keys(nl).filter((k) => k.startsWith('glossary.') && k.endsWith('.term'));
    expect(terms.length).toBeGreaterThanOrEqual(15);
    for (const term of terms) expect(Object.keys(nl)).toContain(term.replace(/\.term$/, '.text'));
  });
});
