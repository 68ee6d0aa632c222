import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resetDatabase } from '../../seed/load.ts';
import { resetToSeed, testDb } from '../helpers/db.ts';
import { ACTORS, authorizationOf, refusalOf, userNameOf, type Actor } from './helpers/actors.ts';
import { mutationCases, mutationDocument, postGraphql, schemaMutations, writtenBy } from './helpers/mutation-cases.ts';
import { PROXY_USER_HEADER, useProxiedApp } from './helpers/proxy-app.ts';
import { postRest, restCodeOf, stateChangingRoutes, type RestAnswer } from './helpers/rest-writes.ts';
import { writeState } from './helpers/write-state.ts';

// Every write route × every kind of caller: no token, a malformed one, an unknown one, a reader, a nationwide
// editor, an editor limited to another province, an admin. The rows come from the schema's Mutation type and the
// REST route tables, so a new write route cannot escape the matrix. Every refusal must leave the database exactly
// as it was; every accepted write must change it.

const baseUrl = inject('baseUrl');
const tokens = inject('tokens');
const db = testDb();
const SOURCE = 'Test: authorisation matrix';
const proxied = useProxiedApp();

afterAll(async () => {
  await resetToSeed();
});

const describeActor = (actor: Actor) =>
  ({
    noToken: 'without a token',
    malformedToken: 'with a malformed token',
    wrongToken: 'with an unknown token',
    reader: 'for a reader',
    editor: 'for a nationwide editor',
    editorOutOfScope: 'for an editor limited to another province',
    admin: 'for an admin',
  })[actor];

describe('the GraphQL mutations', () => {
  const { cases, change } = mutationCases(baseUrl, tokens, SOURCE);

  it('have a case in the matrix for every mutation of the schema', () => {
    expect(Object.keys(cases).sort()).toEqual(schemaMutations());
  });

  for (const name of schemaMutations()) {
    describe(name, () => {
      for (const actor of ACTORS) {
        const refusal = refusalOf(actor, 'EDITOR');
        const title = refusal
          ? `is refused ${describeActor(actor)} with ${refusal.code} and HTTP ${refusal.status}, writing nothing`
          : `is applied ${describeActor(actor)}`;
        it(title, async () => {
          const prepare = cases[name];
          if (!prepare) throw new Error(`the matrix has no case for the mutation ${name}`);
          const vars = { change, ...(await prepare(actor)) };
          const before = await writeState(db);
          const res = await postGraphql(baseUrl, authorizationOf(actor, tokens), mutationDocument(name, vars), vars);
          if (refusal) {
            expect(res.errors?.map((e) => e.extensions?.code)).toEqual([refusal.code]);
            expect(res.status).toBe(refusal.status);
            expect(res.data?.[name] ?? null).toBeNull();
            expect(await writeState(db)).toBe(before);
          } else {
            expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
            expect(res.status).toBe(200);
            const answer = res.data?.[name];
            // A discard answers true; every other write says who made it.
            if (answer === true) expect(name).toBe('discardScenario');
            else expect(writtenBy(answer)).toBe(userNameOf(actor as 'editor' | 'admin'));
            expect(await writeState(db)).not.toBe(before);
          }
        });
      }
    });
  }
});

// The REST write routes by their pattern; a route the tables gain without an entry here fails the first test.
const SPREADSHEET = '^\\/api\\/import\\/spreadsheet$';
const GRAPH_JSON = '^\\/api\\/import\\/graph\\.json$';

it('covers every state-changing REST route', () => {
  expect(
    stateChangingRoutes()
      .map((r) => `${r.method} ${r.path.source}`)
      .sort(),
  ).toEqual([`POST ${GRAPH_JSON}`, `POST ${SPREADSHEET}`].sort());
});

/** A spreadsheet that renames Novel-T (Overijssel): any editor for Overijssel may apply it. */
const renameNovelT = () => `id,name,type\r\nnovel-t,Novel-T Twente ${randomUUID().slice(0, 8)},regional-executor\r\n`;
const spreadsheetPath = (mode: string) =>
  `/api/import/spreadsheet?mode=${mode}&entity=organisations&source=${encodeURIComponent(SOURCE)}`;

/** The code of a REST refusal: an import report's own, else the error's. */
const codeOf = (a: RestAnswer) => a.body?.code ?? restCodeOf(a);

describe('the spreadsheet import', () => {
  for (const mode of ['dry-run', 'apply'] as const) {
    describe(`mode=${mode}`, () => {
      for (const actor of ACTORS) {
        const refusal = refusalOf(actor, 'EDITOR');
        // A dry run of rows outside the editor's provinces is a report of them, not a refusal of the request.
        const reported = mode === 'dry-run' && actor === 'editorOutOfScope';
        const title = reported
          ? `reports the rows outside the province as FORBIDDEN ${describeActor(actor)}, writing nothing`
          : refusal
            ? `is refused ${describeActor(actor)} with ${refusal.code} and HTTP ${refusal.status}, writing nothing`
            : `is ${mode === 'apply' ? 'applied' : 'planned without writing'} ${describeActor(actor)}`;
        it(title, async () => {
          const before = await writeState(db);
          const res = await postRest(
            baseUrl,
            spreadsheetPath(mode),
            { 'content-type': 'text/csv', ...authorizationOf(actor, tokens) },
            renameNovelT(),
          );
          if (reported) {
            expect(res.status).toBe(200);
            expect(res.body).toMatchObject({ ok: false });
            expect(res.body?.errors?.map((e) => e.code)).toEqual(['FORBIDDEN']);
          } else if (refusal) {
            expect(res.status).toBe(refusal.status);
            expect(codeOf(res)).toBe(refusal.code);
          } else {
            expect(res.status, JSON.stringify(res.body)).toBe(200);
            expect(res.body).toMatchObject({ ok: true, mode });
          }
          if (mode === 'apply' && !refusal) expect(await writeState(db)).not.toBe(before);
          else expect(await writeState(db)).toBe(before);
        });
      }
    });
  }

  it('is refused through a trusted sign-in proxy when it comes as a cross-site text/plain form', async () => {
    const before = await writeState(db);
    const res = await postRest(
      proxied(),
      spreadsheetPath('apply'),
      { 'content-type': 'text/plain', [PROXY_USER_HEADER]: 'test-admin', origin: 'https://evil.example' },
      renameNovelT(),
    );
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(await writeState(db)).toBe(before);
  });

  it('is applied through the trusted sign-in proxy when it comes as the explorer sends it', async () => {
    const before = await writeState(db);
    const res = await postRest(
      proxied(),
      spreadsheetPath('apply'),
      { 'content-type': 'text/csv', [PROXY_USER_HEADER]: 'test-admin', 'sec-fetch-site': 'same-origin' },
      renameNovelT(),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await writeState(db)).not.toBe(before);
  });
});

// Last, because it empties the database: a full import is only accepted into an empty one, so only there does
// a missing refusal show as a write.
describe('the full JSON import into an empty database', () => {
  let exported = '';
  let exportedHash = '';
  const importPath = `/api/import/graph.json?source=${encodeURIComponent(SOURCE)}`;

  beforeAll(async () => {
    const res = await fetch(`${baseUrl}/api/export/graph.json`);
    expect(res.status).toBe(200);
    exported = await res.text();
    exportedHash = (JSON.parse(exported) as { contentHash: string }).contentHash;
    await resetDatabase(db);
  });

  it('is refused through a trusted sign-in proxy when it comes as a cross-site text/plain form', async () => {
    const before = await writeState(db);
    const res = await postRest(
      proxied(),
      importPath,
      { 'content-type': 'text/plain', [PROXY_USER_HEADER]: 'test-admin', origin: 'https://evil.example' },
      exported,
    );
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(await writeState(db)).toBe(before);
  });

  // ACTORS ends with the admin, whose import fills the database.
  for (const actor of ACTORS) {
    const refusal = refusalOf(actor, 'ADMIN');
    const title = refusal
      ? `is refused ${describeActor(actor)} with ${refusal.code} and HTTP ${refusal.status}, writing nothing`
      : `is applied ${describeActor(actor)}, restoring the exported map`;
    it(title, async () => {
      const before = await writeState(db);
      const res = await postRest(
        baseUrl,
        importPath,
        { 'content-type': 'application/json', ...authorizationOf(actor, tokens) },
        exported,
      );
      if (refusal) {
        expect(res.status).toBe(refusal.status);
        expect(codeOf(res)).toBe(refusal.code);
        expect(await writeState(db)).toBe(before);
      } else {
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(await writeState(db)).toContain(`hash ${exportedHash},`);
      }
    });
  }
});
