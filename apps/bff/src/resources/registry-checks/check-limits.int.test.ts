// Issue 14: a burst of checks against a hanging registry opens only a few outgoing connections, and retyping a registry's
// address buys no more refused logins.
import request from 'supertest';
import { apiError, registryCheckResult } from '@berth/contracts';
import { checkCredentials, checkManifest } from '@berth/registry';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { adminKubeConfig } from '../../testing/cluster';
import { hangingRegistry, refusingRegistry, type HostileServer } from '../../testing/hostile-registry';
import { captureLogs } from '../../testing/log-capture';
import { listen } from '../../testing/signed-in';

const json = { 'Content-Type': 'application/json' };
// Short timeouts, so the queued checks get their turn within the test; long enough to count the first wave while it hangs.
const registry = {
  checkCredentials: (options: Parameters<typeof checkCredentials>[0]) =>
    checkCredentials({ ...options, timeoutMs: 5_000 }),
  checkManifest: (options: Parameters<typeof checkManifest>[0]) => checkManifest({ ...options, timeoutMs: 5_000 }),
};
const servers: HostileServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

describe('outgoing registry checks', () => {
  it('300 checks at once against a hanging registry: 16 connections, 32 queued, the rest turned away at once with 503', async () => {
    const hanging = await hangingRegistry();
    servers.push(hanging);
    const { server, url } = await listen(
      createApp({ kubeConfig: adminKubeConfig(), logger: captureLogs().logger, registry }),
    );
    try {
      const body = JSON.stringify({ server: hanging.address, username: 'u', password: 'p' });
      let turnedAway = 0;
      const answers = Array.from({ length: 300 }, async () => {
        const res = await fetch(`${url}/api/registry-checks`, { method: 'POST', headers: json, body });
        const answer: unknown = await res.json();
        if (res.status === 503) turnedAway++;
        return { status: res.status, body: answer };
      });
      // Every request has reached the route once the overflow is answered; the first 16 still hang (5 s timeout).
      await expect.poll(() => turnedAway, { timeout: 4_000 }).toBe(252);
      await expect.poll(() => hanging.connections().open, { timeout: 4_000 }).toBe(16);
      expect(hanging.connections()).toEqual({ open: 16, max: 16, total: 16 });
      const settled = await Promise.all(answers);
      // The queue got its turn, 16 at a time: three waves of timeouts, nothing more went out.
      expect(hanging.connections().total).toBe(48);
      for (const answer of settled) {
        if (answer.status === 200) expect(registryCheckResult.parse(answer.body).outcome).toBe('unreachable');
        else expect(apiError.parse(answer.body)).toMatchObject({ status: 503, reason: 'ServiceUnavailable' });
      }
      expect(settled.filter((a) => a.status === 200)).toHaveLength(48);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('counts refusals per registry however its address is written: localhost:P, http://127.0.0.1:P and 127.0.0.1:P/ are one', async () => {
    const refusing = await refusingRegistry('127.0.0.1');
    servers.push(refusing);
    const app = createApp({ kubeConfig: adminKubeConfig(), logger: captureLogs().logger, registry });
    const check = (server: string) =>
      request(app).post('/api/registry-checks').set(json).send({ server, username: 'retyped', password: 'wrong' });
    const spellings = [
      `localhost:${refusing.port}`,
      `http://127.0.0.1:${refusing.port}`,
      `127.0.0.1:${refusing.port}/`,
      `LOCALHOST:${refusing.port}`,
    ];
    // Five refusals in all, the budget for one registry and user, then every spelling is held back.
    for (const server of [...spellings, `localhost:${refusing.port}`]) {
      expect(registryCheckResult.parse((await check(server).expect(200)).body).outcome, server).toBe('unauthorized');
    }
    for (const server of spellings)
      expect(apiError.parse((await check(server).expect(429)).body).reason, server).toBe('TooManyRequests');
    expect(refusing.received).toHaveLength(10);
  });
});
