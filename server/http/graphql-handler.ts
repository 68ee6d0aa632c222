import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import { assertCanRead, authenticate, type AuthSettings } from '../auth/authenticate.ts';
import type { User } from '../auth/users.ts';
import type { Db } from '../db/run.ts';
import { isAppError } from '../errors.ts';
import { answerVersion } from '../graphql/answer-cache.ts';
import { createContext, type GraphQLContext, type ReferenceData } from '../graphql/context.ts';
import type { GraphSlices } from '../repos/graph-slices.ts';
import type { ReadModel } from '../repos/projection/store.ts';
import { assertNotForged } from './csrf.ts';
import type { KeptResponses } from './kept-responses.ts';
import { isBrowserVisit, sendGraphQLPage } from './graphql-page.ts';
import { sendError } from './respond.ts';

const MAX_BODY_BYTES = 1_000_000;

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads and drops what is left of a request the handler refuses before reading it (no or a bad token), up to the
 * body limit: a client still sending a body then gets the refusal instead of a reset connection (a client that asked
 * to close the connection after the answer would see it cut while it writes). Past the limit it stops reading; the
 * answer follows and the connection closes, as for any oversized body.
 */
async function discardBody(req: IncomingMessage): Promise<void> {
  if (req.method !== 'POST' || req.readableEnded) return;
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) return;
    }
  } catch {
    // An aborted upload: the answer goes to a closed connection, which the guard logs.
  }
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (contentType?.includes('application/json')) return JSON.parse(raw);
  return raw;
}

/** Sends an answer kept as sent, saying how old it is as Apollo's response cache does. */
function replay(res: ServerResponse, kept: NonNullable<ReturnType<KeptResponses['get']>>): void {
  for (const [key, value] of kept.headers) res.setHeader(key, value);
  res.setHeader('age', String(Math.max(0, Math.floor((Date.now() - kept.at) / 1000))));
  res.statusCode = kept.status;
  res.end(kept.body);
}

/**
 * Bridges Node's HTTP server to Apollo's transport-neutral request API, which is all an
 * integration needs; keeps the server free of a web framework. With `kept`, an analysis answer asked again at the
 * same version of the map is sent as it was before, without Apollo (server/http/kept-responses.ts); the answer
 * cache's plugin fills the context's `keep` box with the version of each answer that may be kept.
 */
export function createGraphQLHandler(
  apollo: ApolloServer<GraphQLContext>,
  db: Db,
  caches: { reference: ReferenceData; model: ReadModel; graphSlices: GraphSlices },
  auth: AuthSettings,
  kept?: { responses: KeptResponses },
) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL, log: Logger): Promise<void> => {
    if (isBrowserVisit(req, url)) return sendGraphQLPage(res);
    let user: User | null;
    try {
      assertNotForged(req.method, req.headers);
      user = authenticate(auth, req.headers);
      assertCanRead(auth, user);
    } catch (e) {
      if (!isAppError(e)) throw e;
      await discardBody(req);
      return sendError(res, e);
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    let raw = '';
    try {
      raw = req.method === 'POST' ? await readBody(req) : '';
      body = parseBody(raw, headers.get('content-type'));
    } catch (e) {
      const tooLarge = e instanceof BodyTooLarge;
      res.writeHead(tooLarge ? 413 : 400, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          errors: [
            {
              message: tooLarge ? `Request body exceeds ${MAX_BODY_BYTES} bytes` : 'Request body is not valid JSON',
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        }),
      );
      return;
    }
    const method = req.method ?? 'GET';
    // Only a JSON POST is kept (what the explorer sends; Apollo's CSRF check passes it whatever its headers), by its
    // content type and Accept (which choose the answer's content type) and its text.
    const contentType = headers.get('content-type') ?? '';
    const keepable = method === 'POST' && contentType.includes('application/json');
    const request = { method, search: url.search, body: `${contentType}\n${headers.get('accept') ?? ''}\n${raw}` };
    const key = kept && keepable ? kept.responses.keyOf(user?.name ?? null, request) : null;
    if (kept && key && kept.responses.has(key)) {
      const version = await answerVersion({ ...caches, user });
      const hit = version && kept.responses.get(key, version);
      if (hit) return replay(res, hit);
    }
    let context: GraphQLContext | null = null;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
      context: async () => (context = createContext(db, log, caches, auth, user)),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // Encoded once, to send now and again when kept: given the text, Node would measure its length in bytes and
      // then encode it, two passes over a large answer (400 kB–4 MB on a national map), on every send.
      const bytes = Buffer.from(response.body.string, 'utf8');
      // Apollo hands its plugins a copy of the context; the box it holds is the same.
      const version = (context as GraphQLContext | null)?.keep.version;
      if (kept && key && version && res.statusCode === 200) {
        kept.responses.keep(key, { status: 200, headers: [...response.headers], body: bytes, at: Date.now(), version });
      }
      res.end(bytes);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
