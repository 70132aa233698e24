import { ApiException } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { fromApiException, isNamespaceNotFound, isNetworkError, toFormPath } from './kubernetes-errors';

const status = (code: number, body: object) =>
  new ApiException<unknown>(code, 'ignored', JSON.stringify({ kind: 'Status', code, ...body }), {});

describe('fromApiException', () => {
  it('puts AlreadyExists on the name field in the user words', () => {
    const error = status(409, {
      reason: 'AlreadyExists',
      message: 'secrets "test" already exists',
      details: { name: 'test', kind: 'secrets' },
    });
    const message = 'A secret named test already exists in namespace default';
    expect(fromApiException(error, 'default')).toEqual({
      status: 409,
      reason: 'AlreadyExists',
      message,
      fields: [{ path: 'name', message }],
    });
  });

  it('maps 422 causes to form paths', () => {
    const error = status(422, {
      reason: 'Invalid',
      message: 'Deployment.apps "x" is invalid',
      details: {
        kind: 'Deployment',
        causes: [
          {
            reason: 'FieldValueInvalid',
            field: 'spec.template.spec.containers[0].image',
            message: 'Invalid value: "": bad',
          },
          { reason: 'FieldValueInvalid', field: 'metadata.name', message: 'must be lowercase' },
        ],
      },
    });
    expect(fromApiException(error, 'ns').fields).toEqual([
      { path: 'containers.0.image', message: 'Invalid value: "": bad' },
      { path: 'name', message: 'must be lowercase' },
    ]);
  });

  it('says who may not do what where on 403', () => {
    const message =
      'secrets is forbidden: User "berth-restricted" cannot list resource "secrets" in API group "" in the namespace "default"';
    expect(fromApiException(status(403, { reason: 'Forbidden', message }), 'default')).toEqual({
      status: 403,
      reason: 'Forbidden',
      message: 'berth-restricted cannot list secrets in namespace default',
    });
  });

  it('names the missing object on 404', () => {
    const error = status(404, { reason: 'NotFound', details: { name: 'web', kind: 'deployments' } });
    expect(fromApiException(error, 'ns')).toMatchObject({
      status: 404,
      reason: 'NotFound',
      message: 'No deployment named web in namespace ns',
    });
  });

  it('says a namespace does not exist when the API server names it (a write in a namespace that does not exist)', () => {
    const error = status(404, {
      reason: 'NotFound',
      message: 'namespaces "nope" not found',
      details: { name: 'nope', kind: 'namespaces' },
    });
    expect(fromApiException(error, 'nope')).toEqual({
      status: 404,
      reason: 'NamespaceNotFound',
      message: 'Namespace nope does not exist',
    });
    expect(isNamespaceNotFound(error)).toBe(true);
    expect(
      isNamespaceNotFound(status(404, { reason: 'NotFound', details: { name: 'web', kind: 'deployments' } })),
    ).toBe(false);
  });

  it('survives bodies that are not a Status', () => {
    for (const body of [undefined, '', 'not json', '{"details":{"causes":"nope"}}', 42]) {
      const result = fromApiException(new ApiException<unknown>(422, 'x', body, {}), 'ns');
      expect(result.status).toBe(422);
      expect(result.fields).toEqual([]);
    }
    expect(fromApiException(new ApiException<unknown>(401, 'x', undefined, {})).reason).toBe('Unauthorized');
    expect(fromApiException(new ApiException<unknown>(700, 'x', undefined, {})).status).toBe(502);
  });

  it('tells a stale edit from AlreadyExists', () => {
    const error = status(409, { reason: 'Conflict', details: { name: 'web', kind: 'deployments' } });
    expect(fromApiException(error, 'ns')).toMatchObject({ status: 409, reason: 'Conflict' });
    expect(fromApiException(error, 'ns').fields).toBeUndefined();
  });
});

describe('toFormPath', () => {
  it.each([
    ['metadata.name', 'name'],
    ['data[.dockerconfigjson]', 'registries'],
    ['spec.template.spec.imagePullSecrets[1].name', 'imagePullSecrets.1'],
    ['spec.replicas', 'replicas'],
    ['spec.template.spec.containers[2].name', 'containers.2.name'],
    ['spec.strategy.type', 'spec.strategy.type'],
  ])('%s -> %s', (field, path) => {
    expect(toFormPath(field)).toBe(path);
  });
});

describe('isNetworkError', () => {
  const withCause = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code }) });
  it('finds connection failures in the cause chain', () => {
    expect(isNetworkError(withCause('ECONNREFUSED'))).toBe(true);
    expect(isNetworkError(withCause('UND_ERR_CONNECT_TIMEOUT'))).toBe(true);
    expect(isNetworkError(withCause('DEPTH_ZERO_SELF_SIGNED_CERT'))).toBe(true);
  });
  it('does not take other errors for network errors', () => {
    expect(isNetworkError(withCause('ENOENT'))).toBe(false);
    expect(isNetworkError(new Error('ECONNREFUSED'))).toBe(false);
    expect(isNetworkError('ECONNREFUSED')).toBe(false);
  });
});
