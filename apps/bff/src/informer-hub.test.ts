import { describe, expect, it } from 'vitest';
import { InformerHub } from './informer-hub';
import { connectKubernetes } from './kubernetes';
import { captureLogs } from './testing/log-capture';
import { unreachableKubeConfig } from './testing/unreachable-cluster';

describe('InformerHub without a reachable API server', () => {
  it('keeps retrying with back-off instead of giving up, and stops the watch with its last listener', { timeout: 10_000 }, async () => {
    const logs = captureLogs();
    const hub = new InformerHub(logs.logger);
    const identity = { key: 'kubeconfig', kubernetes: connectKubernetes(unreachableKubeConfig()) };
    const states: string[] = [];
    const listener = { change: () => undefined, status: (state: string, message?: string) => states.push(`${state}: ${message ?? ''}`) };
    const unsubscribe = hub.subscribe(identity, 'pods', 'default', listener);
    const unsubscribeAgain = hub.subscribe(identity, 'pods', 'default', { ...listener });
    expect(hub.watchCount).toBe(1);
    await expect.poll(() => states.filter((s) => s.startsWith('reconnecting')).length, { timeout: 6_000 }).toBeGreaterThanOrEqual(3);
    expect(states).toContain('reconnecting: Watching pods failed; retrying in 1 s');
    expect(states).toContain('reconnecting: Watching pods failed; retrying in 2 s');
    expect(states).not.toContain('connected: ');
    unsubscribe();
    expect(hub.watchCount).toBe(1);
    unsubscribeAgain();
    expect(hub.watchCount).toBe(0);
    expect(logs.text()).toContain('watch failed; retrying');
  });
});
