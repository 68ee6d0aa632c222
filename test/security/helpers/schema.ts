import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { ROOT_DIR } from '../../../server/config.ts';

let schema: GraphQLSchema | null = null;

/** The API's schema as the server reads it (server/graphql/schema.graphql), built once per test file. */
export function apiSchema(): GraphQLSchema {
  schema ??= buildSchema(readFileSync(path.join(ROOT_DIR, 'server', 'graphql', 'schema.graphql'), 'utf8'));
  return schema;
}
