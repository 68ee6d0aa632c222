import type { TestTokens } from './test-users.ts';

// What the global setup hands to the test files (vitest's provide/inject), typed in one place.
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
    baseUrl: string;
    /** Bearer tokens of the test server's users. */
    tokens: TestTokens;
    /** Data folder and Bolt port of the test Neo4j, for tests of the local lifecycle. */
    neo4jLocal: { dataDir: string; boltPort: number; passwordFile: string };
  }
}
