import { describe, expect, it } from 'vitest';
import type { ControllerRevision, ReplicaSet } from './history';
import { controllerRevisionRollback, deploymentRollback } from './rollback';
import { selectorText } from './label-selector';
import { semanticEqual } from './template-equality';

const owner = { uid: 'd-uid', controller: true };
const template = (image: string, hash?: string) => ({
  metadata: { labels: { app: 'web', ...(hash ? { 'pod-template-hash': hash } : {}) } },
  spec: { containers: [{ name: 'app', image }] },
});
const replicaSet = (revision: number, image: string, annotations: Record<string, string> = {}): ReplicaSet => ({
  metadata: {
    name: `web-${revision}`,
    ownerReferences: [{ ...owner, apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }],
    annotations: { 'deployment.kubernetes.io/revision': String(revision), ...annotations },
  },
  spec: { selector: {}, template: template(image, `h${revision}`) },
});
const deployment = (image: string, paused = false) => ({
  metadata: {
    name: 'web',
    uid: 'd-uid',
    annotations: {
      'deployment.kubernetes.io/revision': '2',
      team: 'a',
      'kubectl.kubernetes.io/last-applied-configuration': '{}',
    },
  },
  spec: { paused, template: template(image) },
});

describe('deploymentRollback: kubectl rollout undo of a Deployment', () => {
  const sets = [replicaSet(1, 'app:1', { 'kubernetes.io/change-cause': 'one' }), replicaSet(2, 'app:2')];

  it("replaces the template with the ReplicaSet's, hash label dropped, and the annotations as kubectl computes them", () => {
    expect(deploymentRollback(deployment('app:2'), sets, 1)).toEqual({
      contentType: 'application/json-patch+json',
      patch: [
        { op: 'replace', path: '/spec/template', value: template('app:1') },
        {
          op: 'replace',
          path: '/metadata/annotations',
          value: {
            'deployment.kubernetes.io/revision': '2',
            'kubectl.kubernetes.io/last-applied-configuration': '{}',
            'kubernetes.io/change-cause': 'one',
          },
        },
      ],
    });
  });

  it('takes the previous revision for 0, skips the current one, and refuses what kubectl refuses', () => {
    expect(deploymentRollback(deployment('app:2'), sets, 0)).toMatchObject({
      patch: [{ value: template('app:1') }, {}],
    });
    expect(deploymentRollback(deployment('app:2'), sets, 2)).toEqual({
      skipped: 'skipped rollback (current template already matches revision 2)',
    });
    expect(() => deploymentRollback(deployment('app:2'), sets, 7)).toThrow(
      'unable to find specified revision 7 in history',
    );
    expect(() => deploymentRollback(deployment('app:2'), sets.slice(1), 0)).toThrow(
      'no rollout history found for deployment "web"',
    );
    expect(() => deploymentRollback(deployment('app:2', true), sets, 1)).toThrow(
      /you cannot rollback a paused deployment/,
    );
  });

  it('counts only the ReplicaSets the Deployment controls', () => {
    const foreign = {
      ...replicaSet(1, 'app:1'),
      metadata: { ...replicaSet(1, 'app:1').metadata, ownerReferences: [] },
    };
    expect(() => deploymentRollback(deployment('app:2'), [foreign, sets[1]!], 1)).toThrow(/unable to find/);
  });
});

describe('controllerRevisionRollback: kubectl rollout undo of a StatefulSet or DaemonSet', () => {
  const revision = (n: number, image: string): ControllerRevision => ({
    metadata: {
      name: `db-${n}`,
      ownerReferences: [{ ...owner, apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'db' }],
    },
    revision: n,
    data: { spec: { template: { ...template(image), $patch: 'replace' } } },
  });
  const set = { metadata: { name: 'db', uid: 'd-uid' }, spec: { template: template('app:2') } };
  const history = [revision(1, 'app:1'), revision(2, 'app:2')];
  const first: unknown = history[0]?.data;

  it("sends the revision's data as a strategic merge patch, and skips the one it runs", () => {
    expect(controllerRevisionRollback(set, history, 1)).toEqual({
      contentType: 'application/strategic-merge-patch+json',
      patch: first,
    });
    expect(controllerRevisionRollback(set, history, 0)).toMatchObject({ patch: first });
    expect(controllerRevisionRollback(set, history, 2)).toHaveProperty('skipped');
    expect(() => controllerRevisionRollback(set, history.slice(1), 0)).toThrow('no last revision to roll back to');
    expect(() => controllerRevisionRollback(set, history, 5)).toThrow('unable to find specified revision 5 in history');
  });
});

describe('the helpers kubectl has for free', () => {
  it('writes a label selector as LabelSelectorAsSelector does', () => {
    expect(
      selectorText({
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['b', 'a'] },
          { key: 'x', operator: 'NotIn', values: ['1'] },
          { key: 'y', operator: 'Exists' },
          { key: 'z', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('app=web,tier in (a,b),x notin (1),y,!z');
  });

  it('compares as Semantic.DeepEqual: missing, null, {} and [] are equal; values are not', () => {
    expect(semanticEqual({ a: [], b: null, c: { d: 1 } }, { c: { d: 1 }, e: {} })).toBe(true);
    expect(semanticEqual({ c: { d: 1 } }, { c: { d: 2 } })).toBe(false);
    expect(semanticEqual([1, 2], [2, 1])).toBe(false);
  });
});
