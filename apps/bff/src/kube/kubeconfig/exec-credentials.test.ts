import { describe, expect, it } from 'vitest';
import { execCacheKey, execCredential } from './exec-credentials';
import type { ExecCredentialStatus } from './exec-info';

let keys = 0;
const freshKey = () => execCacheKey({ command: `plugin-${++keys}` }, '{}');

/** A plugin run the test finishes by hand, counting how often it was started. */
function controlledRun() {
  let runs = 0;
  const pending: { resolve: (status: ExecCredentialStatus) => void; reject: (error: Error) => void }[] = [];
  const run = () => {
    runs++;
    return new Promise<ExecCredentialStatus>((resolve, reject) => pending.push({ resolve, reject }));
  };
  return {
    run,
    runs: () => runs,
    finish: (status: ExecCredentialStatus) => pending.shift()?.resolve(status),
    fail: (error: Error) => pending.shift()?.reject(error),
  };
}

describe('execCredential', () => {
  it('runs the plugin once for 20 requests waiting at the same time, and gives all of them its credential', async () => {
    const key = freshKey();
    const plugin = controlledRun();
    const waiting = Array.from({ length: 20 }, () => execCredential(key, plugin.run));
    plugin.finish({ token: 'one' });
    expect((await Promise.all(waiting)).map((s) => s.token)).toEqual(Array(20).fill('one'));
    expect(plugin.runs()).toBe(1);
  });

  it('keeps the credential until its expirationTimestamp, then runs once more for everyone waiting', async () => {
    const key = freshKey();
    const plugin = controlledRun();
    let now = Date.parse('2030-01-01T00:00:00Z');
    const first = execCredential(key, plugin.run, () => now);
    plugin.finish({ token: 'first', expirationTimestamp: '2030-01-01T00:10:00Z' });
    await first;
    now += 9 * 60_000;
    expect((await execCredential(key, plugin.run, () => now)).token).toBe('first');
    now += 60_000;
    const after = Array.from({ length: 20 }, () => execCredential(key, plugin.run, () => now));
    plugin.finish({ token: 'second' });
    expect(new Set((await Promise.all(after)).map((s) => s.token))).toEqual(new Set(['second']));
    expect(plugin.runs()).toBe(2);
  });

  it('shares a failure with everyone who waited for that run, and runs again on the next request', async () => {
    const key = freshKey();
    const plugin = controlledRun();
    const waiting = [execCredential(key, plugin.run), execCredential(key, plugin.run)];
    plugin.fail(new Error('run aws sso login'));
    for (const result of await Promise.allSettled(waiting)) expect(result.status).toBe('rejected');
    const retry = execCredential(key, plugin.run);
    plugin.finish({ token: 'after login' });
    expect((await retry).token).toBe('after login');
    expect(plugin.runs()).toBe(2);
  });

  it('keys by the whole exec stanza and what the plugin is told about the cluster', () => {
    const exec = { command: 'aws', args: ['eks', 'get-token'] };
    expect(execCacheKey(exec, '{}')).toBe(execCacheKey({ ...exec }, '{}'));
    expect(execCacheKey(exec, '{}')).not.toBe(
      execCacheKey({ ...exec, args: ['eks', 'get-token', '--role', 'x'] }, '{}'),
    );
    expect(execCacheKey(exec, '{}')).not.toBe(execCacheKey(exec, '{"spec":{"cluster":{"server":"https://b"}}}'));
  });
});
