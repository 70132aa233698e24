import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import type { JsonOf } from '../../kube/list-json';
import { toPodDetail } from './pod-detail';

const pod: JsonOf<V1Pod> = {
  metadata: { name: 'web-1', namespace: 'team-a', creationTimestamp: '2026-12-01T10:00:00Z' },
  spec: { containers: [{ name: 'app', image: 'nginx' }] },
  status: { phase: 'Pending' },
};

const event = (reason: string, lastTimestamp: string, count = 1): JsonOf<CoreV1Event> => ({
  metadata: { name: `web-1.${reason}` },
  involvedObject: { kind: 'Pod', name: 'web-1' },
  reason,
  message: reason,
  type: 'Normal',
  count,
  lastTimestamp,
});

describe('toPodDetail', () => {
  it('orders events as the workload page does: last seen, then count, then the reverse of the order they were made', () => {
    // The API server lists one object's events in the order they were made: Scheduled, Pulling, Pulled, Created.
    const events = [
      event('Scheduled', '2026-12-01T10:00:01Z'),
      event('Pulling', '2026-12-01T10:00:01Z'),
      event('Pulled', '2026-12-01T10:00:01Z'),
      event('BackOff', '2026-12-01T10:00:00Z', 3),
      event('Created', '2026-12-01T10:00:02Z'),
    ];
    expect(toPodDetail(pod, events).events.map((e) => e.reason)).toEqual([
      'Created',
      'Pulled',
      'Pulling',
      'Scheduled',
      'BackOff',
    ]);
  });
});
