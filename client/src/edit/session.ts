import type { ApiError } from '../api/client.ts';
import type { UserRole, ViewerQuery } from '../api/generated.ts';
import type { MessageKey, Vars } from '../i18n/index.ts';
import type { FormSpec } from './form-spec.ts';
import type { FieldProblem } from './to-mutation.ts';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/** Why signing in failed: a malformed paste, a token the server does not know, or no connection. */
export type SignInError = 'format' | 'invalid' | 'network';

/** The edit form open in the dialog: which, whether it is being sent, and what went wrong. */
export interface OpenForm {
  /** Changes with every form opened, so the dialog redraws its fields only for a new form. */
  id: number;
  spec: FormSpec;
  /** Sent with a create: sending the form again after a lost answer returns the first result, not a duplicate. */
  idempotencyKey: string;
  busy: boolean;
  problems: FieldProblem[];
  error: ApiError | null;
}

/** A message for the edit bar's live region: saved, undone, signed out… */
export interface Notice {
  id: number;
  kind: 'ok' | 'info' | 'error';
  key: MessageKey;
  vars: Vars;
}

/**
 * Who is signed in and what they are editing. Kept apart from the view state: none of it belongs in a
 * shared link, and the token itself is not here at all (it stays in sessionStorage).
 */
export interface SessionState {
  status: 'anonymous' | 'checking' | 'signed-in';
  viewer: Viewer | null;
  editMode: boolean;
  signIn: { open: boolean; busy: boolean; error: SignInError | null };
  form: OpenForm | null;
  importOpen: boolean;
  historyOpen: boolean;
  notice: Notice | null;
  /** One more after every saved change, sign-in and sign-out: views showing edit controls key on it. */
  revision: number;
}

export const INITIAL_SESSION: SessionState = Object.freeze({
  status: 'anonymous',
  viewer: null,
  editMode: false,
  signIn: { open: false, busy: false, error: null },
  form: null,
  importOpen: false,
  historyOpen: false,
  notice: null,
  revision: 0,
}) as SessionState;

const EDIT_ROLES: readonly UserRole[] = ['EDITOR', 'ADMIN'];

/** Whether a user may edit at all (the API still decides per organisation: `Organisation.editable`). */
export const canEdit = (viewer: Viewer | null): boolean => viewer !== null && EDIT_ROLES.includes(viewer.role);

export const isAdmin = (viewer: Viewer | null): boolean => viewer?.role === 'ADMIN';

/** Edit controls show only in edit mode, for a user who may edit. */
export const editing = (s: SessionState): boolean => s.editMode && canEdit(s.viewer);

/** Signed in as `viewer`: the dialog closes; edit mode starts off. */
export const signedIn = (s: SessionState, viewer: Viewer): SessionState => ({
  ...s,
  status: 'signed-in',
  viewer,
  editMode: false,
  signIn: { open: false, busy: false, error: null },
  revision: s.revision + 1,
});

/** Signed out (or the token expired): everything only an editor sees closes. */
export const signedOut = (s: SessionState): SessionState => ({
  ...s,
  status: 'anonymous',
  viewer: null,
  editMode: false,
  form: null,
  importOpen: false,
  revision: s.revision + 1,
});

/** Turns edit mode on or off; on only for a user who may edit. */
export const setEditMode = (s: SessionState, on: boolean): SessionState => ({
  ...s,
  editMode: on && canEdit(s.viewer),
  form: on ? s.form : null,
});
