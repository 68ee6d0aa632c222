import type { ScenarioEnv } from '../editing/scenarios.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { AuthSettings } from '../auth/authenticate.ts';
import type { User } from '../auth/users.ts';
import type { Db } from '../db/run.ts';
import type { ReferenceData } from '../repos/reference-data.ts';

// What a route file needs of the REST side, apart from the dispatcher (api.ts) that imports the route files.

/** What the REST endpoints under /api share with the GraphQL API. */
export interface ApiDeps {
  readonly db: Db;
  readonly log: Logger;
  readonly reference: ReferenceData;
  readonly auth: AuthSettings;
  readonly importMaxBytes: number;
  /** The read model, which holds the scenarios a spreadsheet may be imported into. */
  readonly model: ScenarioEnv['model'];
}

/** One request to an /api endpoint, already authenticated (and allowed to read). */
export interface ApiRequest {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  /** Path parameters captured by the route's pattern. */
  readonly params: readonly string[];
  readonly user: User | null;
}

export interface ApiRoute {
  readonly method: 'GET' | 'POST';
  /** Anchored pattern on the path; its groups become `params`. */
  readonly path: RegExp;
  handle(r: ApiRequest): Promise<void>;
}
