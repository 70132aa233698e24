import { describe, expect, it } from 'vitest';
import * as say from './pull-messages';

describe('kubelet event and status texts', () => {
  it('words pulls, starts and back-off like the kubelet', () => {
    expect(say.pullingMessage('nginx:latest')).toBe('Pulling image "nginx:latest"');
    expect(say.pulledMessage('nginx:latest', 123.4)).toBe('Successfully pulled image "nginx:latest" in 123ms');
    expect(say.alreadyPresentMessage('nginx:1.25')).toBe('Container image "nginx:1.25" already present on machine');
    expect(say.backOffMessage('nginx')).toBe('Back-off pulling image "nginx"');
    expect(say.createdMessage('web')).toBe('Created container web');
    expect(say.startedMessage('web')).toBe('Started container web');
    expect(say.errorReasonMessage('ErrImagePull')).toBe('Error: ErrImagePull');
    expect(say.neverPullMessage('app:v1')).toBe('Container image "app:v1" is not present with pull policy of Never');
  });

  it('names missing pull secrets the way the kubelet does', () => {
    expect(say.missingSecretsMessage(['a', 'b'])).toBe(
      'Unable to retrieve some image pull secrets (a, b); attempting to pull the image may not succeed.',
    );
  });

  it('wraps the registry answer in containerd and kubelet words', () => {
    const n = '127.0.0.1:5000/janedoe/awesomeapp:v1';
    const attempt = say.runtimePullError(n, 'unauthorized: authentication required');
    expect(say.failedToPullMessage('127.0.0.1:5000/janedoe/awesomeapp:v1', [attempt])).toBe(
      'Failed to pull image "127.0.0.1:5000/janedoe/awesomeapp:v1": rpc error: code = Unknown desc = ' +
        `failed to pull and unpack image "${n}": failed to resolve reference "${n}": unauthorized: authentication required`,
    );
  });

  it('lists every refused credential like an aggregate error', () => {
    expect(say.failedToPullMessage('x', ['one', 'two'])).toBe('Failed to pull image "x": [one, two]');
  });
});
