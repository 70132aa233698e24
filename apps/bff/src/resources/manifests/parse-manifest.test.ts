import { describe, expect, it } from 'vitest';
import { parseWorkloadManifest } from './parse-manifest';
import { HttpError } from '../../http/errors';

const deployment = { kind: 'Deployment', apiVersions: ['apps/v1'] };
const cronJob = { kind: 'CronJob', apiVersions: ['batch/v1', 'batch/v1beta1'] };
const yaml = (metadata: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:${metadata}\nspec: {replicas: 1}\n`;
const service = (name: string) => `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\nspec: {clusterIP: None}\n`;
const parse = (text: string) => parseWorkloadManifest(text, 'ns', deployment);

describe('parseWorkloadManifest', () => {
  it('reads YAML and JSON and places the workload in the request namespace', () => {
    expect(parse(yaml(' {name: web}')).workload.object.metadata).toEqual({ name: 'web', namespace: 'ns' });
    const json = JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'ns' },
    });
    expect(parse(json).workload.object.metadata.namespace).toBe('ns');
    expect(parse(`---\n${yaml(' {name: web}')}---\n`).workload.object.metadata.name).toBe('web');
  });

  it('takes Services beside the workload, each with the index of its YAML document', () => {
    const manifest = parse(`${service('a')}---\n${yaml(' {name: web}')}---\n${service('b')}`);
    expect(manifest.workload.document).toBe(1);
    expect(manifest.services.map((s) => [s.document, s.object.metadata])).toEqual([
      [0, { name: 'a', namespace: 'ns' }],
      [2, { name: 'b', namespace: 'ns' }],
    ]);
  });

  it('reads plain scalars as kubectl does (YAML 1.1, timestamps and 1:20 left as text), so the YAML view means one thing', () => {
    const text = yaml('\n  name: web\n  labels: {mode: 0644}\n  annotations: {on: yes, date: 2001-12-14, time: 1:20}');
    const metadata = parse(text).workload.object.metadata;
    expect(metadata.labels).toEqual({ mode: 420 });
    expect(metadata.annotations).toEqual({ true: true, date: '2001-12-14', time: '1:20' });
  });

  it.each([
    ['!!binary', yaml('\n  name: web\n  annotations: {a: !!binary aGk=}')],
    ['!!set', yaml('\n  name: web\n  annotations: !!set {a, b}')],
    ['!!omap', yaml('\n  name: web\n  labels: !!omap [{a: b}]')],
    ['a merge of a list', yaml('\n  name: web\n  labels: {<<: [1, 2]}')],
    ['a merge of a scalar alias', `x: &s 1\n${yaml('\n  name: web\n  labels: {<<: *s}')}`],
  ])('reads YAML 1.1 %s as data or refuses it with 422, never another error', (_, text) => {
    try {
      parse(text);
    } catch (error) {
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(422);
    }
  });

  it.each(['batch/v1', 'batch/v1beta1'])('takes a CronJob written as %s', (apiVersion) => {
    const text = `apiVersion: ${apiVersion}\nkind: CronJob\nmetadata: {name: nightly}\n`;
    expect(parseWorkloadManifest(text, 'ns', cronJob).workload.object.apiVersion).toBe(apiVersion);
  });

  it.each([
    ['', 'empty', 'manifest', undefined],
    [service('only'), 'needs a Deployment', 'manifest', undefined],
    [yaml(' {name: web, namespace: other}'), 'names namespace "other"', 'metadata.namespace', 0],
    [
      `${service('a')}---\napiVersion: v1\nkind: Service\nmetadata: {name: b, namespace: x}`,
      'names namespace',
      'metadata.namespace',
      1,
    ],
    ['apiVersion: v1\nkind: ConfigMap\nmetadata: {name: s}', 'or a Service', 'kind', 0],
    ['apiVersion: batch/v1\nkind: Job\nmetadata: {name: s}', 'must be a Deployment (apiVersion apps/v1)', 'kind', 0],
    [`${yaml(' {name: a}')}---\n${yaml(' {name: b}')}`, 'one Deployment', 'kind', 1],
    [yaml(' {}'), 'metadata.name', 'metadata.name', 0],
    ['[1, 2]', 'Kubernetes object', 'manifest', 0],
    [`${service('a')}---\na: [`, 'not valid YAML', 'manifest', 1],
    ['*x', 'alias names no anchor', 'manifest', undefined],
    [
      yaml(` {name: ${'a'.repeat(254)}}`),
      'cannot name a Deployment: must be at most 253 characters',
      'metadata.name',
      0,
    ],
    [yaml(' {name: Web}'), 'cannot name a Deployment: uppercase letters', 'metadata.name', 0],
    // A Service's name is a DNS-1035 label, as the Service route holds it: `web.v2` names a Deployment, not a Service.
    [`${yaml(' {name: web.v2}')}---\n${service('web.v2')}`, 'cannot name a Service', 'metadata.name', 1],
    [`apiVersion: apps/v1\nkind: ${'x'.repeat(300)}`, 'not "xxxxxxxx', 'kind', 0],
    ['['.repeat(65), 'nested deeper than 64 levels', 'manifest', undefined],
  ])('rejects %j as a field error (%s) at %s of document %s', (text, message, path, document) => {
    let thrown: unknown;
    try {
      parse(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HttpError);
    const error = thrown as HttpError;
    expect(error.status).toBe(422);
    expect(error.message).toContain(message);
    expect(error.fields?.[0]).toMatchObject({ path, ...(document === undefined ? {} : { document }) });
    if (document === undefined) expect(error.fields?.[0]?.document).toBeUndefined();
    expect(error.message.length).toBeLessThan(200);
  });
});
