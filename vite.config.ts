// Vitest projects for the workspace; the SPA's build and dev server join this file with apps/web.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'apps/bff/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['packages/*/src/**/*.int.test.ts', 'apps/bff/src/**/*.int.test.ts'],
          // One real local cluster for the whole run: started (or reused) before, stopped after if we started it.
          globalSetup: ['packages/local-cluster/src/testing/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['packages/contracts/src/**/*.ts'],
      exclude: ['**/*.test.ts'],
      thresholds: { lines: 95 },
      reporter: ['text-summary', 'json-summary'],
    },
  },
});
