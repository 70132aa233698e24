// The network drops the BFF's watch connections: the stream reconnects by itself, and while the API server stays
// unreachable the BFF backs off instead of hammering it.
import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { eventually } from '../testing/cluster';
import { connectStream } from '../testing/sse-client';
import { createSecret, proxiedFaultSuite, streamedSecrets } from './fault-bff';

describe('dropped watch connections', () => {
  const suite = proxiedFaultSuite('bff-dropped');

  it('reconnects after its upstream connections are killed and delivers a change made afterwards', async () => {
    const { proxy, bff } = suite.started();
    const stream = connectStream(bff.server, suite.namespace);
    await createSecret(suite.namespace, 'before');
    await eventually('the first secret on the stream', () =>
      streamedSecrets(stream).includes('before') ? true : undefined,
    );
    await eventually('all five watches open', () =>
      bff.logLines('watch opened').length >= bff.hub.watchCount ? true : undefined,
    );
    const opened = bff.logLines('watch opened').length;

    proxy.dropConnections();
    await createSecret(suite.namespace, 'after');
    await eventually('the secret made after the drop on the stream', () =>
      streamedSecrets(stream).includes('after') ? true : undefined,
    );
    // Each of the stream's watches opened again, from its resourceVersion: no relist was needed.
    expect(bff.logLines('watch opened').length).toBeGreaterThanOrEqual(opened + bff.hub.watchCount);
    expect(bff.logLines('listing')).toHaveLength(bff.hub.watchCount);
    expect(stream.ended()).toBe(false);
    stream.close();
  });

  it('backs off while the API server stays unreachable: a handful of attempts per watch in 10 s, not one a second', async () => {
    const { proxy, bff } = suite.started();
    const stream = connectStream(bff.server, suite.namespace);
    await eventually('the stream listing secrets', () =>
      streamedSecrets(stream).includes('after') ? true : undefined,
    );
    const watches = bff.hub.watchCount;

    proxy.refuse();
    const from = Date.now();
    await sleep(10_000);
    const attempts = proxy.connections().filter((c) => c.refused && c.openedAt >= from).length;
    await proxy.restore();
    // Retries 1, 2, 4, 8 s apart: 3 per watch in 10 s (measured: 15 for 5 watches); without back-off it would be 10.
    expect(attempts).toBeGreaterThanOrEqual(3);
    expect(attempts).toBeLessThanOrEqual(5 * watches);
    expect(stream.messages.some((m) => m.kind === 'status' && m.state === 'reconnecting')).toBe(true);

    await createSecret(suite.namespace, 'after-outage');
    await eventually(
      'the stream back after the refusal',
      () => (streamedSecrets(stream).includes('after-outage') ? true : undefined),
      60_000,
    );
    stream.close();
  });
});
