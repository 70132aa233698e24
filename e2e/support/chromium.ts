// Debian's Chromium as the journeys and the benchmarks launch it: headless-friendly, nothing in the background.
import type { LaunchOptions } from '@playwright/test';

export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
} satisfies LaunchOptions;
