import request from 'supertest';
import { configMapList } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectl, testApp, testNamespace } from '../../testing/cluster';

const namespace = testNamespace('services-configmaps');
const { app } = testApp();
const value = 'config-value-that-must-stay-home';

describe('GET configmaps', () => {
  beforeAll(namespace.create);
  afterAll(namespace.remove);

  it('names each ConfigMap and its keys (data and binaryData), never a value', async () => {
    const configMap = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'settings', namespace: namespace.name },
      data: { 'log.level': value, mode: value },
      binaryData: { blob: Buffer.from(value).toString('base64') },
    };
    await kubectl(['apply', '-f', '-'], JSON.stringify(configMap));
    const res = await request(app).get(`/api/namespaces/${namespace.name}/configmaps`).expect(200);
    // 1.20 has no root CA ConfigMap per namespace yet (kube-root-ca.crt is 1.21+), so settings is alone.
    expect(configMapList.parse(res.body).items).toEqual([{ name: 'settings', keys: ['blob', 'log.level', 'mode'] }]);
    expect(res.text).not.toContain(value);
    expect(res.text).not.toContain(Buffer.from(value).toString('base64'));
  });
});
