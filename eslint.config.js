import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Which folder may import which (docs/architecture.md draws the layers). `target` may not import `from`,
// except the paths listed (relative to `from`). These rules count `import type` too: a type import against the
// direction ties the layers together as much as a value import does.
const inServer = (...allowed) => ({ from: 'server', except: allowed.map((p) => `./${p}`) });
const inClient = (...allowed) => ({ from: 'client/src', except: allowed.map((p) => `./${p}`) });
const LAYERS = [
  // The server stands alone: seed, bench, tests and the client build on it, never the other way round.
  {
    target: 'server',
    from: ['seed', 'client', 'test', 'bench', 'scripts'],
    message: 'the server imports no seed, client, test or bench code',
  },
  { target: 'seed', from: ['client', 'bench'], message: 'the seed builds on the server only' },
  // The client gets its types from codegen over the schema; the map's boundary files are assets.
  { target: 'client', from: ['server', 'test', 'bench'], message: 'the client talks to the server over the API only' },
  {
    target: 'client',
    from: 'seed',
    except: ['./data/regions'],
    message: 'the client reads only the boundary files of seed/data',
  },
  // Server, innermost first: domain is pure, db knows nothing of what it stores, repos speak for db.
  {
    target: 'server/domain',
    ...inServer('domain', 'errors.ts'),
    message: 'domain/ is pure: no I/O, no GraphQL, no HTTP',
  },
  {
    target: 'server/validation',
    ...inServer('validation', 'domain', 'errors.ts'),
    message: 'validation/ holds the field rules: pure, like domain/',
  },
  {
    target: 'server/db',
    ...inServer('db', 'errors.ts', 'config.ts'),
    message: 'db/ imports no repos, GraphQL or domain code',
  },
  {
    target: 'server/repos',
    ...inServer('repos', 'db', 'domain', 'errors.ts'),
    message: 'repos/ sit on db/ and domain/ only',
  },
  {
    target: 'server/auth',
    ...inServer('auth', 'domain', 'errors.ts', 'config.ts'),
    message: 'auth/ decides from plain values',
  },
  { target: 'server/neo4j-local', ...inServer('neo4j-local'), message: 'neo4j-local/ knows nothing of the app' },
  { target: 'server/graphql', from: 'server/http', message: 'HTTP calls GraphQL, not the other way round' },
  {
    target: ['server/editing', 'server/spreadsheets', 'server/graph-files'],
    from: ['server/http'],
    message: 'features are called by the routes, not the other way round',
  },
  {
    target: ['server/editing', 'server/spreadsheets', 'server/graph-files'],
    from: 'server/graphql',
    // The argument types codegen writes from the schema are plain values; the context and resolvers stay out.
    except: ['./generated'],
    message: 'features take plain values and a user, not the GraphQL context or resolvers',
  },
  // Client, innermost first: api → state, i18n → graph, map → edit → data → views → main.ts.
  { target: 'client/src/api', ...inClient('api'), message: 'api/ is the transport and the generated types only' },
  { target: 'client/src/state', ...inClient('state', 'api'), message: 'state/ is view state over API types' },
  { target: 'client/src/i18n', ...inClient('i18n', 'state', 'api'), message: 'i18n/ needs only the language' },
  {
    target: ['client/src/graph', 'client/src/map'],
    ...inClient('graph', 'map', 'state', 'i18n', 'api'),
    message: 'graph/ and map/ draw data; they know no views, editing or cache',
  },
  {
    target: 'client/src/edit',
    ...inClient('edit', 'graph/appearance.ts', 'state', 'i18n', 'api'),
    message: 'edit/ knows no views or cache',
  },
  {
    target: 'client/src/data',
    from: ['client/src/views', 'client/src/main.ts'],
    message: 'data/ is read by views, not the other way round',
  },
  {
    target: 'client/src/views',
    from: 'client/src/main.ts',
    message: 'main.ts wires the views; views do not import it',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.neo4j/',
      'test/artifacts/',
      'server/graphql/generated/',
      'client/src/api/generated.ts',
      'server/domain/generated/',
      'client/src/api/generated-enums.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  { files: ['scripts/**', 'bench/**', 'seed/cli.ts', 'server/**/cli.ts'], rules: { 'no-console': 'off' } },
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: { console: 'readonly', process: 'readonly' } } },
  {
    // The peer of the comparison benchmark (bench/peer) is a dev dependency: the app never depends on it.
    files: ['server/**', 'client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@neo4j/graphql', message: 'only bench/peer uses @neo4j/graphql, as the peer it compares with' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads no TypeScript file behind an import and no-cycle finds nothing.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'client/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      // Counts value imports; `import type` cycles are found by test/architecture/import-cycles.test.ts.
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
    },
  },
  prettier,
);
