// The schedule itself runs a CronJob: the controller makes a Job at its minute, and the CronJob's page lists it. The
// CronJob is made by global setup when the run starts (scheduled-cronjob-setup.ts), so its minute has usually passed.
import request from 'supertest';
import { cronJobDetail } from '@berth/contracts';
import { describe, expect, inject, it } from 'vitest';
import { eventually, kubectl, testApp } from '../../testing/cluster';

const { namespace, name, createdAt } = inject('scheduledCronJob');
const { app } = testApp();

describe('a CronJob every minute', () => {
  it('gets a Job from the controller at its minute, not a manual one, listed on its page', async () => {
    // The next whole minute after creation, plus the 1.20 controller's 10 s between looks, plus slack.
    const firstMinute = Math.ceil(createdAt / 60_000) * 60_000;
    const deadline = firstMinute + 10_000 + 30_000;
    const job = await eventually(
      'a scheduled Job listed on the CronJob',
      async () => {
        const res = await request(app).get(`/api/namespaces/${namespace}/cronjobs/${name}`).expect(200);
        return cronJobDetail.parse(res.body).jobs[0];
      },
      Math.max(deadline - Date.now(), 1_000),
    );
    // The controller names each run `<cronjob>-<scheduled minutes since the epoch>`.
    expect(job.name).toMatch(new RegExp(`^${name}-\\d+$`));
    const minutes = Number(job.name.slice(name.length + 1));
    expect(minutes * 60_000).toBeGreaterThanOrEqual(firstMinute);
    const made = JSON.parse(await kubectl(['-n', namespace, 'get', 'job', job.name, '-o', 'json'])) as {
      metadata: { annotations?: Record<string, string>; ownerReferences: { kind: string; controller?: boolean }[] };
    };
    expect(made.metadata.annotations?.['cronjob.kubernetes.io/instantiate']).toBeUndefined();
    expect(made.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'CronJob', controller: true })]);
  });
});
