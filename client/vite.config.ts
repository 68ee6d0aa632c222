import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const clientDir = path.dirname(fileURLToPath(import.meta.url));
const rootDir = path.resolve(clientDir, '..');

// The client builds into dist/client, which the API server serves at /. In `npm run dev`, Vite serves
// the page with hot reload and forwards /graphql and /api to the API server. `--mode test` builds the same page
// with the browser tests' hooks (window.__cy, window.__explorer; `import.meta.env.MODE === 'test'`) into
// dist/client-test, which the system tests serve; a production build leaves the hooks out.
export default defineConfig(({ mode }) => ({
  root: clientDir,
  build: {
    outDir: path.resolve(rootDir, mode === 'test' ? 'dist/client-test' : 'dist/client'),
    emptyOutDir: true,
    sourcemap: true,
    // One page whose graph libraries (Cytoscape and its layouts) are most of the bundle; splitting them
    // off would not make the first render any sooner.
    chunkSizeWarningLimit: 1200,
    // Two pages: the explorer, and the printable regiobeeld (served at /regiobeeld; docs/regiobeeld.md).
    rollupOptions: {
      input: {
        main: path.resolve(clientDir, 'index.html'),
        regiobeeld: path.resolve(clientDir, 'regiobeeld.html'),
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    // The API: GraphQL, and the REST exports and imports.
    proxy: {
      '/graphql': `http://127.0.0.1:${process.env['PORT'] ?? 4000}`,
      '/api': `http://127.0.0.1:${process.env['PORT'] ?? 4000}`,
    },
    // The map's boundary files are read from seed/data/regions (one copy in the repository).
    fs: { allow: [rootDir] },
  },
}));
