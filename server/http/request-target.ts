const ORIGIN = 'http://localhost';

/**
 * The request target (RFC 9112 §3.2) as a URL on a fixed origin, or null when it is none this server serves.
 * The target is read as a browser reads a link on the page (WHATWG URL, relative to our origin) and must stay on
 * our origin: the origin form (`/path?query`) and, as proxies send it, the absolute form (`http://host/path`, whose
 * host is ignored). A target a browser would read as another host (`//host/x`, `/\\host`) or cannot read at all
 * (`//[`) is refused. Never throws: Node passes the request line's target through unchecked, and `new URL()`
 * throws on such targets.
 * @example parseRequestTarget('/api/export/graph.json?x=1')?.pathname // '/api/export/graph.json'
 * @example parseRequestTarget('//[') // null
 */
export function parseRequestTarget(target: string | undefined): URL | null {
  if (!target) return null;
  try {
    let path = target;
    if (/^https?:\/\//i.test(target)) {
      const absolute = new URL(target);
      path = `${absolute.pathname}${absolute.search}`;
    }
    if (!path.startsWith('/')) return null;
    const url = new URL(path, ORIGIN);
    return url.origin === ORIGIN ? url : null;
  } catch {
    return null;
  }
}

/** Longest path written to the log: enough to tell routes apart, not a way to fill the log. */
const LOGGED_PATH_MAX = 200;

/** The path of a request as the log shows it: never the query (it may carry user data), cut to a bounded length. */
export function loggedPath(target: URL | null): string {
  if (!target) return '(unreadable request target)';
  const p = target.pathname;
  return p.length > LOGGED_PATH_MAX ? `${p.slice(0, LOGGED_PATH_MAX)}…` : p;
}
