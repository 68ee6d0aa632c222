import { ApiError, type Api } from '../api/client.ts';
import type { ChangeFieldsFragment } from '../api/generated.ts';
import type { ChangeResult, MutationCall } from '../api/mutations.ts';
import type { MessageKey, Vars } from '../i18n/index.ts';
import type { FormSpec, FormValues } from './form-spec.ts';
import { revertForm } from './forms.ts';
import {
  INITIAL_SESSION,
  canEdit,
  setEditMode,
  signedIn,
  signedOut,
  type Notice,
  type SessionState,
} from './session.ts';
import { toMutation, validate } from './to-mutation.ts';
import { normaliseToken, type TokenStore } from './token-store.ts';

/** How many of the user's latest changes undo looks through for one that can still be undone. */
export const UNDO_LOOKBACK = 50;

/** What the controller needs from the rest of the explorer; the tests pass fakes. */
export interface EditPorts {
  api: Pick<Api, 'viewer' | 'latestChange'>;
  mutate(call: MutationCall): Promise<ChangeResult>;
  tokens: TokenStore;
  /** Forgets loaded data so that the views ask again (after a change, a sign-in or a sign-out). */
  invalidate(): void;
  /** Shows an organisation's details (the one just created), or closes them (null: the one just deleted). */
  select(id: string | null): void;
  /** The session changed: render. */
  onChange(): void;
}

/** The editing side of the explorer: signing in and out, edit mode, the edit dialog, undo and revert. */
export interface EditController {
  get(): SessionState;
  /** Checks a token kept from earlier in this tab. */
  start(): Promise<void>;
  openSignIn(): void;
  closeSignIn(): void;
  signIn(pasted: string): Promise<void>;
  signOut(): void;
  /** The server refused the token of a request: sign out and ask to sign in again. */
  expired(): void;
  setEditMode(on: boolean): void;
  openForm(spec: FormSpec): void;
  closeForm(): void;
  submit(values: FormValues): Promise<void>;
  /** Offers to undo the viewer's latest change (asks first). */
  undo(): Promise<void>;
  /** Offers to revert a change (admins, from the history). */
  openRevert(change: Pick<ChangeFieldsFragment, 'id' | 'summary' | 'at'>): void;
  /** After a conflict: loads the current data and closes the stale form. */
  reload(): void;
  setHistoryOpen(open: boolean): void;
  openImport(): void;
  closeImport(): void;
  /** An import was applied: load the data again. */
  imported(changeId: string | null): void;
  /** Says something in the edit bar's live region (an export that failed…). */
  notify(kind: Notice['kind'], key: MessageKey, vars?: Vars): void;
}

/**
 * A fresh idempotency key per form: a UUID. `crypto.randomUUID` exists only on secure origins (HTTPS, localhost),
 * so an explorer served over plain HTTP makes the same 122 random bits from `getRandomValues`.
 */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Creates the controller. Every change goes through `submit`: validate, send with the version the form showed,
 * and on success forget the loaded data so that the page shows the map as it is now.
 * @example const edit = createEditController({ api, mutate, tokens, invalidate, select, onChange });
 */
export function createEditController(ports: EditPorts): EditController {
  let state: SessionState = INITIAL_SESSION;
  let counter = 0;
  const set = (next: SessionState) => {
    state = next;
    ports.onChange();
  };
  const notice = (kind: Notice['kind'], key: MessageKey, vars: Vars = {}): Notice => ({
    id: ++counter,
    kind,
    key,
    vars,
  });

  async function checkViewer(): Promise<'ok' | 'invalid' | 'network'> {
    try {
      const { viewer } = await ports.api.viewer();
      if (!viewer) return 'invalid';
      set(signedIn(state, viewer));
      return 'ok';
    } catch (e) {
      return e instanceof ApiError && e.code === 'NETWORK' ? 'network' : 'invalid';
    }
  }

  const controller: EditController = {
    get: () => state,

    async start() {
      if (!ports.tokens.get()) return;
      set({ ...state, status: 'checking' });
      const result = await checkViewer();
      if (result !== 'ok') {
        ports.tokens.clear();
        ports.invalidate();
        set({ ...signedOut(state), notice: result === 'invalid' ? notice('error', 'session.expired') : null });
      }
    },

    openSignIn: () => set({ ...state, signIn: { open: true, busy: false, error: null } }),
    closeSignIn: () => set({ ...state, signIn: { open: false, busy: false, error: null } }),

    async signIn(pasted) {
      const token = normaliseToken(pasted);
      if (!token) {
        set({ ...state, signIn: { open: true, busy: false, error: 'format' } });
        return;
      }
      ports.tokens.set(token);
      set({ ...state, status: 'checking', signIn: { open: true, busy: true, error: null } });
      const result = await checkViewer();
      if (result === 'ok') {
        ports.invalidate();
        set({ ...state, notice: notice('ok', 'session.signedIn', { name: state.viewer!.name }) });
        return;
      }
      ports.tokens.clear();
      set({ ...signedOut(state), signIn: { open: true, busy: false, error: result } });
    },

    signOut() {
      ports.tokens.clear();
      ports.invalidate();
      set({ ...signedOut(state), notice: notice('info', 'session.signedOut') });
    },

    expired() {
      // While a token is being checked, the check itself reports the refusal.
      if (state.status === 'checking' || (state.status === 'anonymous' && !ports.tokens.get())) return;
      ports.tokens.clear();
      ports.invalidate();
      // An open form stays, with what was typed: after signing in again it can be sent once more.
      set({ ...signedOut(state), form: state.form, notice: notice('error', 'session.expired') });
    },

    setEditMode: (on) => set(setEditMode(state, on)),

    openForm(spec) {
      if (!canEdit(state.viewer)) return;
      const idempotencyKey = newIdempotencyKey();
      set({ ...state, form: { id: ++counter, spec, idempotencyKey, busy: false, problems: [], error: null } });
    },
    closeForm: () => set({ ...state, form: null }),

    async submit(values) {
      const form = state.form;
      if (!form || form.busy) return;
      const problems = validate(form.spec, values);
      if (problems.length > 0) {
        set({ ...state, form: { ...form, problems, error: null } });
        return;
      }
      set({ ...state, form: { ...form, busy: true, problems: [], error: null } });
      try {
        const result = await ports.mutate(toMutation(form.spec, values, form.idempotencyKey));
        ports.invalidate();
        const kind = form.spec.kind;
        if (kind === 'organisation.create') ports.select(result.organisation?.id ?? null);
        if (kind === 'organisation.delete') ports.select(null);
        set({
          ...state,
          form: null,
          revision: state.revision + 1,
          notice: notice('ok', kind === 'change.revert' ? 'edit.reverted' : 'edit.saved', {
            summary: result.change.summary,
          }),
        });
      } catch (e) {
        const error = e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL');
        // The form stays open with what was typed; an expired token has already signed the user out.
        if (state.form?.id === form.id) set({ ...state, form: { ...form, busy: false, problems: [], error } });
      }
    },

    async undo() {
      const viewer = state.viewer;
      if (!viewer) return;
      try {
        const { changes } = await ports.api.latestChange({ user: viewer.name, limit: UNDO_LOOKBACK });
        // Undo steps back: an undo itself, and what was undone already, are skipped (as the API does).
        const latest = changes.find((c) => c.revertOf === null && c.revertedBy === null);
        if (latest) controller.openRevert(latest);
        else set({ ...state, notice: notice('info', changes.length > 0 ? 'undo.allDone' : 'undo.nothing') });
      } catch (e) {
        const error = e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL');
        set({ ...state, notice: notice('error', 'undo.failed', { message: error.message }) });
      }
    },

    openRevert: (change) => controller.openForm(revertForm(change)),

    reload() {
      ports.invalidate();
      set({ ...state, form: null, revision: state.revision + 1, notice: notice('info', 'edit.reloaded') });
    },

    setHistoryOpen: (open) => set({ ...state, historyOpen: open }),
    openImport: () => set({ ...state, importOpen: canEdit(state.viewer) }),
    closeImport: () => set({ ...state, importOpen: false }),
    notify: (kind, key, vars) => set({ ...state, notice: notice(kind, key, vars) }),

    imported(changeId) {
      ports.invalidate();
      set({ ...state, revision: state.revision + 1, notice: notice('ok', 'import.applied', { id: changeId ?? '' }) });
    },
  };
  return controller;
}
