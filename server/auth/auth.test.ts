import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegionCatalog } from '../domain/region-catalog.ts';
import { isAppError } from '../errors.ts';
import { assertCanRead, assertRole, authenticate, type AuthSettings } from './authenticate.ts';
import { decideScope, organisationInScope, regionInScope } from './scope.ts';
import { addUser, readUsersDocument, removeUser, rotateToken, writeUsersDocument } from './users-file.ts';
import { hashToken, loadUsers, newToken, parseUsers, UsersConfigError } from './users.ts';

const adminToken = newToken();
const editorToken = newToken();
const users = parseUsers(
  {
    users: [
      { name: 'anna', role: 'ADMIN', tokenSha256: hashToken(adminToken) },
      { name: 'bram', role: 'EDITOR', provinces: ['PV23'], tokenSha256: hashToken(editorToken) },
      { name: 'carla@example.org', role: 'EDITOR' },
    ],
  },
  'test',
);
const settings = (extra: Partial<AuthSettings> = {}): AuthSettings => ({
  users,
  readRequiresToken: false,
  proxyUserHeader: null,
  ...extra,
});
const codeOf = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    return isAppError(e) ? e.code : 'not an AppError';
  }
};

describe('users', () => {
  it('finds users by token and never exposes the hash', () => {
    expect(users.byToken(adminToken)).toEqual({ name: 'anna', role: 'ADMIN', provinces: [] });
    expect(users.byToken(editorToken)?.provinces).toEqual(['PV23']);
    expect(users.byToken(newToken())).toBeNull();
    expect(JSON.stringify(users.list())).not.toContain(hashToken(adminToken));
  });

  it('makes long random tokens', () => {
    const t = newToken();
    expect(t).toMatch(/^ek_[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(t);
  });

  it('names every problem of a broken users document', () => {
    const broken = () =>
      parseUsers(
        {
          users: [
            { name: 'x', role: 'BOSS' },
            { name: 'y', role: 'ADMIN', provinces: ['PV23'] },
            { name: 'z', role: 'EDITOR', provinces: ['Overijssel'], tokenSha256: 'abc' },
          ],
        },
        'users.yaml',
      );
    expect(broken).toThrow(UsersConfigError);
    expect(broken).toThrow(/users\.0\.role/);
    expect(broken).toThrow(/provinces only apply to role EDITOR/);
    expect(broken).toThrow(/users\.2\.provinces\.0/);
    expect(broken).toThrow(/users\.2\.tokenSha256/);
    expect(() =>
      parseUsers(
        {
          users: [
            { name: 'a', role: 'ADMIN' },
            { name: 'a', role: 'EDITOR' },
          ],
        },
        'f',
      ),
    ).toThrow(/appears twice/);
  });

  it('reads AUTH_USERS before the file, and a missing file as no users', () => {
    expect(loadUsers({ usersFile: '/nonexistent/users.yaml', usersInline: null }).size).toBe(0);
    const inline = loadUsers({
      usersFile: '/nonexistent/users.yaml',
      usersInline: JSON.stringify({ users: [{ name: 'ops', role: 'ADMIN', tokenSha256: hashToken('t') }] }),
    });
    expect(inline.byName('ops')?.role).toBe('ADMIN');
    expect(() => loadUsers({ usersFile: 'x', usersInline: '{not yaml: [' })).toThrow(/AUTH_USERS/);
  });

  it('adds, rotates and removes users in the file, which is private to its owner', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'users-')), 'config', 'users.yaml');
    const { doc, token } = addUser(readUsersDocument(file), 'dirk', 'EDITOR', ['PV30']);
    writeUsersDocument(file, doc);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).not.toContain(token);
    expect(loadUsers({ usersFile: file, usersInline: null }).byToken(token)?.name).toBe('dirk');
    expect(() => addUser(readUsersDocument(file), 'dirk', 'ADMIN', [])).toThrow(/exists already/);
    expect(() => addUser(readUsersDocument(file), 'eva', 'OWNER', [])).toThrow(/Unknown role/);
    const rotated = rotateToken(readUsersDocument(file), 'dirk');
    writeUsersDocument(file, rotated.doc);
    const after = loadUsers({ usersFile: file, usersInline: null });
    expect(after.byToken(token)).toBeNull();
    expect(after.byToken(rotated.token)?.name).toBe('dirk');
    writeUsersDocument(file, removeUser(readUsersDocument(file), 'dirk'));
    expect(loadUsers({ usersFile: file, usersInline: null }).size).toBe(0);
  });
});

describe('authenticate', () => {
  it('is anonymous without credentials, and refuses malformed or unknown tokens', () => {
    expect(authenticate(settings(), {})).toBeNull();
    expect(authenticate(settings(), { authorization: `Bearer ${adminToken}` })?.name).toBe('anna');
    expect(codeOf(() => authenticate(settings(), { authorization: `Bearer ${newToken()}` }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => authenticate(settings(), { authorization: 'Basic YWxhZGRpbjpvcGVu' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => authenticate(settings(), { authorization: 'Bearer ' }))).toBe('UNAUTHENTICATED');
  });

  it('trusts the proxy header only when configured, and only for known users', () => {
    const proxied = settings({ proxyUserHeader: 'x-forwarded-user' });
    expect(authenticate(settings(), { 'x-forwarded-user': 'anna' })).toBeNull();
    expect(authenticate(proxied, { 'x-forwarded-user': 'carla@example.org' })?.role).toBe('EDITOR');
    expect(codeOf(() => authenticate(proxied, { 'x-forwarded-user': 'mallory' }))).toBe('FORBIDDEN');
  });

  it('checks reading and roles', () => {
    expect(codeOf(() => assertCanRead(settings({ readRequiresToken: true }), null))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => assertCanRead(settings(), null))).toBeNull();
    expect(codeOf(() => assertRole(null, 'EDITOR'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => assertRole(users.byName('bram'), 'ADMIN'))).toBe('FORBIDDEN');
    expect(assertRole(users.byName('anna'), 'EDITOR').name).toBe('anna');
  });
});

describe('province scope', () => {
  const catalog = buildRegionCatalog([
    { id: 'NL', name: 'Nederland', level: 'COUNTRY', aliases: [], parents: [] },
    { id: 'KVK-OOST', name: 'Oost', level: 'KVK_REGION', aliases: [], parents: ['NL'] },
    { id: 'PV23', name: 'Overijssel', level: 'PROVINCE', aliases: [], parents: ['KVK-OOST'] },
    { id: 'PV25', name: 'Gelderland', level: 'PROVINCE', aliases: [], parents: ['KVK-OOST'] },
    { id: 'CR12', name: 'Twente', level: 'COROP', aliases: [], parents: ['PV23'] },
    { id: 'GM0153', name: 'Enschede', level: 'MUNICIPALITY', aliases: [], parents: ['CR12', 'AREA-Z'] },
    { id: 'GM0200', name: 'Apeldoorn', level: 'MUNICIPALITY', aliases: [], parents: ['PV25', 'AREA-Z'] },
    { id: 'AREA-Z', name: 'Regio Zwolle', level: 'AREA', aliases: [], parents: ['NL'] },
  ]);
  const bram = users.byName('bram')!;
  const anna = users.byName('anna')!;

  it('puts regions inside the editor’s provinces in scope, and nothing above or beside them', () => {
    expect(['PV23', 'CR12', 'GM0153'].map((r) => regionInScope(bram, catalog, r))).toEqual([true, true, true]);
    expect(['NL', 'KVK-OOST', 'PV25', 'GM0200', 'AREA-Z'].map((r) => regionInScope(bram, catalog, r))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(regionInScope(anna, catalog, 'NL')).toBe(true);
  });

  it('needs every covered region inside, and at least one', () => {
    expect(organisationInScope(bram, catalog, ['GM0153', 'CR12'])).toBe(true);
    expect(organisationInScope(bram, catalog, ['GM0153', 'GM0200'])).toBe(false);
    expect(organisationInScope(bram, catalog, [])).toBe(false);
    expect(organisationInScope(anna, catalog, [])).toBe(true);
    expect(organisationInScope(users.byName('carla@example.org')!, catalog, ['NL'])).toBe(true);
  });

  it('lets a limited editor change where a source looked only for regions inside their provinces', () => {
    expect(decideScope(bram, catalog, { regions: ['GM0153'] })).toEqual({ allowed: true });
    expect(decideScope(bram, catalog, { regions: ['GM0153', 'PV25'] })).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('What is known of region PV25 is a fact, outside the provinces'),
    });
    expect(decideScope(anna, catalog, { regions: ['NL'] })).toEqual({ allowed: true });
  });
});
