// "Run now" makes the Job `kubectl create job NAME --from=cronjob/CRONJOB` (kubectl 1.20) makes, names aside.
import request from 'supertest';
import { apiError, cronJobDetail, cronJobRun } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKubeConfig } from '../../kube/kubeconfig/load-kubeconfig';
import { env, kubectl, testApp, testNamespace } from '../../testing/cluster';
import { servedCronJobApiVersion } from '../../testing/parity-forms';

const namespace = testNamespace('cronjob-run');
const { app } = testApp();
const base = `/api/namespaces/${namespace.name}/cronjobs`;
const json = { 'Content-Type': 'application/json' };

interface Job {
  metadata: Record<string, unknown> & { name: string; labels?: Record<string, string> };
  spec: {
    selector: { matchLabels: Record<string, string> };
    template: { metadata: { labels: Record<string, string> } };
  };
  [key: string]: unknown;
}

/** The server's own fields and the per-Job names and uids dropped: what remains is what the creator asked for. */
function comparable(job: Job): Job {
  const copy = structuredClone(job);
  delete copy.status;
  for (const key of ['name', 'uid', 'resourceVersion', 'creationTimestamp', 'managedFields', 'selfLink', 'generation'])
    delete copy.metadata[key];
  // The API server derives these from each Job's own uid and name.
  delete copy.spec.selector.matchLabels['controller-uid'];
  delete copy.spec.template.metadata.labels['controller-uid'];
  delete copy.spec.template.metadata.labels['job-name'];
  return copy;
}

const ownerOf = (job: Job) => (job.metadata.ownerReferences as object[])[0];
const withoutOwner = (job: Job) => ({ ...job, metadata: { ...job.metadata, ownerReferences: undefined } });

const readJob = async (name: string) =>
  JSON.parse(await kubectl(['-n', namespace.name, 'get', 'job', name, '-o', 'json'])) as Job;

describe('Run now on a CronJob', () => {
  beforeAll(async () => {
    await namespace.create();
    const cronJob = {
      apiVersion: await servedCronJobApiVersion(),
      kind: 'CronJob',
      metadata: { name: 'report', labels: { tier: 'batch' } },
      spec: {
        // Once a year: nothing here waits for or races with a scheduled run.
        schedule: '0 0 1 1 *',
        jobTemplate: {
          metadata: { labels: { team: 'data' }, annotations: { 'example.com/owner': 'ops' } },
          spec: {
            backoffLimit: 2,
            template: {
              metadata: { labels: { app: 'report' } },
              spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.36', args: ['true'] }] },
            },
          },
        },
      },
    };
    await kubectl(['-n', namespace.name, 'create', '-f', '-'], JSON.stringify(cronJob));
  });
  afterAll(namespace.remove);

  it('creates the Job kubectl create job --from=cronjob makes: template, labels, annotations, owner', async () => {
    const res = await request(app).post(`${base}/report/jobs`).set(json).send({}).expect(201);
    const run = cronJobRun.parse(res.body);
    expect(run.name).toMatch(/^report-manual-[a-z0-9]{5}$/);
    await kubectl(['-n', namespace.name, 'create', 'job', 'by-kubectl', '--from=cronjob/report']);

    const [berth, byKubectl] = await Promise.all([readJob(run.name), readJob('by-kubectl')]);
    expect(berth.metadata.annotations).toEqual({
      'cronjob.kubernetes.io/instantiate': 'manual',
      'example.com/owner': 'ops',
    });
    expect(berth.metadata.labels).toEqual({ team: 'data' });
    // The one difference: kubectl 1.20 left `controller` out of the owner reference; kubectl 1.30 and later set it.
    expect(berth.metadata.ownerReferences).toEqual([{ ...ownerOf(byKubectl), controller: true }]);
    expect(withoutOwner(comparable(berth))).toEqual(withoutOwner(comparable(byKubectl)));

    // Both are the CronJob's: its page lists them among its Jobs.
    const detail = cronJobDetail.parse((await request(app).get(`${base}/report`).expect(200)).body);
    expect(detail.jobs.map((j) => j.name).sort()).toEqual(['by-kubectl', run.name].sort());
  });

  it("makes a new Job on each run, named so the controller's scheduled names never collide", async () => {
    const first = cronJobRun.parse(
      (await request(app).post(`${base}/report/jobs`).set(json).send({}).expect(201)).body,
    );
    const second = cronJobRun.parse(
      (await request(app).post(`${base}/report/jobs`).set(json).send({}).expect(201)).body,
    );
    expect(first.name).not.toBe(second.name);
  });

  it('refuses a body with fields (it takes none), creating nothing', async () => {
    const before = await kubectl(['-n', namespace.name, 'get', 'jobs', '-o', 'name']);
    await request(app).post(`${base}/report/jobs`).set(json).send({ name: 'chosen' }).expect(422);
    expect(await kubectl(['-n', namespace.name, 'get', 'jobs', '-o', 'name'])).toBe(before);
  });

  it("runs as the request's identity: a user without rights here gets 403, and no Job is made", async () => {
    const restricted = testApp(loadKubeConfig(env('BERTH_RESTRICTED_KUBECONFIG'))).app;
    const before = await kubectl(['-n', namespace.name, 'get', 'jobs', '-o', 'name']);
    const res = await request(restricted).post(`${base}/report/jobs`).set(json).send({}).expect(403);
    expect(apiError.parse(res.body)).toMatchObject({ status: 403, reason: 'Forbidden' });
    expect(await kubectl(['-n', namespace.name, 'get', 'jobs', '-o', 'name'])).toBe(before);
  });

  it('answers 404 in the error envelope for a CronJob that does not exist, creating nothing', async () => {
    const before = await kubectl(['-n', namespace.name, 'get', 'jobs', '-o', 'name']);
    const res = await request(app).post(`${base}/missing/jobs`).set(json).send({}).expect(404);
    expect(apiError.parse(res.body).reason).toBe('NotFound');
    expect(await kubectl(['-n', namespace.name, 'get', 'jobs', '-o', 'name'])).toBe(before);
  });
});
