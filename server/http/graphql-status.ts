import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ErrorCode } from '../errors.ts';
import { headersOfCode, STATUS_OF_CODE } from './respond.ts';

// The refusals that say something about the request as a whole: who sent it, or that nothing can be answered now.
const WHOLE_REQUEST_CODES = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'DB_UNAVAILABLE'] satisfies ErrorCode[]);

interface GraphQLAnswer {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly { readonly extensions?: Record<string, unknown> }[];
}

/**
 * The HTTP status a GraphQL answer gets instead of 200, or null to keep 200. When nothing was answered (no data,
 * or every top-level field null) and every error has the same code among UNAUTHENTICATED, FORBIDDEN and
 * DB_UNAVAILABLE, the answer gets that code's status (401, 403, 503), as the REST routes do. An answer with any
 * data stays 200: the errors then concern parts of it.
 * @example statusOfAnswer({ data: null, errors: [{ extensions: { code: 'FORBIDDEN' } }] }) // 403
 */
export function statusOfAnswer(answer: GraphQLAnswer): { status: number; code: ErrorCode } | null {
  const errors = answer.errors ?? [];
  if (errors.length === 0) return null;
  if (answer.data && Object.values(answer.data).some((v) => v !== null && v !== undefined)) return null;
  const codes = new Set(errors.map((e) => String(e.extensions?.['code'] ?? '')));
  if (codes.size !== 1) return null;
  const [code] = codes as Set<ErrorCode>;
  if (!code || !WHOLE_REQUEST_CODES.has(code)) return null;
  return { status: STATUS_OF_CODE[code], code };
}

/**
 * Sets the HTTP status of GraphQL answers by statusOfAnswer, with the same headers as REST refusals
 * (WWW-Authenticate, Retry-After). Statuses Apollo already chose (400 for a parse error) stand.
 */
export function httpStatusPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          const decided = statusOfAnswer(response.body.singleResult as GraphQLAnswer);
          if (!decided) return;
          response.http.status = decided.status;
          for (const [name, value] of Object.entries(headersOfCode(decided.code))) {
            response.http.headers.set(name, value);
          }
        },
      };
    },
  };
}
