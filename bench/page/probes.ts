// Probes installed in Chromium before the console's own scripts: when rows and values first show, and every long task.
// Injected as a classic script (Node strips the types and the type-only import), so only erasable syntax and no exports.

import type { BerthProbes, LongTask } from './probe-shape';

const berthFirstRows = new Map<string, number>();
const berthLongTasks: LongTask[] = [];
const berthSeen: Record<string, number> = {};

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) berthLongTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

// Observing the document itself works before <body> exists; one check per batch of mutations is cheap.
new MutationObserver(() => {
  for (const table of document.querySelectorAll('table[aria-label]')) {
    const label = table.getAttribute('aria-label') ?? '';
    if (!berthFirstRows.has(label) && table.querySelector('tbody tr td')) berthFirstRows.set(label, performance.now());
  }
}).observe(document, { subtree: true, childList: true });

function berthWatchCell(selector: string): void {
  const look = (): void => {
    const text = document.querySelector(selector)?.textContent;
    if (text && berthSeen[text] === undefined) berthSeen[text] = performance.timeOrigin + performance.now();
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
  look();
}

function berthResponseEnd(path: string): number | undefined {
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return entries.find((e) => new URL(e.name).pathname === path)?.responseEnd;
}

async function berthScrollToBottom(table: string): Promise<[number, number]> {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  // Tables under the windowing threshold are whole in the page, which scrolls instead.
  const region =
    document.querySelector<HTMLElement>(`[role="region"][aria-label="${table}, scrollable"]`) ??
    document.scrollingElement;
  if (!region) throw new Error(`nothing to scroll for the ${table} table`);
  const start = performance.now();
  while (region.scrollTop + region.clientHeight < region.scrollHeight - 1 && performance.now() - start < 20_000) {
    region.scrollTop += region.clientHeight;
    await nextFrame();
  }
  // A last frame and a pause, so the final window renders and a long task it causes is recorded.
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 200));
  return [start, performance.now()];
}

function berthShowsRunning(): boolean {
  const status = document.querySelector('.status')?.textContent ?? '';
  const readyTerm = [...document.querySelectorAll('dt')].find((dt) => dt.textContent === 'Pods (READY)');
  return status.startsWith('Running') && readyTerm?.nextElementSibling?.textContent === '1/1';
}

function berthRowShowsRunning(name: string): boolean {
  for (const row of document.querySelectorAll('table[aria-label="Workloads"] tbody tr')) {
    const cells = row.querySelectorAll('td');
    if (cells[0]?.textContent !== name) continue;
    return (cells[1]?.textContent ?? '').startsWith('Running') && cells[2]?.textContent === '1/1';
  }
  return false;
}

// Item 12: from a selector's choice (its change event, caught before React's) to a row named `row` in the table.
const berthSwitch: { chosenAt?: number; shownAfter?: number } = {};

function berthArmSwitch(table: string, row: string): void {
  delete berthSwitch.chosenAt;
  delete berthSwitch.shownAfter;
  document.addEventListener('change', () => (berthSwitch.chosenAt = performance.now()), { capture: true, once: true });
  const shows = (): boolean =>
    [...document.querySelectorAll(`table[aria-label="${table}"] tbody tr td:first-child`)].some(
      (cell) => cell.textContent === row,
    );
  const observer = new MutationObserver(() => {
    if (berthSwitch.chosenAt === undefined || !shows()) return;
    berthSwitch.shownAfter = performance.now() - berthSwitch.chosenAt;
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

const berthProbes: BerthProbes = {
  longTasks: berthLongTasks,
  firstRowAt: (table) => berthFirstRows.get(table),
  seen: berthSeen,
  watchCell: berthWatchCell,
  responseEnd: berthResponseEnd,
  scrollToBottom: berthScrollToBottom,
  showsRunning: berthShowsRunning,
  rowShowsRunning: berthRowShowsRunning,
  armSwitch: berthArmSwitch,
  switchShownAfter: () => berthSwitch.shownAfter,
};
Object.assign(window, { berthProbes });
