import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { AppError } from '../errors.ts';
import { loggedPath, parseRequestTarget } from './request-target.ts';
import { sendError } from './respond.ts';
import { applyHeaders, type ResponseKind } from './security-headers.ts';
import { applyTimeouts, type HttpTimeouts } from './timeouts.ts';

export interface GuardedServerOptions {
  readonly log: Logger;
  readonly timeouts: HttpTimeouts;
  /** The security headers of each kind of response. */
  readonly headers: Record<ResponseKind, Record<string, string>>;
  /** Which headers a request's response gets, decided from its path alone. */
  kindOf(target: URL): ResponseKind;
  /** Handles a request whose target has been read; may throw or reject, the guard answers for it. */
  route(req: IncomingMessage, res: ServerResponse, target: URL): Promise<void>;
}

/** A parse error's status: 431 for oversized headers, 408 for a client too slow to send them, else 400. */
function statusOfClientError(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/**
 * Answers what Node's HTTP parser refused (a broken request line or header, a body framing it cannot trust, a client
 * that timed out) with a JSON error and closes the connection. Only when nothing has been written on it yet: after
 * a response, the connection is simply closed.
 */
function answerClientError(log: Logger, headers: Record<string, string>) {
  return (err: NodeJS.ErrnoException, socket: Duplex & { bytesWritten?: number }) => {
    const status = statusOfClientError(err.code);
    log.debug({ code: err.code, status }, 'request refused by the HTTP parser');
    if (err.code === 'ECONNRESET' || !socket.writable || (socket.bytesWritten ?? 0) > 0) {
      socket.destroy();
      return;
    }
    const body = JSON.stringify({
      errors: [
        { message: `Malformed HTTP request (${STATUS_CODES[status]}).`, extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
    const head = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      'content-type: application/json; charset=utf-8',
      `content-length: ${Buffer.byteLength(body)}`,
      'cache-control: no-store',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      'connection: close',
    ];
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
  };
}

/**
 * The one place where a request enters: the target is read once (unreadable → 400), the security headers are set,
 * one log line is written when the connection for the response closes, and whatever the route throws becomes a 500
 * (or a cut connection when the answer had begun). Nothing a client sends can throw past it.
 */
function guardedListener(o: GuardedServerOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = process.hrtime.bigint();
    const target = parseRequestTarget(req.url);
    applyHeaders(res, o.headers[target ? o.kindOf(target) : 'api']);
    // Streams emit 'error' for an aborted upload or a write to a closed socket; the handlers see it where they
    // read or write, and without these listeners an error nobody awaits would end the process.
    req.on('error', (e) => o.log.debug({ err: e }, 'request stream error'));
    res.on('error', (e) => o.log.debug({ err: e }, 'response stream error'));
    res.once('close', () => {
      try {
        // One line per request; the path only, since query strings may carry user data.
        o.log.info(
          {
            method: req.method,
            path: loggedPath(target),
            status: res.statusCode,
            ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
            ...(res.writableFinished ? {} : { aborted: true }),
          },
          'request',
        );
      } catch {
        // The log line is not worth the process.
      }
    });
    if (!target) {
      sendError(res, new AppError('BAD_USER_INPUT', 'The request target is not a path this server can read.'));
      return;
    }
    let handled: Promise<void>;
    try {
      handled = o.route(req, res, target);
    } catch (e) {
      handled = Promise.reject(e);
    }
    handled.catch((e: unknown) => {
      o.log.error({ err: e, path: loggedPath(target) }, 'unhandled request error');
      if (res.headersSent) res.destroy();
      else sendError(res, new AppError('INTERNAL', 'Internal error.'));
    });
  };
}

/** An HTTP server with the guard above, answers to malformed requests, and the timeouts for slow clients. */
export function createGuardedServer(o: GuardedServerOptions): Server {
  const server = createServer({ connectionsCheckingInterval: o.timeouts.checkIntervalMs }, guardedListener(o));
  server.on('clientError', answerClientError(o.log, o.headers.api));
  applyTimeouts(server, o.timeouts);
  return server;
}
