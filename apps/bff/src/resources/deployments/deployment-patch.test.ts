import type { V1Deployment } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { toPatchOperations } from './deployment-patch';

const current: V1Deployment = {
  metadata: { name: 'web', resourceVersion: '42' },
  spec: {
    selector: {},
    template: {
      spec: {
        containers: [
          { name: 'a', image: 'x' },
          { name: 'b', image: 'y' },
        ],
      },
    },
  },
};

describe('toPatchOperations', () => {
  it("sets replicas without a resourceVersion test, which a controller's status update would fail", () => {
    expect(toPatchOperations(current, { replicas: 3 })).toEqual([{ op: 'add', path: '/spec/replicas', value: 3 }]);
  });

  it('sets the image of the named container, or the first', () => {
    expect(toPatchOperations(current, { image: { container: 'b', image: 'z' } })).toEqual([
      { op: 'test', path: '/spec/template/spec/containers/1/name', value: 'b' },
      { op: 'replace', path: '/spec/template/spec/containers/1/image', value: 'z' },
    ]);
    expect(toPatchOperations(current, { image: { image: 'z' } })[1]?.path).toBe(
      '/spec/template/spec/containers/0/image',
    );
    expect(() => toPatchOperations(current, { image: { container: 'nope', image: 'z' } })).toThrow(
      /No container named nope/,
    );
  });

  it('replaces the pull secrets list', () => {
    expect(toPatchOperations(current, { imagePullSecrets: ['s'] })[0]).toEqual({
      op: 'add',
      path: '/spec/template/spec/imagePullSecrets',
      value: [{ name: 's' }],
    });
  });
});
