import type { Logger } from 'pino';
import type { Db } from '../db/run.ts';

/** What every resolver receives: the database access and a request-scoped logger. */
export interface GraphQLContext {
  readonly db: Db;
  readonly log: Logger;
}
