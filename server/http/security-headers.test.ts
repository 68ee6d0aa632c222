import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.ts';

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
});
