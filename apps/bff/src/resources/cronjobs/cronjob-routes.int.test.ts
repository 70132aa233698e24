import request from 'supertest';
import { stringify } from 'yaml';
import { cronJobDetail, cronJobList } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cronJobGroupVersion } from '../../kube/cronjob-version';
import { adminKubeConfig, kubectl, testApp, testNamespace } from '../../testing/cluster';

// kube-apiserver 1.20 serves CronJobs only as batch/v1beta1. Nothing here waits for a controller to run them.
const namespace = testNamespace('kinds-api-cj');
const { app } = testApp();
const base = `/api/namespaces/${namespace.name}/cronjobs`;
const json = { 'Content-Type': 'application/json' };
const cronJob = (name: string, apiVersion: string) => ({
  apiVersion,
  kind: 'CronJob',
  metadata: { name },
  spec: {
    schedule: '*/5 * * * *',
    concurrencyPolicy: 'Forbid',
    jobTemplate: {
      spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox:1.36' }] } } },
    },
  },
});

describe('cronjob routes on kube-apiserver 1.20', () => {
  beforeAll(namespace.create);
  afterAll(namespace.remove);

  it('discovers batch/v1beta1 as the version this API server serves CronJobs in', async () => {
    expect(await cronJobGroupVersion(adminKubeConfig())).toBe('batch/v1beta1');
  });

  it('creates CronJobs written as batch/v1 and as batch/v1beta1, lists, reads their Jobs, suspends and deletes', async () => {
    for (const [name, version] of [
      ['nightly', 'batch/v1'],
      ['hourly', 'batch/v1beta1'],
    ] as const) {
      const body = { manifest: stringify(cronJob(name, version)) };
      await request(app).post(`${base}?dryRun=All`).set(json).send(body).expect(200);
      const created = await request(app).post(base).set(json).send(body).expect(201);
      expect(created.body).toMatchObject({
        name,
        schedule: '*/5 * * * *',
        suspend: false,
        active: 0,
        status: 'Scheduled',
      });
    }
    const list = cronJobList.parse((await request(app).get(base).expect(200)).body);
    expect(list.items.map((c) => [c.name, c.concurrencyPolicy])).toEqual([
      ['hourly', 'Forbid'],
      ['nightly', 'Forbid'],
    ]);

    // A Job the CronJob controller would have made: owned by the CronJob's uid.
    const uid = (
      await kubectl(['-n', namespace.name, 'get', 'cronjob', 'nightly', '-o', 'jsonpath={.metadata.uid}'])
    ).trim();
    const run = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name: 'nightly-1',
        ownerReferences: [{ apiVersion: 'batch/v1beta1', kind: 'CronJob', name: 'nightly', uid, controller: true }],
      },
      spec: cronJob('x', 'batch/v1').spec.jobTemplate.spec,
    };
    await kubectl(['-n', namespace.name, 'create', '-f', '-'], JSON.stringify(run));
    const detail = cronJobDetail.parse((await request(app).get(`${base}/nightly`).expect(200)).body);
    expect(detail.jobs).toEqual([
      expect.objectContaining({ name: 'nightly-1', status: 'Running', completions: '0/1' }),
    ]);

    const suspended = await request(app).patch(`${base}/nightly`).set(json).send({ suspend: true }).expect(200);
    expect(suspended.body).toMatchObject({ suspend: true, status: 'Suspended' });
    const edited = { image: { image: 'busybox:1.37' }, imagePullSecrets: ['pull'] };
    const patched = await request(app).patch(`${base}/nightly`).set(json).send(edited).expect(200);
    expect(patched.body).toMatchObject({ images: ['busybox:1.37'], imagePullSecrets: ['pull'] });

    await request(app).delete(`${base}/nightly`).set(json).expect(204);
    await request(app).get(`${base}/nightly`).expect(404);
    expect(await kubectl(['-n', namespace.name, 'get', 'cronjobs.v1beta1.batch', '-o', 'name'])).toBe(
      'cronjob.batch/hourly\n',
    );
  });
});
