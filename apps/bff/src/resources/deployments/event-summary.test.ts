import type { EventSummary } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import { newestEventsFirst } from './event-summary';

const event = (reason: string, lastSeen: string, count = 1): EventSummary => ({
  type: 'Normal',
  reason,
  message: reason,
  object: { kind: 'Pod', name: 'web-1' },
  count,
  lastSeen,
});

describe('newestEventsFirst', () => {
  it('orders by last seen, then by count, then the reverse of the order they were listed in', () => {
    const second = '2026-01-01T00:00:05.000Z';
    // As the API server lists one pod's events: by name, which carries the time each was made.
    const listed = [
      event('Scheduled', '2026-01-01T00:00:04.000Z'),
      event('Pulling', second),
      event('Failed', second),
      event('BackOff', second, 2),
      event('Pulling again', '2026-01-01T00:00:06.000Z'),
    ];
    expect(newestEventsFirst(listed).map((e) => e.reason)).toEqual([
      'Pulling again',
      'BackOff',
      'Failed',
      'Pulling',
      'Scheduled',
    ]);
  });

  it('puts events with an empty last seen last, whatever their count, in one consistent order', () => {
    const listed = [
      event('Old', '2026-01-01T00:00:01.000Z'),
      event('Unseen', '', 9),
      event('New', '2026-01-01T00:00:09.000Z'),
      event('Middle', '2026-01-01T00:00:05.000Z'),
    ];
    expect(newestEventsFirst(listed).map((e) => e.reason)).toEqual(['New', 'Middle', 'Old', 'Unseen']);
    expect(newestEventsFirst([...listed].reverse()).map((e) => e.reason)).toEqual(['New', 'Middle', 'Old', 'Unseen']);
  });
});
