import { describe, expect, it } from 'vitest';
import { execCacheKey, execCredential, firstBackOffMs } from './exec-credentials';
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

  it('shares a failure with everyone who waited for that run, and runs again on the first request after its back-off', async () => {
    const key = freshKey();
    const plugin = controlledRun();
    let now = Date.parse('2030-01-01T00:00:00Z');
    const clock = () => now;
    const waiting = [execCredential(key, plugin.run, clock), execCredential(key, plugin.run, clock)];
    plugin.fail(new Error('run aws sso login'));
    for (const result of await Promise.allSettled(waiting)) expect(result.status).toBe('rejected');
    now += firstBackOffMs;
    const retry = execCredential(key, plugin.run, clock);
    plugin.finish({ token: 'after login' });
    expect((await retry).token).toBe('after login');
    expect(plugin.runs()).toBe(2);
  });

  it('keeps a failure for a back-off of 2 s, doubling up to 60 s: requests within it get the same error, no run', async () => {
    const key = freshKey();
    const plugin = controlledRun();
    let now = Date.parse('2030-01-01T00:00:00Z');
    const clock = () => now;
    const failedAt: number[] = [];
    let attempt = execCredential(key, plugin.run, clock);
    for (let failure = 0; failure < 8; failure++) {
      plugin.fail(new Error('run aws sso login'));
      await expect(attempt).rejects.toThrow('run aws sso login');
      failedAt.push(now);
      const runs = plugin.runs();
      // A request every 500 ms gets the kept error without a run, until the first one after the back-off runs it.
      for (;;) {
        now += 500;
        attempt = execCredential(key, plugin.run, clock);
        if (plugin.runs() > runs) break;
        await expect(attempt).rejects.toThrow('run aws sso login');
      }
    }
    plugin.finish({ token: 'after login' });
    expect((await attempt).token).toBe('after login');
    expect(failedAt.slice(1).map((at, i) => at - (failedAt[i] ?? 0))).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);
    expect(plugin.runs()).toBe(9);
  });

  it('forgets the back-off after a success: the next failure is kept 2 s again', async () => {
    const key = freshKey();
    const plugin = controlledRun();
    let now = Date.parse('2030-01-01T00:00:00Z');
    const clock = () => now;
    for (const wait of [0, firstBackOffMs]) {
      now += wait;
      const attempt = execCredential(key, plugin.run, clock);
      plugin.fail(new Error('run aws sso login'));
      await expect(attempt).rejects.toThrow();
    }
    now += 2 * firstBackOffMs;
    const success = execCredential(key, plugin.run, clock);
    plugin.finish({ token: 'ok', expirationTimestamp: '2030-01-01T00:00:10Z' });
    await success;
    now = Date.parse('2030-01-01T00:00:10Z');
    const expired = execCredential(key, plugin.run, clock);
    plugin.fail(new Error('expired again'));
    await expect(expired).rejects.toThrow('expired again');
    now += firstBackOffMs - 1;
    await expect(execCredential(key, plugin.run, clock)).rejects.toThrow('expired again');
    expect(plugin.runs()).toBe(4);
    now += 1;
    const next = execCredential(key, plugin.run, clock);
    expect(plugin.runs()).toBe(5);
    plugin.finish({ token: 'again' });
    expect((await next).token).toBe('again');
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
