import { describe, expect, it } from 'vitest';
import { explainPullFailure, type PullFailureKind } from './explain-pull-failure';

const image = 'www.example.com/janedoe/awesomeapp:v1';
const waiting = (reason: string, message: string) => ({ image, state: 'waiting' as const, reason, message });

describe('explainPullFailure', () => {
  it.each<[string, string, string, PullFailureKind, string]>([
    [
      '401 from a Basic registry',
      'ErrImagePull',
      'failed to pull: unauthorized: authentication required',
      'credentials-refused',
      'edit-secret',
    ],
    [
      'insufficient scope (a refused Bearer token)',
      'ImagePullBackOff',
      'HTTP 401: insufficient_scope: authorization failed',
      'credentials-refused',
      'edit-secret',
    ],
    [
      '403 denied',
      'ErrImagePull',
      'denied: requested access to the resource is denied',
      'credentials-refused',
      'edit-secret',
    ],
    [
      'unknown manifest',
      'ErrImagePull',
      'manifest unknown: manifest tagged by "v9" is not found',
      'not-found',
      'edit-image',
    ],
    [
      'unknown repository',
      'ImagePullBackOff',
      'HTTP 404: name unknown: repository name not known to registry',
      'not-found',
      'edit-image',
    ],
    ['DNS failure', 'ErrImagePull', 'dial tcp: lookup www.example.com: no such host', 'unreachable', 'network'],
    ['refused connection', 'ErrImagePull', 'connect ECONNREFUSED 127.0.0.1:5999', 'unreachable', 'network'],
    ['TLS', 'ErrImagePull', 'x509: certificate signed by unknown authority', 'unreachable', 'network'],
    [
      'Docker Hub rate limit',
      'ErrImagePull',
      'toomanyrequests: You have reached your pull rate limit',
      'rate-limited',
      'pick-credential',
    ],
    ['HTTP 429', 'ImagePullBackOff', 'HTTP 429 Too Many Requests', 'rate-limited', 'pick-credential'],
  ])('%s', (_, reason, message, kind, firstFix) => {
    const failure = explainPullFailure({ container: waiting(reason, message), events: [], imagePullSecrets: ['test'] });
    expect(failure?.kind).toBe(kind);
    expect(failure?.fix[0]?.action).toBe(firstFix);
  });

  it('finds a missing secret in the events first', () => {
    const failure = explainPullFailure({
      container: waiting('ImagePullBackOff', 'unauthorized: authentication required'),
      events: [
        {
          reason: 'FailedToRetrieveImagePullSecret',
          message: 'Unable to retrieve some image pull secrets (gone); attempting to pull the image may not succeed.',
        },
      ],
      imagePullSecrets: ['gone'],
    });
    expect(failure).toMatchObject({
      kind: 'secret-missing',
      fix: [{ action: 'create-secret', name: 'gone', registry: 'www.example.com' }, { action: 'pick-credential' }],
    });
  });

  it('names the missing secret from the namespace list when the kubelet has not said it yet', () => {
    const failure = explainPullFailure({
      container: waiting('ErrImagePull', 'unauthorized: authentication required'),
      events: [],
      imagePullSecrets: ['here', 'gone'],
      secrets: [{ name: 'here', registries: [{ server: 'www.example.com', username: 'u' }] }],
    });
    expect(failure?.kind).toBe('secret-missing');
    expect(failure?.fix[0]).toEqual({
      action: 'create-secret',
      label: 'Create Secret',
      name: 'gone',
      registry: 'www.example.com',
    });
  });

  it('reads the Failed events when the container message is empty', () => {
    const failure = explainPullFailure({
      container: { image, state: 'waiting', reason: 'ErrImagePull' },
      events: [{ reason: 'Failed', message: 'Failed to pull image: 404 not found' }],
      imagePullSecrets: [],
    });
    expect(failure?.kind).toBe('not-found');
  });

  it('says no selected credential covers the registry instead of blaming a password (the kubelet pulled anonymously)', () => {
    const failure = explainPullFailure({
      container: { ...waiting('ErrImagePull', 'HTTP 401: insufficient_scope'), image: '127.0.0.1:5002/team/app:v1' },
      events: [],
      imagePullSecrets: ['test'],
      secrets: [{ name: 'test', registries: [{ server: '127.0.0.1:5000', username: 'janedoe' }] }],
    });
    expect(failure).toMatchObject({
      kind: 'not-covered',
      title: 'None of the selected credentials covers 127.0.0.1:5002',
      fix: [{ action: 'create-secret', registry: '127.0.0.1:5002' }, { action: 'pick-credential' }],
    });
    expect(failure?.explanation).toContain('127.0.0.1:5000');
    expect(failure?.explanation).not.toMatch(/password/);
  });

  it('blames the password of the credential that covers the registry, by the kubelet matching rules', () => {
    const failure = explainPullFailure({
      container: { ...waiting('ErrImagePull', 'unauthorized'), image: '127.0.0.1:5002/team/app:v1' },
      events: [],
      imagePullSecrets: ['other', 'token'],
      secrets: [
        { name: 'other', registries: [{ server: '127.0.0.1:5000', username: 'a' }] },
        { name: 'token', registries: [{ server: 'http://127.0.0.1:5002/v2/', username: 'b' }] },
      ],
    });
    expect(failure?.kind).toBe('credentials-refused');
    expect(failure?.fix[0]).toMatchObject({ action: 'edit-secret', secret: 'token' });
  });

  it('offers to add a credential when none is selected and the registry refuses', () => {
    const failure = explainPullFailure({
      container: waiting('ErrImagePull', 'unauthorized'),
      events: [],
      imagePullSecrets: [],
    });
    expect(failure?.fix).toEqual([{ action: 'pick-credential', label: 'Add a credential' }]);
  });

  it.each([
    { image, state: 'running' as const },
    { image, state: 'waiting' as const, reason: 'ContainerCreating' },
    { image, state: 'waiting' as const, reason: 'CrashLoopBackOff', message: 'back-off 5m0s' },
  ])('is undefined when no pull is failing (%o)', (container) => {
    expect(explainPullFailure({ container, events: [], imagePullSecrets: [] })).toBeUndefined();
  });

  it('falls back to the raw message for causes it does not know', () => {
    expect(
      explainPullFailure({ container: waiting('ErrImagePull', 'something odd'), events: [], imagePullSecrets: [] }),
    ).toMatchObject({
      kind: 'other',
      explanation: 'something odd',
    });
  });
});
