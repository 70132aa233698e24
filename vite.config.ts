// Builds and serves the SPA (root apps/web, /api proxied to the BFF in dev) and defines the vitest projects.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const repo = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'apps/web',
  // Relative asset URLs: the BFF's <base href> places them under whatever --base-path it runs with (dev serves at /).
  base: './',
  plugins: [react()],
  build: {
    outDir: `${repo}build/web`,
    emptyOutDir: true,
    // Everything the first route loads in one file: gzip then compresses it as one stream (about 3 KB less than ten files).
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'berth', tags: ['$initial'] }] } },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: process.env.BERTH_BFF_URL ?? 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  test: {
    projects: [
      {
        // The SPA's root is apps/web; the node projects keep resolving their globs from the repository.
        root: repo,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'apps/bff/src/**/*.test.ts', '*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        root: repo,
        test: {
          name: 'integration',
          environment: 'node',
          include: [
            'packages/*/src/**/*.int.test.ts',
            'apps/bff/src/**/*.int.test.ts',
            'scripts/**/*.int.test.ts',
            'deploy/**/*.int.test.ts',
          ],
          // One real local cluster for the whole run: started (or reused) before, stopped after if we started it.
          // Then a CronJob every minute, made first so its scheduled run has happened by the time its test reads it.
          globalSetup: [
            'packages/local-cluster/src/testing/global-setup.ts',
            'apps/bff/src/testing/scheduled-cronjob-setup.ts',
          ],
          // The leak proof reads the run's BFF logs at their most talkative.
          env: { BERTH_LOG_LEVEL: 'debug' },
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        // Inherits the React plugin from this file (Vitest 5 projects extend their declaring config).
        root: repo,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          setupFiles: ['apps/web/src/testing/setup.ts'],
        },
      },
    ],
    coverage: {
      provider: 'v8',
      // Vite's root is apps/web, so contracts lie outside it: allowed explicitly, or coverage silently measures nothing.
      include: ['**/packages/contracts/src/**/*.ts'],
      allowExternal: true,
      reportsDirectory: `${repo}coverage`,
      exclude: ['**/*.test.ts'],
      thresholds: { lines: 95 },
      reporter: ['text-summary', 'json-summary'],
    },
  },
});
