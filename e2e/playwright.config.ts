// The end-to-end journeys of issue 6, in Debian's Chromium against the real local cluster, registries and BFF.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { repoRoot } from '../scripts/repo-root.mjs';
import { baseUrlVariable } from './support/bff-process';
import { chromiumLaunchOptions } from './support/chromium';

export default defineConfig({
  testDir: 'journeys',
  outputDir: path.join(repoRoot, 'test-results/playwright'),
  globalSetup: './global-setup.ts',
  // One cluster, 2 cores: journeys run one at a time, and a flaky one is fixed, not retried.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Journeys wait for real pulls and rollouts; each step's own expect timeouts say what is slow.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: path.join(repoRoot, 'test-results/playwright.json') }],
    ['html', { open: 'never', outputFolder: path.join(repoRoot, 'playwright-report') }],
  ],
  use: {
    // Global setup exports the BFF's URL before the workers start; they load this file again and read it.
    baseURL: process.env[baseUrlVariable],
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    // A control that does not appear within 15 s is a failure to report, not to wait out the test timeout.
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
