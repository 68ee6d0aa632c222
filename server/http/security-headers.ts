import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/** Which policy a response gets: the explorer's pages and assets, or everything else (API, health, errors). */
export type ResponseKind = 'explorer' | 'api';

// Cytoscape adds this one <style> element to the page when it draws (its container must be positioned). Allowing
// exactly this text by its hash keeps `style-src` free of 'unsafe-inline'.
const CYTOSCAPE_CONTAINER_STYLE = '.__________cytoscape_container { position: relative; }';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The explorer's Content-Security-Policy: everything from our own origin, no inline or evaluated script, no
 * plugins, no <base> tricks, forms only to us. `data:` images are the empty favicon and Cytoscape's exports;
 * `blob:` images are the downloads the explorer makes (PNG/SVG of the graph).
 */
function explorerPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${hashOf(CYTOSCAPE_CONTAINER_STYLE)}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Anything that is not the explorer is data, never a document: it may load and run nothing. */
function apiPolicy(frameAncestors: string): string {
  return `default-src 'none'; frame-ancestors ${frameAncestors}; base-uri 'none'; form-action 'none'`;
}

/**
 * The headers every response carries, computed once per app. `frameAncestors` are CSP source expressions
 * (`'none'`, `'self'`, origins); with `'none'` the older X-Frame-Options: DENY says the same to old browsers.
 */
export function securityHeaders(frameAncestors: readonly string[]): Record<ResponseKind, Record<string, string>> {
  const ancestors = frameAncestors.length === 0 ? "'none'" : frameAncestors.join(' ');
  const common: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
    ...(ancestors === "'none'" ? { 'x-frame-options': 'DENY' } : {}),
  };
  return {
    explorer: { ...common, 'content-security-policy': explorerPolicy(ancestors) },
    api: { ...common, 'content-security-policy': apiPolicy(ancestors) },
  };
}

/** Sets the headers of a kind on a response before anything is written (handlers may still override them). */
export function applyHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
