import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSession } from './sealed-cookie';
import { parseSessionKeys, processKeyring, type SessionKeyring } from './session-keys';
import { SealedSessions } from './sessions';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** A session that fits in its cookie, as every one in these tests does. */
function created(sessions: SealedSessions, token: string, username: string) {
  const session = sessions.create(token, username);
  if (session === undefined) throw new Error('the session did not fit in its cookie');
  return session;
}

function keyringOf(...keys: string[]): SessionKeyring {
  const parsed = parseSessionKeys(keys.join('\n'), 'test');
  return { sealingKey: () => parsed[0]!, openingKey: (id) => parsed.find((k) => k.id === id) };
}

describe('sealed session cookies', () => {
  it('hold the token encrypted: the cookie shows nothing of it, and another key cannot open it', () => {
    const keys = processKeyring();
    const token = `eyJ${randomBytes(600).toString('base64url')}`;
    const { session, cookie } = created(new SealedSessions(keys), token, 'alice');
    expect(cookie).toMatch(/^v1\.[A-Za-z0-9_-]{8}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    for (const part of [token.slice(0, 12), 'alice', session.id, session.csrfToken]) expect(cookie).not.toContain(part);
    expect(openSession(cookie, keys)).toEqual(session);
    expect(openSession(cookie, processKeyring())).toBeUndefined();
  });

  it('refuses every cookie with one character changed, dropped or added', () => {
    const keys = processKeyring();
    const { cookie } = created(new SealedSessions(keys), 'the-token', 'alice');
    const alphabet = 'ABCabc019_-.';
    fc.assert(
      fc.property(fc.nat(cookie.length - 1), fc.constantFrom(...alphabet), (at, char) => {
        const changed = cookie.slice(0, at) + char + cookie.slice(at + 1);
        fc.pre(changed !== cookie);
        expect(openSession(changed, keys)).toBeUndefined();
        expect(openSession(cookie.slice(0, at) + cookie.slice(at + 1), keys)).toBeUndefined();
        expect(openSession(cookie.slice(0, at) + char + cookie.slice(at), keys)).toBeUndefined();
      }),
      { numRuns: 2_000 },
    );
  });

  it('open with any key of the file, and re-seal with the first', () => {
    const [a, b] = [randomBytes(32).toString('base64'), randomBytes(32).toString('base64')];
    const time = clock();
    const before = new SealedSessions(keyringOf(a), undefined, time.now);
    const { cookie } = created(before, 't', 'u');
    const rotated = new SealedSessions(keyringOf(b, a), undefined, time.now);
    const opened = rotated.open(cookie);
    expect(opened?.username).toBe('u');
    time.advance(60_000);
    const resealed = rotated.touch(opened!).cookie!;
    expect(resealed.split('.')[1]).toBe(keyringOf(b).sealingKey().id);
    expect(new SealedSessions(keyringOf(b), undefined, time.now).open(resealed)?.id).toBe(opened?.id);
    expect(new SealedSessions(keyringOf(b), undefined, time.now).open(cookie)).toBeUndefined();
  });

  it('end when idle (unless re-sealed by activity) and past the absolute limit however busy', () => {
    const time = clock();
    const sessions = new SealedSessions(processKeyring(), { idleMs: 100, absoluteMs: 250 }, time.now);
    const idle = created(sessions, 't', 'u').cookie;
    time.advance(99);
    expect(sessions.open(idle)).toBeDefined();
    time.advance(2);
    expect(sessions.open(idle)).toBeUndefined();

    let busy = created(sessions, 't', 'u').cookie;
    for (let i = 0; i < 4; i++) {
      time.advance(60);
      const opened = sessions.open(busy);
      expect(opened, `after ${(i + 1) * 60} ms`).toBeDefined();
      busy = sessions.touch(opened!).cookie ?? busy;
    }
    time.advance(60);
    expect(sessions.open(busy)).toBeUndefined();
  });

  it('re-seal only once the last touch is a quarter of the idle limit old (at most a minute)', () => {
    const time = clock();
    const sessions = new SealedSessions(processKeyring(), { idleMs: 30 * 60_000, absoluteMs: 8 * 3_600_000 }, time.now);
    const { session } = created(sessions, 't', 'u');
    time.advance(59_999);
    expect(sessions.touch(session).cookie).toBeUndefined();
    time.advance(1);
    expect(sessions.touch(session).session.seenAt).toBe(time.now());
  });

  it('are not made when the cookie would be too big to keep: a token that fits with a short name, with a long one', () => {
    const sessions = new SealedSessions(processKeyring());
    const token = `eyJ${'x'.repeat(2_300)}`;
    expect(sessions.fitsInCookie(token)).toBe(true);
    expect(sessions.create(token, 'system:serviceaccount:team-a:ci')?.cookie.length).toBeLessThanOrEqual(3_896);
    // A ServiceAccount's user name can be 338 characters, an OIDC one longer: only the API server's answer tells.
    expect(sessions.create(token, `system:serviceaccount:team-a:${'n'.repeat(400)}`)).toBeUndefined();
  });

  it('stay refused on this replica once signed out, until they would have expired anyway', () => {
    const sessions = new SealedSessions(processKeyring());
    const { session, cookie } = created(sessions, 't', 'u');
    expect(sessions.isLive(session)).toBe(true);
    sessions.revoke(session);
    expect(sessions.open(cookie)).toBeUndefined();
    expect(sessions.isLive(session)).toBe(false);
  });
});

describe('a token per cluster in the one cookie', () => {
  // A service account token of Kubernetes 1.20 (TokenRequest, one hour) is 878 characters.
  const serviceAccountToken = () => `eyJ${randomBytes(658).toString('base64url')}`.slice(0, 878);
  const user = 'system:serviceaccount:team-a:console-user';

  it('holds the default cluster and one more with service account tokens; a third is refused, not dropped', () => {
    const sessions = new SealedSessions(processKeyring());
    const first = sessions.create(serviceAccountToken(), user);
    if (first === undefined) throw new Error('one token must fit');
    const cluster = 'arn:aws:eks:eu-west-1:123456789012:cluster/prod-1';
    const second = sessions.withCluster(first.session, cluster, serviceAccountToken(), user);
    expect(second?.session.clusters?.[cluster]?.username).toBe(user);
    expect(sessions.open(second?.cookie)?.clusters?.[cluster]?.username).toBe(user);
    const third = second && sessions.withCluster(second.session, `${cluster}-2`, serviceAccountToken(), user);
    expect(third).toBeUndefined();
  });
});
