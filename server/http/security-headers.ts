import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/**
 * Which policy a response gets: the explorer's pages and assets, the embeddable read-only page (`/embed`), or
 * everything else (API, health, errors).
 */
export type ResponseKind = 'explorer' | 'embed' | 'api';

/** The path of the embeddable page; it alone may be framed by the sites EMBED_FRAME_ANCESTORS names. */
export const EMBED_PATH = '/embed';

/** Whether a request's path is the embeddable page (with or without a trailing slash). */
export const isEmbedPath = (pathname: string): boolean => pathname === EMBED_PATH || pathname === `${EMBED_PATH}/`;

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

const sources = (list: readonly string[]) => (list.length === 0 ? "'none'" : list.join(' '));

/** Headers every kind shares, with X-Frame-Options: DENY for old browsers when no page may frame it. */
const commonHeaders = (ancestors: string): Record<string, string> => ({
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  ...(ancestors === "'none'" ? { 'x-frame-options': 'DENY' } : {}),
});

/**
 * The headers every response carries, computed once per app. Both lists are CSP source expressions (`'none'`,
 * `'self'`, origins). `frameAncestors` protects the editing explorer and everything else; `embedFrameAncestors`
 * applies to the read-only embeddable page alone, so allowing a province's site to show a view never lets it
 * frame a page with editing controls (clickjacking).
 */
export function securityHeaders(
  frameAncestors: readonly string[],
  embedFrameAncestors: readonly string[] = ["'none'"],
): Record<ResponseKind, Record<string, string>> {
  const ancestors = sources(frameAncestors);
  const embedAncestors = sources(embedFrameAncestors);
  return {
    explorer: { ...commonHeaders(ancestors), 'content-security-policy': explorerPolicy(ancestors) },
    embed: { ...commonHeaders(embedAncestors), 'content-security-policy': explorerPolicy(embedAncestors) },
    api: { ...commonHeaders(ancestors), 'content-security-policy': apiPolicy(ancestors) },
  };
}

/** Sets the headers of a kind on a response before anything is written (handlers may still override them). */
export function applyHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
