import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { withUpLock } from './up-lock';

describe('withUpLock', () => {
  it('runs one holder at a time', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'berth-lock-'));
    const events: string[] = [];
    const holder = (name: string) =>
      withUpLock(
        root,
        () => undefined,
        async () => {
          events.push(`${name} in`);
          await sleep(100);
          events.push(`${name} out`);
        },
      );
    // Same process, so the second sees a live holder (our pid) and waits.
    await Promise.all([holder('a'), sleep(10).then(() => holder('b'))]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
  });

  it('takes over the lock of a holder that died', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'berth-lock-'));
    writeFileSync(path.join(root, 'up.lock'), '999999999\n');
    await expect(
      withUpLock(
        root,
        () => undefined,
        () => Promise.resolve('ran'),
        2000,
      ),
    ).resolves.toBe('ran');
  });
});
