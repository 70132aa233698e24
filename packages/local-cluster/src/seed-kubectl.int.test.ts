// The seed scenario with kubectl, end to end: a docker-registry secret and a Deployment from the private registry reach READY 1/1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredEnv } from './testing/cluster-env';
import { eventually, kubectl, kubectlOk } from './testing/kubectl';
import { seedDeploymentManifest, uniqueNamespace } from './testing/seed-deployment';

describe('seed scenario with kubectl', () => {
  const namespace = uniqueNamespace('seed-kubectl');
  /** `kubectl create secret docker-registry` for the test registry's user, with `password`. */
  const pullSecretArgs = (name: string, password: string) => [
    '-n',
    namespace,
    'create',
    'secret',
    'docker-registry',
    name,
    `--docker-server=${requiredEnv('BERTH_REGISTRY')}`,
    `--docker-username=${requiredEnv('BERTH_REGISTRY_USERNAME')}`,
    `--docker-password=${password}`,
  ];

  beforeAll(async () => {
    await kubectlOk(['create', 'namespace', namespace]);
  });
  afterAll(async () => {
    await kubectl(['delete', 'namespace', namespace, '--wait=false']);
  });

  it('creates the pull secret exactly as kubectl stores it', async () => {
    await kubectlOk(pullSecretArgs('test', requiredEnv('BERTH_REGISTRY_PASSWORD')));
    const type = await kubectlOk(['-n', namespace, 'get', 'secret', 'test', '-o', 'jsonpath={.type}']);
    expect(type).toBe('kubernetes.io/dockerconfigjson');
  });

  it('runs the seed Deployment from the private registry to READY 1/1', async () => {
    const image = `${requiredEnv('BERTH_REGISTRY')}/janedoe/awesomeapp:v1`;
    await kubectlOk(['-n', namespace, 'create', '-f', '-'], {
      input: seedDeploymentManifest({ image, pullSecret: 'test' }),
    });
    const ready = await eventually('deployment awesomeapp READY 1/1', async () => {
      const table = await kubectlOk(['-n', namespace, 'get', 'deployment', 'awesomeapp']);
      return /^awesomeapp\s+1\/1\s/m.test(table) ? table : undefined;
    });
    expect(ready).toMatch(/READY/);
    const phase = await kubectlOk([
      '-n',
      namespace,
      'get',
      'pods',
      '-l',
      'app=awesomeapp',
      '-o',
      'jsonpath={.items[0].status.phase}',
    ]);
    expect(phase).toBe('Running');
  });

  it('shows ErrImagePull or ImagePullBackOff with "unauthorized" for a wrong password, and runs once the secret is fixed', async () => {
    const registry = requiredEnv('BERTH_REGISTRY');
    const secretArgs = (password: string) => pullSecretArgs('wrong', password);
    await kubectlOk(secretArgs('not-the-password'));
    const image = `${registry}/janedoe/awesomeapp:v1`;
    await kubectlOk(['-n', namespace, 'create', '-f', '-'], {
      input: seedDeploymentManifest({ name: 'wrong', image, pullSecret: 'wrong' }),
    });
    const waiting = await eventually('the pull to fail as unauthorized', async () => {
      const text = await kubectlOk([
        '-n',
        namespace,
        'get',
        'pods',
        '-l',
        'app=wrong',
        '-o',
        'jsonpath={.items[0].status.containerStatuses[0].state.waiting.reason} {.items[0].status.containerStatuses[0].state.waiting.message}',
      ]);
      return /^(ErrImagePull|ImagePullBackOff) /.test(text) ? text : undefined;
    });
    expect(waiting).toMatch(/unauthorized/);

    // The user's fix, with kubectl as they would: regenerate the secret with the right password and apply it over the old one.
    const fixed = await kubectlOk([
      ...secretArgs(requiredEnv('BERTH_REGISTRY_PASSWORD')),
      '--dry-run=client',
      '-o',
      'yaml',
    ]);
    await kubectlOk(['-n', namespace, 'apply', '-f', '-'], { input: fixed });
    const ready = await eventually('deployment wrong READY 1/1', async () => {
      const table = await kubectlOk(['-n', namespace, 'get', 'deployment', 'wrong']);
      return /^wrong\s+1\/1\s/m.test(table) ? table : undefined;
    });
    expect(ready).toMatch(/READY/);
  });
});
