import { describe, expect, it } from 'vitest';
import { loggedPath, parseRequestTarget } from './request-target.ts';

describe('parseRequestTarget', () => {
  it('reads an origin-form target', () => {
    const url = parseRequestTarget('/api/export/csv/organisations.csv?delimiter=semicolon');
    expect(url?.pathname).toBe('/api/export/csv/organisations.csv');
    expect(url?.searchParams.get('delimiter')).toBe('semicolon');
  });

  it('refuses a target a browser would read as another host, or not at all', () => {
    for (const target of [
      '//[',
      '//evil.example/graphql',
      '/\\evil.example/x',
      '//[::1',
      'http://a.example//b.example/x',
    ]) {
      expect(parseRequestTarget(target), target).toBeNull();
    }
  });

  it('keeps broken percent escapes as they are, for the routes to refuse', () => {
    expect(parseRequestTarget('/%zz')?.pathname).toBe('/%zz');
    expect(parseRequestTarget('/%')?.pathname).toBe('/%');
  });

  it('reads the absolute form a proxy sends, ignoring its host', () => {
    const url = parseRequestTarget('http://evil.example/healthz?x=1');
    expect(url?.host).toBe('localhost');
    expect(url?.pathname).toBe('/healthz');
    expect(url?.search).toBe('?x=1');
  });

  it('returns null for targets it cannot serve', () => {
    for (const target of [undefined, '', '*', 'healthz', 'http://[/x', 'ftp://host/x']) {
      expect(parseRequestTarget(target), String(target)).toBeNull();
    }
  });
});

describe('loggedPath', () => {
  it('cuts a long path and names an unreadable one', () => {
    expect(loggedPath(parseRequestTarget(`/${'a'.repeat(5_000)}`)).length).toBeLessThanOrEqual(201);
    expect(loggedPath(null)).toBe('(unreadable request target)');
  });
});
