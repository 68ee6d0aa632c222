import { describe, expect, it } from 'vitest';
import { escapeLucene, MAX_SEARCH_TERMS, organisationLuceneQuery } from './lucene-query.ts';

describe('escapeLucene', () => {
  it('escapes every character Lucene reads as syntax', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^"g"~h*i?j:k\\l/m&&n||o')).toBe(
      'a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^\\"g\\"\\~h\\*i\\?j\\:k\\\\l\\/m\\&\\&n\\|\\|o',
    );
  });

  it('leaves letters and digits alone', () => {
    expect(escapeLucene('novel2025')).toBe('novel2025');
  });
});

describe('organisationLuceneQuery', () => {
  it('allows one typo in words of four letters or more, none in shorter ones', () => {
    expect(organisationLuceneQuery('BOM')).toBe('+(bom bom*)');
    expect(organisationLuceneQuery('Brainport')).toBe('+(brainport~1 brainport*)');
  });

  it('requires every word, alone or joined with a neighbour, so split names find names written as one', () => {
    expect(organisationLuceneQuery('innovation quarter')).toBe(
      '+(innovation~1 innovationquarter~1 innovationquarter*) +(quarter~1 innovationquarter~1 quarter* innovationquarter*)',
    );
    expect(organisationLuceneQuery('Novel T')).toBe('+(novel~1 novelt~1 novelt*) +(t novelt~1 novelt*)');
  });

  it('joins all words of a longer name as well as each pair', () => {
    const q = organisationLuceneQuery('Brabantse Ontwikkelings Maatschappij')!;
    expect(q.match(/\+\(/g)).toHaveLength(3);
    expect(q).toContain('ontwikkelingsmaatschappij~1');
    expect(q).toContain('brabantseontwikkelingsmaatschappij~1');
  });

  it('folds case, diacritics and punctuation, so no user character reaches the parser as syntax', () => {
    expect(organisationLuceneQuery('Fryslân')).toBe('+(fryslan~1 fryslan*)');
    const q = organisationLuceneQuery('a+b (c) "d" *:* OR NOT x~2 \\')!;
    const forms = q.split(' ').map((f) => f.replace(/^\+\(/, '').replace(/\)$/, ''));
    expect(forms.every((f) => /^[a-z0-9]+(~1|\*)?$/.test(f))).toBe(true);
    expect(q).not.toMatch(/\b(OR|NOT|AND)\b/);
  });

  it('returns null for text without letters or digits', () => {
    expect(organisationLuceneQuery('  -- !! ')).toBeNull();
    expect(organisationLuceneQuery('')).toBeNull();
  });

  it('bounds the number of words looked at, whatever the input', () => {
    const q = organisationLuceneQuery(Array.from({ length: 200 }, (_, i) => `word${i}`).join(' '))!;
    expect(q.match(/\+\(/g)).toHaveLength(MAX_SEARCH_TERMS);
    expect(q.length).toBeLessThan(2000);
  });
});
