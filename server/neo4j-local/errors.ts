/** Why starting the local Neo4j failed; callers can branch on this instead of parsing messages. */
export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'MAVEN_UNREACHABLE'
  | 'MAVEN_FAILED'
  | 'PASSWORD_FILE_INVALID'
  | 'PORT_IN_USE'
  | 'ALREADY_RUNNING'
  | 'START_TIMEOUT'
  | 'START_FAILED';

/** An error whose message is written for the developer who ran `npm start`. */
export class LocalNeo4jError extends Error {
  readonly code: LocalNeo4jErrorCode;

  constructor(code: LocalNeo4jErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalNeo4jError';
    this.code = code;
  }
}

/** The alternative we point at in every error: using a Neo4j that already runs elsewhere. */
export const NEO4J_URI_HINT = 'or set NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) to use an existing Neo4j instead';
