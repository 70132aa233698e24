// Records what the browser received from the BFF (every /api answer, every SSE frame, console errors) for the leak scan.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Response } from '@playwright/test';
import { repoRoot } from '../../scripts/repo-root.mjs';

/** Recordings and the debug logs of every BFF the run started: what the leak scan reads. */
export const leakEvidenceDir = path.join(repoRoot, 'test-results/e2e-leak-evidence');

// Each record starts with one of these lines, so the scan can count what it read.
export const responseMarker = '### response ';
export const frameMarker = '### sse ';

export interface ApiRecorder {
  /** Resolves once `page` is recorded, frames included (pages the context opens later are watched too). */
  watch: (page: Page) => Promise<void>;
  /** Waits for bodies still being read, so a scan sees everything the test received. */
  settled: () => Promise<void>;
}

export function clearLeakEvidence(): void {
  rmSync(leakEvidenceDir, { recursive: true, force: true });
  mkdirSync(leakEvidenceDir, { recursive: true });
}

/** The debug log of the BFF global setup starts; journeys that start their own put its log in `leakEvidenceDir`. */
export const mainBffLog = path.join(repoRoot, 'test-results/e2e-bff.log');

/** Every file of evidence as text, named relative to the repository so a report points at it. */
export function readLeakEvidence(): { file: string; text: string }[] {
  const files = [mainBffLog, ...readdirSync(leakEvidenceDir).map((name) => path.join(leakEvidenceDir, name))];
  return files
    .filter((f) => existsSync(f))
    .map((f) => ({ file: path.relative(repoRoot, f), text: readFileSync(f, 'utf8') }));
}

function isStream(url: string): boolean {
  return new URL(url).pathname.endsWith('/stream');
}

/** `/api/…`, or `/berth/api/…` under a base path. */
function isApi(url: string): boolean {
  return new URL(url).pathname.includes('/api/');
}

export function recordApiTraffic(context: BrowserContext, name: string): ApiRecorder {
  const file = path.join(leakEvidenceDir, `${name}.txt`);
  mkdirSync(leakEvidenceDir, { recursive: true });
  appendFileSync(file, '');
  const record = (header: string, body: string) => appendFileSync(file, `${header}\n${body}\n`);
  const pending = new Set<Promise<void>>();

  const onResponse = (response: Response) => {
    const url = response.url();
    if (!isApi(url) || isStream(url)) return;
    const headers = Object.entries(response.headers())
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n');
    const read = response
      .text()
      // A body the browser dropped (navigation, aborted fetch) cannot be read; its headers still are.
      .catch(() => '(body not available)')
      .then((body) =>
        record(`${responseMarker}${response.request().method()} ${response.status()} ${url}`, `${headers}\n${body}`),
      );
    pending.add(read);
    void read.finally(() => pending.delete(read));
  };

  const watchPage = async (page: Page) => {
    page.on('response', onResponse);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        record(`### console ${message.type()}`, message.text());
    });
    page.on('pageerror', (error) => record('### page error', `${error.name}: ${error.message}`));
    // SSE frames are invisible to page.on('response'); Chromium's DevTools protocol reports each one.
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.eventSourceMessageReceived', (frame) => record(`${frameMarker}${frame.eventName}`, frame.data));
    await cdp.send('Network.enable');
  };

  const watched = new Map<Page, Promise<void>>();
  const watch = (page: Page) => {
    const done = watched.get(page) ?? watchPage(page);
    watched.set(page, done);
    return done;
  };
  context.pages().forEach((page) => void watch(page));
  context.on('page', (page) => void watch(page));

  return {
    watch,
    settled: async () => {
      await Promise.all(watched.values());
      await Promise.all([...pending]);
    },
  };
}
