// Failed sign-ins against the real API server: throttled per address and overall, never locking out a right token for good.
import request from 'supertest';
import { apiError } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import { adminToken, listen, signInFrom, tokenApp } from '../testing/signed-in';

const json = { 'Content-Type': 'application/json' };
const windowMs = 5 * 60_000;

/** A clock the test moves, so "after the window" needs no sleep. */
function testClock() {
  let now = Date.now();
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('throttling failed sign-ins', () => {
  it('answers 429 with Retry-After once an address has spent its budget, even to a burst of 40 at once', async () => {
    const clock = testClock();
    const { app } = tokenApp({ signInLimits: { perAddress: 10, overall: 100, windowMs, now: clock.now } });
    const { server, url } = await listen(app);
    try {
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          request(server)
            .post('/api/session')
            .set(json)
            .send({ token: `wrong-token-${i}` }),
        ),
      );
      const statuses = answers.map((res) => res.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(30);
      const refused = answers.find((res) => res.status === 429);
      expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(windowMs / 1000 - 5);
      expect(Number(refused?.headers['retry-after'])).toBeLessThanOrEqual(windowMs / 1000);
      expect(apiError.parse(refused?.body).message).toMatch(
        /^Too many failed sign-ins from your address; try again in \d+ s$/,
      );
      expect(refused?.headers['set-cookie']).toBeUndefined();

      // The address that failed waits, even with the right token; another client is not held up by it.
      await request(server).post('/api/session').set(json).send({ token: adminToken() }).expect(429);
      expect((await signInFrom(url, '127.0.0.2', adminToken())).status).toBe(201);

      // Once the failures leave the window, the right token works again from the address that made them.
      clock.advance(windowMs + 1);
      await request(server).post('/api/session').set(json).send({ token: adminToken() }).expect(201);
    } finally {
      server.close();
    }
  });

  it('never counts a right token: 9 failures, any number of good sign-ins, one more failure still a 401', async () => {
    const { app } = tokenApp({ signInLimits: { perAddress: 10, overall: 100, windowMs } });
    for (let i = 0; i < 9; i++) await request(app).post('/api/session').set(json).send({ token: 'wrong' }).expect(401);
    for (let i = 0; i < 5; i++)
      await request(app).post('/api/session').set(json).send({ token: adminToken() }).expect(201);
    await request(app).post('/api/session').set(json).send({ token: 'wrong' }).expect(401);
    await request(app).post('/api/session').set(json).send({ token: 'wrong' }).expect(429);
  });

  it('once all addresses together spent the overall budget, each address may fail once a window; a clean one still signs in', async () => {
    const clock = testClock();
    const { app } = tokenApp({ signInLimits: { perAddress: 10, overall: 15, windowMs, now: clock.now } });
    const { server, url } = await listen(app);
    try {
      for (let i = 0; i < 10; i++) expect((await signInFrom(url, '127.0.0.2', 'wrong')).status).toBe(401);
      for (let i = 0; i < 5; i++) expect((await signInFrom(url, '127.0.0.3', 'wrong')).status).toBe(401);
      // The storm: 127.0.0.3 has failed in this window, so it waits though under its own budget.
      const held = await signInFrom(url, '127.0.0.3', adminToken());
      expect(held.status).toBe(429);
      expect(Number(held.retryAfter)).toBeGreaterThan(0);
      // An address with no failure signs in; its first wrong token is judged, its second waits.
      expect((await signInFrom(url, '127.0.0.4', adminToken())).status).toBe(201);
      expect((await signInFrom(url, '127.0.0.4', 'wrong')).status).toBe(401);
      expect((await signInFrom(url, '127.0.0.4', 'wrong')).status).toBe(429);
      // One window after its own last failure, 127.0.0.3 signs in whatever others did meanwhile.
      clock.advance(windowMs + 1);
      expect((await signInFrom(url, '127.0.0.3', adminToken())).status).toBe(201);
    } finally {
      server.close();
    }
  });
});
