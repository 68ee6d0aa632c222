import { describe, expect, it } from 'vitest';
import { isEmbedPath, securityHeaders } from './security-headers.ts';

describe('securityHeaders', () => {
  it('forbids framing with both headers by default', () => {
    const h = securityHeaders(["'none'"]);
    expect(h.explorer['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h.explorer['x-frame-options']).toBe('DENY');
    expect(h.api['content-security-policy']).toMatch(/^default-src 'none'; frame-ancestors 'none'/);
  });

  it('lists allowed ancestors and drops X-Frame-Options, which cannot name them', () => {
    const h = securityHeaders(["'self'", 'https://intranet.example.org']);
    expect(h.explorer['content-security-policy']).toContain("frame-ancestors 'self' https://intranet.example.org");
    expect(h.explorer['x-frame-options']).toBeUndefined();
  });

  it('allows no inline script and no inline style but the one Cytoscape adds, by its hash', () => {
    const csp = securityHeaders(["'none'"]).explorer['content-security-policy']!;
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe');
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
  });

  it('lets only the sites named for embedding frame the embeddable page, never the editing explorer', () => {
    const h = securityHeaders(["'none'"], ['https://www.fryslan.frl']);
    expect(h.embed['content-security-policy']).toMatch(/frame-ancestors https:\/\/www\.fryslan\.frl$/);
    expect(h.embed['x-frame-options']).toBeUndefined();
    expect(h.explorer['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h.explorer['x-frame-options']).toBe('DENY');
    expect(h.api['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('forbids framing the embeddable page by default, with the explorer’s script and style rules', () => {
    const h = securityHeaders(["'self'"]);
    expect(h.embed['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h.embed['x-frame-options']).toBe('DENY');
    const withoutAncestors = (csp: string) => csp.replace(/frame-ancestors [^;]*/, '');
    expect(withoutAncestors(h.embed['content-security-policy']!)).toBe(
      withoutAncestors(h.explorer['content-security-policy']!),
    );
  });

  it('knows the embeddable page by its path alone', () => {
    expect(['/embed', '/embed/'].map(isEmbedPath)).toEqual([true, true]);
    expect(['/', '/embedx', '/api/embed', '/assets/embed.js'].map(isEmbedPath)).toEqual([false, false, false, false]);
  });
});
