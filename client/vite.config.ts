import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const clientDir = path.dirname(fileURLToPath(import.meta.url));

// The client builds into dist/client, which the API server serves at /. In `npm run dev`, Vite serves
// the page with hot reload and forwards /graphql to the API server.
export default defineConfig({
  root: clientDir,
  build: { outDir: path.resolve(clientDir, '../dist/client'), emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': `http://127.0.0.1:${process.env['PORT'] ?? 4000}` },
  },
});
