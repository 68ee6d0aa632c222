import path from 'node:path';
import { build } from 'vite';
import { ROOT_DIR } from '../../server/config.ts';

/** Where the test build of the explorer goes (client/vite.config.ts, `--mode test`). */
export const TEST_CLIENT_DIST = path.join(ROOT_DIR, 'dist', 'client-test');

/**
 * Builds the explorer with Vite: `test` with the browser tests' hooks into dist/client-test, `production` as
 * `npm run build` does (into `outDir` when given). Built on every run of the system tests (a second or two), so
 * the browser tests never drive a stale page.
 * @example await buildClient('test');
 */
export async function buildClient(mode: 'test' | 'production', outDir?: string): Promise<void> {
  await build({
    configFile: path.join(ROOT_DIR, 'client', 'vite.config.ts'),
    mode,
    logLevel: 'warn',
    ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}),
  });
}
