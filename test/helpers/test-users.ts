import type { AuthSettings } from '../../server/auth/authenticate.ts';
import { hashToken, newToken, parseUsers } from '../../server/auth/users.ts';

/** Tokens of the system tests' users, made fresh for every run (never stored anywhere). */
export interface TestTokens {
  /** ADMIN. */
  readonly admin: string;
  /** EDITOR for the whole country. */
  readonly editor: string;
  /** EDITOR limited to Overijssel (PV23). */
  readonly editorOverijssel: string;
  /** EDITOR limited to Noord-Brabant (PV30). */
  readonly editorBrabant: string;
  /** READER. */
  readonly reader: string;
}

export const TEST_USER_NAMES: Readonly<Record<keyof TestTokens, string>> = {
  admin: 'test-admin',
  editor: 'test-editor',
  editorOverijssel: 'test-editor-overijssel',
  editorBrabant: 'test-editor-brabant',
  reader: 'test-reader',
};

/** Users for a test server and their tokens. */
export function createTestUsers(): { auth: AuthSettings; tokens: TestTokens } {
  const tokens: TestTokens = {
    admin: newToken(),
    editor: newToken(),
    editorOverijssel: newToken(),
    editorBrabant: newToken(),
    reader: newToken(),
  };
  const users = parseUsers(
    {
      users: [
        { name: TEST_USER_NAMES.admin, role: 'ADMIN', tokenSha256: hashToken(tokens.admin) },
        { name: TEST_USER_NAMES.editor, role: 'EDITOR', tokenSha256: hashToken(tokens.editor) },
        {
          name: TEST_USER_NAMES.editorOverijssel,
          role: 'EDITOR',
          provinces: ['PV23'],
          tokenSha256: hashToken(tokens.editorOverijssel),
        },
        {
          name: TEST_USER_NAMES.editorBrabant,
          role: 'EDITOR',
          provinces: ['PV30'],
          tokenSha256: hashToken(tokens.editorBrabant),
        },
        { name: TEST_USER_NAMES.reader, role: 'READER', tokenSha256: hashToken(tokens.reader) },
      ],
    },
    'test users',
  );
  return { auth: { users, readRequiresToken: false, proxyUserHeader: null }, tokens };
}
