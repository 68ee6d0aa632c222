import { defineConfig } from 'vitest/config';

// Two projects: `unit` (no database, runs in parallel) and `system` (integration tests against the real Neo4j
// the test setup starts, browser tests against the served app, the security and the fault suites; one file at a
// time, because they share that database).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'server/**/*.test.ts',
            'client/src/**/*.test.ts',
            'seed/**/*.test.ts',
            'bench/**/*.test.ts',
            'test/architecture/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'system',
          include: [
            'test/integration/**/*.int.test.ts',
            'test/e2e/**/*.e2e.test.ts',
            'test/security/**/*.test.ts',
            'test/faults/**/*.test.ts',
          ],
          globalSetup: ['test/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
