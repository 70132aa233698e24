import { describe, expect, it } from 'vitest';
import { SessionStore } from './session-store';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('SessionStore', () => {
  it('gives each session a random 256-bit id and finds it by that id only', () => {
    const store = new SessionStore();
    const a = store.create('token-a', 'alice');
    const b = store.create('token-b', 'bob');
    expect(Buffer.from(a.id, 'base64url')).toHaveLength(32);
    expect(a.id).not.toBe(b.id);
    expect(store.find(a.id)?.username).toBe('alice');
    expect(store.find(b.id)?.token).toBe('token-b');
    expect(store.find(`${a.id}x`)).toBeUndefined();
    expect(store.find(undefined)).toBeUndefined();
  });

  it('ends a session left idle, and one older than the absolute limit however busy', () => {
    const time = clock();
    const store = new SessionStore({ idleMs: 100, absoluteMs: 250 }, time.now);
    const idle = store.create('t', 'u');
    time.advance(99);
    expect(store.find(idle.id)).toBeDefined();
    time.advance(100);
    expect(store.find(idle.id)).toBeUndefined();

    const busy = store.create('t', 'u');
    for (let i = 0; i < 4; i++) {
      time.advance(60);
      expect(store.find(busy.id), `after ${(i + 1) * 60} ms`).toBeDefined();
    }
    time.advance(60);
    expect(store.find(busy.id)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('forgets a deleted session at once', () => {
    const store = new SessionStore();
    const session = store.create('t', 'u');
    expect(store.isLive(session)).toBe(true);
    store.delete(session.id);
    expect(store.find(session.id)).toBeUndefined();
    expect(store.isLive(session)).toBe(false);
  });
});
