import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client.ts';
import type { ChangeFieldsFragment } from '../api/generated.ts';
import type { ChangeResult, MutationCall } from '../api/mutations.ts';
import { createEditController, type EditPorts } from './controller.ts';
import { YNBUSINESS } from './fixtures.test-data.ts';
import { organisationCreateForm, organisationUpdateForm } from './forms.ts';
import type { Viewer } from './session.ts';
import { tokenStore } from './token-store.ts';

const EDITOR: Viewer = { name: 'test-editor', role: 'EDITOR', provinces: [] };
const RESULT: ChangeResult = {
  change: { id: 'c-9', action: 'UPDATE_ORGANISATION', summary: 'updated ynbusiness' },
  organisation: { id: 'ynbusiness', version: 4 },
};
const CHANGE: ChangeFieldsFragment = {
  id: 'c-8',
  at: '2026-11-01T10:00:00Z',
  user: 'test-editor',
  action: 'UPDATE_ORGANISATION',
  summary: 'updated ynbusiness',
  source: 'x',
  comment: null,
  organisations: ['ynbusiness'],
  revertOf: null,
  revertedBy: null,
  entities: [],
};

function setup(over: Partial<EditPorts> = {}) {
  const tokens = tokenStore(null);
  const calls: MutationCall[] = [];
  const ports: EditPorts = {
    api: {
      viewer: vi.fn(async () =>
        tokens.get() === 'good-token-1' ? { viewer: EDITOR } : Promise.reject(new ApiError('no', 'UNAUTHENTICATED')),
      ),
      latestChange: vi.fn(async () => ({ changes: [CHANGE] })),
    },
    mutate: vi.fn(async (call: MutationCall) => {
      calls.push(call);
      return RESULT;
    }),
    tokens,
    invalidate: vi.fn(),
    select: vi.fn(),
    onChange: vi.fn(),
    ...over,
  };
  return { edit: createEditController(ports), ports, tokens, calls };
}

describe('signing in', () => {
  it('keeps a valid token, shows who is signed in and reloads the data (editable flags change)', async () => {
    const { edit, ports, tokens } = setup();
    edit.openSignIn();
    await edit.signIn('  good-token-1 ');
    expect(tokens.get()).toBe('good-token-1');
    expect(edit.get()).toMatchObject({ status: 'signed-in', viewer: EDITOR, signIn: { open: false } });
    expect(ports.invalidate).toHaveBeenCalled();
  });

  it('forgets a token the server refuses and says so in the dialog', async () => {
    const { edit, tokens } = setup();
    edit.openSignIn();
    await edit.signIn('wrong-token-1');
    expect(tokens.get()).toBeNull();
    expect(edit.get()).toMatchObject({ status: 'anonymous', viewer: null, signIn: { open: true, error: 'invalid' } });
  });

  it('refuses a paste that cannot be a token without asking the server', async () => {
    const { edit, ports } = setup();
    await edit.signIn('not a token');
    expect(ports.api.viewer).not.toHaveBeenCalled();
    expect(edit.get().signIn.error).toBe('format');
  });

  it('signs out when the server refuses the token later, keeping an open form', async () => {
    const { edit, tokens } = setup();
    await edit.signIn('good-token-1');
    edit.setEditMode(true);
    edit.openForm(organisationUpdateForm(YNBUSINESS));
    edit.expired();
    expect(tokens.get()).toBeNull();
    expect(edit.get()).toMatchObject({ status: 'anonymous', editMode: false, notice: { key: 'session.expired' } });
    expect(edit.get().form?.spec.kind).toBe('organisation.update');
  });

  it('offers edit mode only to editors and administrators', async () => {
    const reader = setup({
      api: {
        viewer: async () => ({ viewer: { ...EDITOR, role: 'READER' } }),
        latestChange: async () => ({ changes: [] }),
      },
    });
    await reader.edit.signIn('good-token-1');
    reader.edit.setEditMode(true);
    expect(reader.edit.get().editMode).toBe(false);
    reader.edit.openForm(organisationCreateForm());
    expect(reader.edit.get().form).toBeNull();
  });
});

describe('saving a form', () => {
  it('sends the form, closes it, reloads the data and tells what was saved', async () => {
    const { edit, ports, calls } = setup();
    await edit.signIn('good-token-1');
    const spec = organisationUpdateForm(YNBUSINESS);
    edit.openForm(spec);
    vi.mocked(ports.invalidate).mockClear();
    await edit.submit({ ...spec.initial, description: 'Nieuw', source: 'Jaarverslag' });
    expect(calls[0]).toMatchObject({ name: 'updateOrganisation', variables: { expectedVersion: 3 } });
    expect(edit.get().form).toBeNull();
    expect(edit.get().notice).toMatchObject({ kind: 'ok', key: 'edit.saved', vars: { summary: 'updated ynbusiness' } });
    expect(ports.invalidate).toHaveBeenCalledTimes(1);
  });

  it('keeps the form open with the problems and sends nothing when values are missing', async () => {
    const { edit, calls } = setup();
    await edit.signIn('good-token-1');
    const spec = organisationUpdateForm(YNBUSINESS);
    edit.openForm(spec);
    await edit.submit({ ...spec.initial, description: 'Nieuw' });
    expect(calls).toEqual([]);
    expect(edit.get().form?.problems.map((p) => p.field)).toEqual(['source']);
  });

  it('keeps the form and the API error when the change is refused', async () => {
    const conflict = new ApiError('stale', 'CONFLICT', { current: { version: 4 } });
    const { edit } = setup({ mutate: async () => Promise.reject(conflict) });
    await edit.signIn('good-token-1');
    const spec = organisationUpdateForm(YNBUSINESS);
    edit.openForm(spec);
    await edit.submit({ ...spec.initial, description: 'Nieuw', source: 's' });
    expect(edit.get().form).toMatchObject({ busy: false, error: conflict });
    edit.reload();
    expect(edit.get().form).toBeNull();
  });

  it('shows a created organisation once saved', async () => {
    const { edit, ports } = setup();
    await edit.signIn('good-token-1');
    const spec = organisationCreateForm();
    edit.openForm(spec);
    await edit.submit({ ...spec.initial, name: 'Nieuw', type: 'rom', source: 's' });
    expect(ports.select).toHaveBeenCalledWith('ynbusiness');
  });

  it('sends a create again with the same idempotency key, and a new form with a new one', async () => {
    let fail = true;
    const calls: MutationCall[] = [];
    const { edit } = setup({
      mutate: async (call) => {
        calls.push(call);
        if (fail) return Promise.reject(new ApiError('The connection was lost.', 'DB_UNAVAILABLE'));
        return RESULT;
      },
    });
    await edit.signIn('good-token-1');
    const spec = organisationCreateForm();
    const values = { ...spec.initial, name: 'Nieuw', type: 'rom', source: 's' };
    edit.openForm(spec);
    await edit.submit(values);
    fail = false;
    await edit.submit(values);
    edit.openForm(spec);
    await edit.submit(values);
    const keys = calls.map((c) => (c.variables as { change: { idempotencyKey?: string } }).change.idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('sends no idempotency key with an update (only creates need one)', async () => {
    const { edit, calls } = setup();
    await edit.signIn('good-token-1');
    const spec = organisationUpdateForm(YNBUSINESS);
    edit.openForm(spec);
    await edit.submit({ ...spec.initial, description: 'Nieuw', source: 's' });
    expect(calls[0]!.variables).toMatchObject({ change: { source: 's' } });
    expect((calls[0]!.variables as { change: object }).change).not.toHaveProperty('idempotencyKey');
  });
});

describe('undo', () => {
  it("asks for the viewer's latest change and offers to revert it", async () => {
    const { edit, ports, calls } = setup();
    await edit.signIn('good-token-1');
    await edit.undo();
    expect(ports.api.latestChange).toHaveBeenCalledWith({ user: 'test-editor', limit: 50 });
    expect(edit.get().form?.spec).toMatchObject({ kind: 'change.revert', target: { id: 'c-8' } });
    await edit.submit({});
    expect(calls).toEqual([{ name: 'revertChange', variables: { id: 'c-8' } }]);
    expect(edit.get().notice?.key).toBe('edit.reverted');
  });

  it('steps back past an undo and what it undid, to the newest change still in place', async () => {
    const undo = { ...CHANGE, id: 'c-10', action: 'REVERT' as const, revertOf: 'c-9' };
    const undone = { ...CHANGE, id: 'c-9', revertedBy: 'c-10' };
    const { edit } = setup({
      api: {
        viewer: async () => ({ viewer: EDITOR }),
        latestChange: async () => ({ changes: [undo, undone, CHANGE] }),
      },
    });
    await edit.signIn('good-token-1');
    await edit.undo();
    expect(edit.get().form?.spec.target).toEqual({ id: 'c-8' });
  });

  it('says so when there is nothing to undo or it was undone already', async () => {
    const none = setup({
      api: { viewer: async () => ({ viewer: EDITOR }), latestChange: async () => ({ changes: [] }) },
    });
    await none.edit.signIn('good-token-1');
    await none.edit.undo();
    expect(none.edit.get()).toMatchObject({ form: null, notice: { key: 'undo.nothing' } });
    const done = setup({
      api: {
        viewer: async () => ({ viewer: EDITOR }),
        latestChange: async () => ({ changes: [{ ...CHANGE, revertedBy: 'c-9' }] }),
      },
    });
    await done.edit.signIn('good-token-1');
    await done.edit.undo();
    expect(done.edit.get()).toMatchObject({ form: null, notice: { key: 'undo.allDone' } });
  });
});
