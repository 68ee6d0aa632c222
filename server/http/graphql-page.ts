import type { IncomingMessage, ServerResponse } from 'node:http';

// What a person who opens /graphql in a browser sees, instead of an IDE loaded from someone else's CDN: where the
// schema is described and how to send a query. Self-contained: no script, no style sheet, no link to another host.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ecosysteemkaart GraphQL API</title>
</head>
<body>
<h1>Ecosysteemkaart GraphQL API</h1>
<p>This address answers GraphQL requests: <code>POST /graphql</code> with <code>Content-Type: application/json</code>
and a body <code>{"query": "…", "variables": {…}}</code>.</p>
<pre>curl -H 'content-type: application/json' --data '{"query":"{ targetGroups { id label } }"}' /graphql</pre>
<p>The schema, with a description of every type and field, is <code>server/graphql/schema.graphql</code> in the
source code; <code>docs/api.md</code> explains the questions it answers, with examples. Outside production, GraphQL
introspection works too, so any GraphQL client can read the schema from here.</p>
<p><a href="/">Back to the explorer</a></p>
</body>
</html>
`;

/** True for a plain browser visit: a GET that asks for HTML and carries no GraphQL query. */
export function isBrowserVisit(req: IncomingMessage, url: URL): boolean {
  if (req.method !== 'GET') return false;
  if (url.searchParams.has('query')) return false;
  const accept = req.headers.accept;
  return typeof accept === 'string' && accept.toLowerCase().includes('text/html');
}

/** Answers a browser visit to /graphql with the page above. */
export function sendGraphQLPage(res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(Buffer.byteLength(PAGE)),
    'cache-control': 'no-cache',
  });
  res.end(PAGE);
}
