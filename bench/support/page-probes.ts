// The in-page probes (bench/page/probes.ts) as a script to inject, and their shape as the benchmarks call them.
// They are injected as text because tsx would add its `__name` helper to functions passed to page.evaluate.
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { BerthProbes } from '../page/probe-shape';

/** How page.evaluate callbacks reach the probes: `(globalThis as ProbedWindow).berthProbes`. */
export interface ProbedWindow {
  berthProbes: BerthProbes;
}

const probesScript = stripTypeScriptTypes(readFileSync(path.join(import.meta.dirname, '../page/probes.ts'), 'utf8'));

export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript({ content: probesScript });
}
