import type { IncomingMessage, ServerResponse } from 'node:http';
import { assertCanRead, authenticate } from '../auth/authenticate.ts';
import { AppError, isAppError } from '../errors.ts';
import type { ApiDeps, ApiRoute } from './api-route.ts';
import { assertNotForged } from './csrf.ts';
import { graphFileRoutes } from './graph-file-routes.ts';
import { spreadsheetRoutes } from './spreadsheet-routes.ts';
import { assertParamsBounded } from './params.ts';
import { loggedPath } from './request-target.ts';
import { sendError, sendMethodNotAllowed } from './respond.ts';

// Query parameters that would put a credential into a URL (and so into logs and browser history).
const CREDENTIAL_PARAMS = ['token', 'access_token', 'auth', 'authorization', 'bearer'];

/**
 * The REST side of the API: file exports and imports, which do not fit GraphQL's JSON requests.
 * Same authentication as /graphql; errors in the GraphQL error shape with the HTTP status of their code.
 */
export function createApiHandler(deps: ApiDeps) {
  const routes: ApiRoute[] = [...graphFileRoutes(deps), ...spreadsheetRoutes(deps)];
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    try {
      const leaked = CREDENTIAL_PARAMS.find((p) => url.searchParams.has(p));
      if (leaked) {
        throw new AppError(
          'BAD_USER_INPUT',
          `Credentials are not accepted in the URL (parameter "${leaked}"): send them in the Authorization header.`,
        );
      }
      assertParamsBounded(url);
      const candidates = routes.filter((r) => r.path.test(url.pathname));
      if (candidates.length === 0) throw new AppError('NOT_FOUND', `No API endpoint at ${loggedPath(url)}.`);
      const route = candidates.find((r) => r.method === req.method || (r.method === 'GET' && req.method === 'HEAD'));
      if (!route) {
        const allowed = candidates.flatMap((r) => (r.method === 'GET' ? ['GET', 'HEAD'] : [r.method]));
        return sendMethodNotAllowed(res, req.method, [...new Set(allowed)]);
      }
      assertNotForged(req.method, req.headers);
      const user = authenticate(deps.auth, req.headers);
      assertCanRead(deps.auth, user);
      const params = route.path.exec(url.pathname)?.slice(1) ?? [];
      await route.handle({ req, res, url, params, user });
    } catch (e) {
      if (res.headersSent) {
        deps.log.error({ err: e, path: loggedPath(url) }, 'api error after the response started');
        res.destroy();
        return;
      }
      if (isAppError(e)) return sendError(res, e);
      deps.log.error({ err: e, path: loggedPath(url) }, 'api error');
      sendError(res, new AppError('INTERNAL', 'Internal error.'));
    }
  };
}
