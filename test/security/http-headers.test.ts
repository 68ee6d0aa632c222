import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { sendRaw, useHttpTestApp } from './http-test-app.ts';

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

describe('security headers', () => {
  const t = useHttpTestApp();

  it('gives the explorer a policy that allows no inline or foreign script and no framing', async () => {
    const res = await fetch(`${t().base}/`);
    expect(res.status).toBe(200);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, values] of csp) {
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(
        values.some((v) => v === '*' || v.startsWith('http')),
        name,
      ).toBe(false);
    }
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  const apiTargets = [
    ['GET', '/healthz'],
    ['GET', '/readyz'],
    ['GET', '/api/export/graph.json'],
    ['GET', '/api/no/such/thing'],
    ['POST', '/graphql'],
    ['GET', '/graphql?query=%7B__typename%7D'],
  ];
  it.each(apiTargets)('gives %s %s the strict policy of an API answer', async (method, target) => {
    const res = await fetch(`${t().base}${target}`, {
      method,
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
      ...(method === 'POST' ? { body: JSON.stringify({ query: '{ __typename }' }) } : {}),
    });
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('sends the headers with a refusal of a request it could not parse', async () => {
    const answer = await sendRaw(t().port, 'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/content-security-policy: default-src 'none'/i);
    expect(answer.text).toMatch(/x-content-type-options: nosniff/i);
  });
});

describe('framing allowed by configuration', () => {
  const t = useHttpTestApp({
    config: {
      env: 'test',
      clientDist: path.join(ROOT_DIR, 'dist', 'client'),
      frameAncestors: ["'self'", 'https://intranet.example.org'],
    },
  });

  it('lists the allowed ancestors and leaves X-Frame-Options out', async () => {
    const res = await fetch(`${t().base}/healthz`);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('frame-ancestors')).toEqual(["'self'", 'https://intranet.example.org']);
    expect(res.headers.get('x-frame-options')).toBeNull();
  });
});

describe('framing of the embeddable page', () => {
  const t = useHttpTestApp({
    config: {
      env: 'test',
      clientDist: path.join(ROOT_DIR, 'dist', 'client'),
      embedFrameAncestors: ['https://www.fryslan.frl'],
    },
  });

  it('lets the sites EMBED_FRAME_ANCESTORS names frame /embed, which serves the explorer’s page', async () => {
    for (const target of ['/embed?doelgroep=breed-mkb&regio=PV21', '/embed/']) {
      const res = await fetch(`${t().base}${target}`);
      expect(res.status, target).toBe(200);
      expect(await res.text(), target).toContain('<div id="workspace"');
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('frame-ancestors'), target).toEqual(['https://www.fryslan.frl']);
      expect(csp.get('script-src'), target).toEqual(["'self'"]);
      expect(res.headers.get('x-frame-options'), target).toBeNull();
    }
  });

  it('keeps the editing explorer, its assets and the API unframeable', async () => {
    for (const target of ['/', '/?doelgroep=breed-mkb', '/embedded', '/healthz']) {
      const res = await fetch(`${t().base}${target}`);
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('frame-ancestors'), target).toEqual(["'none'"]);
      expect(res.headers.get('x-frame-options'), target).toBe('DENY');
    }
  });
});

describe('/graphql in a browser', () => {
  const t = useHttpTestApp();

  it('answers with a page of its own that loads nothing from another host', async () => {
    const res = await fetch(`${t().base}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('schema.graphql');
    expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9-]+\.[a-z0-9.-]+/i);
    expect(html).not.toMatch(/apollographql|<script|<iframe|<link/i);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
  });

  it('still answers a GraphQL GET with the preflight header', async () => {
    const res = await fetch(`${t().base}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
