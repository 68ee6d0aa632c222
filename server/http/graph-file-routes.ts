import type { ServerResponse } from 'node:http';
import { assertRole } from '../auth/authenticate.ts';
import { AppError } from '../errors.ts';
import { writeChunks } from '../graph-files/chunks.ts';
import { exportFileName, graphJsonChunks } from '../graph-files/export-json.ts';
import { gexfChunks } from '../graph-files/gexf.ts';
import { graphmlChunks } from '../graph-files/graphml.ts';
import { importGraphText } from '../graph-files/import-json.ts';
import { readGraph, type MapGraph } from '../graph-files/read-graph.ts';
import { BodyTooLargeError, readLimitedBody } from '../graph-files/read-body.ts';
import type { ApiDeps, ApiRequest, ApiRoute } from './api-route.ts';
import { sendJson } from './respond.ts';

interface ExportFormat {
  readonly extension: 'json' | 'graphml' | 'gexf';
  readonly contentType: string;
  chunks(graph: MapGraph, at: Date): Iterable<string>;
}

const FORMATS: readonly ExportFormat[] = [
  { extension: 'json', contentType: 'application/json; charset=utf-8', chunks: graphJsonChunks },
  { extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', chunks: graphmlChunks },
  { extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', chunks: gexfChunks },
];

/** 413 in the error shape of the API (code BAD_USER_INPUT); the connection is closed so the rest is not read. */
function sendTooLarge(res: ServerResponse, e: BodyTooLargeError): void {
  sendJson(
    res,
    413,
    {
      errors: [
        {
          message: `File too large: the limit for an import is ${e.limitBytes} bytes; nothing was imported.`,
          extensions: { code: 'BAD_USER_INPUT', limitBytes: e.limitBytes, announcedBytes: e.announcedBytes },
        },
      ],
    },
    { connection: 'close' },
  );
}

function exportRoute(deps: ApiDeps, format: ExportFormat): ApiRoute {
  return {
    method: 'GET',
    path: new RegExp(`^/api/export/graph\\.${format.extension}$`),
    async handle({ req, res }) {
      const at = new Date();
      const headers = {
        'content-type': format.contentType,
        'content-disposition': `attachment; filename="${exportFileName(at, format.extension)}"`,
        'cache-control': 'no-store',
      };
      if (req.method === 'HEAD') {
        res.writeHead(200, headers);
        res.end();
        return;
      }
      // The whole map is read before the first byte is sent, so a failed read is still a proper error response.
      const graph = await readGraph(deps.db);
      res.writeHead(200, { ...headers, 'x-content-hash': graph.contentHash });
      await writeChunks(format.chunks(graph, at), res);
    },
  };
}

/** A trimmed query parameter, null when absent or blank (its length is bounded for every /api route in api.ts). */
function optionalParam(url: URL, name: string): string | null {
  const value = url.searchParams.get(name)?.trim() ?? '';
  return value === '' ? null : value;
}

async function importJson(deps: ApiDeps, { req, res, url, user }: ApiRequest): Promise<void> {
  const admin = assertRole(user, 'ADMIN');
  const source = optionalParam(url, 'source');
  if (source === null) {
    throw new AppError(
      'BAD_USER_INPUT',
      'An import needs a source: add ?source=… (a citation or the reason for the import, at most 500 characters).',
      { field: 'source' },
    );
  }
  const comment = optionalParam(url, 'comment');
  let text: string;
  try {
    text = await readLimitedBody(req, deps.importMaxBytes);
  } catch (e) {
    if (e instanceof BodyTooLargeError) return sendTooLarge(res, e);
    throw e;
  }
  const result = await importGraphText(deps.db, text, { user: admin.name, role: admin.role, source, comment });
  // The import brought its own regions and vocabulary: read them afresh.
  deps.reference.invalidate();
  deps.log.info({ change: result.changeId, counts: result.counts, ms: result.durationMs }, 'full graph imported');
  sendJson(res, 200, result);
}

/**
 * The /api/export endpoints (the whole map as JSON, GraphML or GEXF, for anyone who may read) and the import of a
 * full JSON export into an empty database (ADMIN only).
 */
export function graphFileRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    ...FORMATS.map((f) => exportRoute(deps, f)),
    { method: 'POST', path: /^\/api\/import\/graph\.json$/, handle: (r) => importJson(deps, r) },
  ];
}
