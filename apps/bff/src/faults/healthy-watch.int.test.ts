// A quiet, healthy watch is kept: client-node's own 30 s inactivity timeout used to tear every quiet watch down and
// rebuild it; now the API server ends a watch only after the 5-10 minutes the BFF asked for.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { eventually } from '../testing/cluster';
import { connectStream } from '../testing/sse-client';
import { proxiedFaultSuite } from './fault-bff';

describe('a quiet, healthy watch', () => {
  const suite = proxiedFaultSuite('bff-quiet');

  it(
    "keeps every watch open past client-node's 30 s inactivity timeout: no reconnect, no relist",
    { timeout: 80_000 },
    async () => {
      const { proxy, bff } = suite.started();
      const stream = connectStream(bff.server, suite.namespace);
      const watches = 10; // one per kind the stream carries (nine workload-related kinds and Services)
      await eventually('every watch open', () => (bff.logLines('watch opened').length >= watches ? true : undefined));
      // Lists finish and their idle keep-alive connections close within seconds; the watches' connections stay.
      await sleep(5_000);
      const quietFrom = Date.now();
      // Every watch opened at least 5 s before quietFrom: client-node's 30 s abort, had it stayed, would fall 5 s or
      // more before quietTo, and its reconnect inside the quiet.
      await sleep(30_000);
      const quietTo = Date.now();

      const connections = proxy.connections();
      const openedWhileQuiet = connections.filter((c) => c.openedAt >= quietFrom);
      const openThroughout = connections.filter(
        (c) => c.openedAt < quietFrom && (c.closedAt === undefined || c.closedAt >= quietTo),
      );
      expect(openedWhileQuiet).toEqual([]);
      // One connection per watch, or a single one when HTTP/2 multiplexes them: either way it lived through the quiet.
      expect(openThroughout.length).toBeGreaterThanOrEqual(1);
      expect(openThroughout.length).toBeLessThanOrEqual(watches);
      // The watch's own account agrees: each watch was opened once, listed once, and never ended.
      expect(bff.logLines('watch opened')).toHaveLength(watches);
      expect(bff.logLines('listing')).toHaveLength(watches);
      expect(bff.logLines('watch closed by the API server; resuming')).toEqual([]);
      expect(bff.logLines('watch failed; retrying')).toEqual([]);
      expect(bff.hub.watchCount).toBe(watches);
      expect(stream.ended()).toBe(false);
      stream.close();
    },
  );
});
