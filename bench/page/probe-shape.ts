// What the in-page probes (probes.ts) offer, for them and for the benchmarks that call them: types only, no DOM.
export interface LongTask {
  start: number;
  duration: number;
}

export interface BerthProbes {
  longTasks: LongTask[];
  /** Page time (ms since navigation) when the first data row of the table labelled `table` showed. */
  firstRowAt: (table: string) => number | undefined;
  /** Wall-clock ms when each text first showed in the cell `selector` (set up with watchCell). */
  seen: Record<string, number>;
  watchCell: (selector: string) => void;
  /** Page time when the list response for `path` finished. */
  responseEnd: (path: string) => number | undefined;
  /** Scrolls the table's region to its bottom a screenful per frame; answers [start, end] page times. */
  scrollToBottom: (table: string) => Promise<[number, number]>;
  /** The workload detail page reads Running with Pods (READY) 1/1. */
  showsRunning: () => boolean;
  /** The Workloads table's row of `name` reads Running with Pods (READY) 1/1. */
  rowShowsRunning: (name: string) => boolean;
  /** Starts timing the next change event (a selector's choice) until the table labelled `table` shows a row `row`. */
  armSwitch: (table: string, row: string) => void;
  /** Ms from that choice to that row, once it showed. */
  switchShownAfter: () => number | undefined;
}
