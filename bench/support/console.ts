// The console as a user opens it in a benchmark: the BFF as `npm start` runs it, and Debian's Chromium.
import type { Browser } from '@playwright/test';
import { type RunningBff, startBff } from './bff';
import { launchChromium } from './browser';
import type { BenchContext } from './context';

/** Starts the BFF (its log in `logName`) and Chromium, runs `measure`, and stops both, whatever happened. */
export async function withConsole<T>(
  ctx: BenchContext,
  logName: string,
  measure: (bff: RunningBff, browser: Browser) => Promise<T>,
): Promise<T> {
  const bff = await startBff(ctx.cluster.kubeconfig, ctx.logFile(logName));
  const browser = await launchChromium();
  try {
    return await measure(bff, browser);
  } finally {
    await browser.close();
    await bff.stop();
  }
}
