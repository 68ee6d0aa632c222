/** Where the signed-in user's bearer token is kept: sessionStorage only, so it goes when the tab closes. */
export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

/** sessionStorage key of the token. */
export const TOKEN_KEY = 'ecosysteemkaart.token';

/** What the store needs of sessionStorage; tests pass a Map-backed fake. */
export type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Keeps the token in sessionStorage (never in the URL, localStorage or a cookie). When the browser refuses
 * storage (private mode, blocked site data), it is kept in memory for this page only.
 * @example const tokens = tokenStore(window.sessionStorage); tokens.set(pasted);
 */
export function tokenStore(storage: SessionStorageLike | null): TokenStore {
  let memory: string | null = null;
  return {
    get() {
      try {
        return storage?.getItem(TOKEN_KEY) ?? memory;
      } catch {
        return memory;
      }
    },
    set(token) {
      memory = token;
      if (!storage) return;
      try {
        storage.setItem(TOKEN_KEY, token);
        memory = null;
      } catch {
        // Storage refused: keep it in memory.
      }
    },
    clear() {
      memory = null;
      try {
        storage?.removeItem(TOKEN_KEY);
      } catch {
        // Nothing stored.
      }
    },
  };
}

/**
 * A pasted token made ready to send: surrounding space and a leading `Bearer ` removed. Null when it cannot
 * be a token (the server takes 8 to 512 letters, digits and `._~+/=-`), so a typo never reaches the network.
 * @example normaliseToken('  Bearer abc12345 ') === 'abc12345'
 */
export function normaliseToken(text: string): string | null {
  const token = text.trim().replace(/^Bearer\s+/i, '');
  return /^[A-Za-z0-9._~+/=-]{8,512}$/.test(token) ? token : null;
}
