import request from 'supertest';
import { namespaceList } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKubeConfig, kubectl, testApp, testNamespace } from '../../testing/cluster';

const namespace = testNamespace('bff-cluster');
const { app } = testApp();

describe('cluster routes', () => {
  beforeAll(namespace.create);
  afterAll(namespace.remove);

  it('is ready when the API server answers', async () => {
    await request(app).get('/api/readyz').expect(200, { status: 'ok' });
  });

  it('names the context, server, user and Kubernetes version, never the credentials', async () => {
    const res = await request(app).get('/api/cluster').expect(200);
    const kubeConfig = adminKubeConfig();
    const version = JSON.parse(await kubectl(['version', '-o', 'json'])) as { serverVersion: { gitVersion: string } };
    expect(res.body).toEqual({
      context: kubeConfig.getCurrentContext(),
      server: kubeConfig.getCurrentCluster()?.server,
      user: kubeConfig.getCurrentUser()?.name,
      version: version.serverVersion.gitVersion,
      // kube-apiserver 1.20 serves CronJobs only as batch/v1beta1, which the form's YAML must name.
      cronJobApiVersion: 'batch/v1beta1',
    });
    const token = kubeConfig.getCurrentUser()?.token;
    if (token) expect(res.text).not.toContain(token);
  });

  it("names the current context's namespace, where the console opens", async () => {
    const kubeConfig = adminKubeConfig();
    const current = kubeConfig.getCurrentContext();
    kubeConfig.contexts = kubeConfig.contexts.map((c) => (c.name === current ? { ...c, namespace: 'team-a' } : c));
    const res = await request(testApp(kubeConfig).app).get('/api/cluster').expect(200);
    expect(res.body).toMatchObject({ context: current, namespace: 'team-a' });
  });

  it('lists namespaces, including one kubectl just made', async () => {
    const res = await request(app).get('/api/namespaces').expect(200);
    const names = namespaceList.parse(res.body).items.map((n) => n.name);
    for (const name of ['default', 'kube-system', namespace.name]) expect(names).toContain(name);
    expect([...names].sort()).toEqual(names);
  });
});
