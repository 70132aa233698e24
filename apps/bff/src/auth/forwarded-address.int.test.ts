// The sign-in throttle's client address with --trusted-proxy, against the real API server: X-Forwarded-For moves the
// key only when a trusted proxy sends it; from anyone else a spoofed header changes nothing.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, signInFrom, tokenApp } from '../testing/signed-in';

const perAddress = 3;
let server: Server;
let url: string;

/** Three wrong tokens from `localAddress`, each with the X-Forwarded-For `forwardedFor(i)` gives; all must be judged (401). */
async function failThrice(localAddress: string, forwardedFor: (i: number) => string): Promise<void> {
  for (let i = 0; i < perAddress; i++) {
    const { status } = await signInFrom(url, localAddress, 'wrong', { 'X-Forwarded-For': forwardedFor(i) });
    expect(status).toBe(401);
  }
}

const wrongFrom = async (localAddress: string, forwardedFor: string) =>
  (await signInFrom(url, localAddress, 'wrong', { 'X-Forwarded-For': forwardedFor })).status;

describe('the sign-in throttle behind --trusted-proxy 127.0.0.2', () => {
  beforeAll(async () => {
    const { app } = tokenApp({
      signInLimits: { perAddress, overall: 100, windowMs: 5 * 60_000 },
      ingress: { basePath: '/', trustedProxies: ['127.0.0.2'] },
    });
    ({ server, url } = await listen(app));
  });
  afterAll(() => {
    server.close();
  });

  it('from an untrusted address a spoofed X-Forwarded-For does not change the key: a fresh one each time is still 429', async () => {
    await failThrice('127.0.0.3', (i) => `198.51.100.${i + 1}`);
    expect(await wrongFrom('127.0.0.3', '198.51.100.200')).toBe(429);
    expect(await wrongFrom('127.0.0.3', '127.0.0.9')).toBe(429);
  });

  it("from the trusted proxy the forwarded client is the key: one client's budget, not the proxy's", async () => {
    await failThrice('127.0.0.2', () => '203.0.113.7');
    expect(await wrongFrom('127.0.0.2', '203.0.113.7')).toBe(429);
    // Another client behind the same proxy has its own budget, and so has the proxy's address itself.
    expect(await wrongFrom('127.0.0.2', '203.0.113.8')).toBe(401);
    expect(await wrongFrom('127.0.0.2', '10.9.9.9, 203.0.113.9')).toBe(401);
  });

  it('a client cannot hide behind an entry it adds itself: the nearest untrusted address counts', async () => {
    // The proxy appends the client's real address; what the client wrote before it is not believed.
    await failThrice('127.0.0.2', (i) => `192.0.2.${i + 1}, 203.0.113.20`);
    expect(await wrongFrom('127.0.0.2', '192.0.2.99, 203.0.113.20')).toBe(429);
  });
});
