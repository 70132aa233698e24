// The console as a user opens it in a benchmark: the BFF as `npm start` runs it, and Debian's Chromium.
import type { Browser } from '@playwright/test';
import type { RunningBff } from './bff';
import { launchChromium } from './browser';
import type { BenchContext } from './context';

/** Starts the BFF (its log in `logName`; quick mode shares one, `ctx.bff`) and Chromium, runs `measure`, and stops both. */
export async function withConsole<T>(
  ctx: BenchContext,
  logName: string,
  measure: (bff: RunningBff, browser: Browser) => Promise<T>,
): Promise<T> {
  const bff = await ctx.bff(logName);
  const browser = await launchChromium();
  try {
    return await measure(bff, browser);
  } finally {
    await browser.close();
    await bff.stop();
  }
}
