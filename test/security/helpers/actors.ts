import type { TestTokens } from '../../helpers/test-users.ts';
import { TEST_USER_NAMES } from '../../helpers/test-users.ts';

/** Who attempts a write in the authorisation matrix. */
export type Actor = 'noToken' | 'malformedToken' | 'wrongToken' | 'reader' | 'editor' | 'editorOutOfScope' | 'admin';

export const ACTORS: readonly Actor[] = [
  'noToken',
  'malformedToken',
  'wrongToken',
  'reader',
  'editor',
  'editorOutOfScope',
  'admin',
];

/**
 * The Authorization header an actor sends. The writes under test lie in Overijssel; the limited editor is the one
 * for Noord-Brabant, so they are out of scope.
 */
export function authorizationOf(actor: Actor, tokens: TestTokens): Record<string, string> {
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
  switch (actor) {
    case 'noToken':
      return {};
    case 'malformedToken':
      return { authorization: 'Bearer not a token' };
    case 'wrongToken':
      return bearer('ek_not-a-valid-token-at-all-0000000000000');
    case 'reader':
      return bearer(tokens.reader);
    case 'editor':
      return bearer(tokens.editor);
    case 'editorOutOfScope':
      return bearer(tokens.editorBrabant);
    case 'admin':
      return bearer(tokens.admin);
  }
}

/** The user name a write by this actor is recorded under. */
export function userNameOf(actor: 'editor' | 'admin'): string {
  return actor === 'admin' ? TEST_USER_NAMES.admin : TEST_USER_NAMES.editor;
}

/** The error code and HTTP status of the refusal an actor gets, or null when the write is theirs to make. */
export interface Refusal {
  readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  readonly status: 401 | 403;
}

const UNAUTHENTICATED: Refusal = { code: 'UNAUTHENTICATED', status: 401 };
const FORBIDDEN: Refusal = { code: 'FORBIDDEN', status: 403 };

/** What an actor gets for a write that needs `role` (an EDITOR's write lies in Overijssel). */
export function refusalOf(actor: Actor, role: 'EDITOR' | 'ADMIN'): Refusal | null {
  switch (actor) {
    case 'noToken':
    case 'malformedToken':
    case 'wrongToken':
      return UNAUTHENTICATED;
    case 'reader':
    case 'editorOutOfScope':
      return FORBIDDEN;
    case 'editor':
      return role === 'EDITOR' ? null : FORBIDDEN;
    case 'admin':
      return null;
  }
}
