import { describe, expect, it } from 'vitest';
import { pullSecretUse } from './pull-secret-users';

const accounts = new Map([
  ['default', { name: 'default', imagePullSecrets: ['regcred'] }],
  ['builder', { name: 'builder', imagePullSecrets: [] }],
]);
const template = (spec: object) => ({ spec: { containers: [], ...spec } });

describe('pullSecretUse', () => {
  it('is the pod itself when it names the secret', () => {
    expect(pullSecretUse(template({ imagePullSecrets: [{ name: 'regcred' }] }), 'regcred', accounts)).toEqual({});
  });
  it("is the ServiceAccount's, default when unnamed, when the pod names none", () => {
    expect(pullSecretUse(template({}), 'regcred', accounts)).toEqual({ serviceAccount: 'default' });
    expect(pullSecretUse(template({ serviceAccountName: 'builder' }), 'regcred', accounts)).toBeUndefined();
    // The deprecated `serviceAccount` field names it when serviceAccountName is empty.
    expect(pullSecretUse(template({ serviceAccount: 'default' }), 'regcred', accounts)).toEqual({
      serviceAccount: 'default',
    });
  });
  it('is nobody when the pod names another secret: it gets none of its ServiceAccount', () => {
    expect(pullSecretUse(template({ imagePullSecrets: [{ name: 'other' }] }), 'regcred', accounts)).toBeUndefined();
  });
});
