import request from 'supertest';
import { stringify } from 'yaml';
import { apiError, jobDetail, jobList } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectl, testApp, testNamespace } from '../../testing/cluster';

// Whether or not the local cluster runs the Job controller and completes its pods, nothing here waits for them.
const namespace = testNamespace('kinds-api-job');
const { app } = testApp();
const base = `/api/namespaces/${namespace.name}/jobs`;
const json = { 'Content-Type': 'application/json' };
const job = {
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'once' },
  spec: {
    completions: 2,
    parallelism: 1,
    backoffLimit: 2,
    template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.36' }] } },
  },
};

describe('job routes', () => {
  beforeAll(namespace.create);
  afterAll(namespace.remove);

  it('dry-runs, creates, lists, reads, changes parallelism and deletes a Job', async () => {
    const body = { manifest: stringify(job) };
    await request(app).post(`${base}?dryRun=All`).set(json).send(body).expect(200);
    expect(jobList.parse((await request(app).get(base).expect(200)).body).items).toEqual([]);

    const created = await request(app).post(base).set(json).send(body).expect(201);
    expect(created.body).toMatchObject({
      name: 'once',
      completions: '0/2',
      status: 'Running',
      images: ['busybox:1.36'],
    });
    const [row] = jobList.parse((await request(app).get(base).expect(200)).body).items;
    expect(row?.name).toBe('once');
    expect(row?.completions).toMatch(/^\d\/2$/);

    const patched = await request(app).patch(`${base}/once`).set(json).send({ parallelism: 2 }).expect(200);
    expect(patched.body).toMatchObject({ name: 'once' });
    const detail = jobDetail.parse((await request(app).get(`${base}/once`).expect(200)).body);
    expect(detail).toMatchObject({ parallelism: 2, backoffLimit: 2 });
    // A Job's pod template is immutable, so its image is not among what PATCH takes.
    await request(app)
      .patch(`${base}/once`)
      .set(json)
      .send({ image: { image: 'busybox:1.37' } })
      .expect(422);

    await request(app).delete(`${base}/once`).set(json).expect(204);
    expect(await kubectl(['-n', namespace.name, 'get', 'jobs', '-o', 'name'])).toBe('');
  });

  it('names the document and the API server field path of what it refuses', async () => {
    const broken = {
      ...job,
      spec: { ...job.spec, template: { spec: { ...job.spec.template.spec, restartPolicy: 'Always' } } },
    };
    const res = await request(app)
      .post(base)
      .set(json)
      .send({ manifest: stringify(broken) })
      .expect(422);
    expect(apiError.parse(res.body).fields).toContainEqual(
      expect.objectContaining({ document: 0, path: 'spec.template.spec.restartPolicy' }),
    );
  });
});
