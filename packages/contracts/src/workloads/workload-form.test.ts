import { describe, expect, it } from 'vitest';
import { workloadForm } from './workload-form';

const container = { name: 'foo', image: 'www.example.com/janedoe/awesomeapp:v1' };
const valid = { name: 'foo', namespace: 'default', containers: [container] };
const issues = (value: unknown) =>
  workloadForm.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('workloadForm', () => {
  it('reads a body without kind as a Deployment and fills the defaults: 1 replica, 25%/25% rolling update, pull policy Always', () => {
    expect(workloadForm.parse(valid)).toEqual({
      ...valid,
      kind: 'Deployment',
      labels: [],
      annotations: [],
      replicas: 1,
      strategy: { type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: '25%' },
      containers: [
        {
          ...container,
          imagePullPolicy: 'Always',
          resources: { requests: {}, limits: {} },
          env: [],
          command: [],
          args: [],
          ports: [],
        },
      ],
      initContainers: [],
      imagePullSecrets: [],
    });
  });

  it.each<[string, Record<string, unknown>, string[][]]>([
    ['a bad workload name', { name: 'Foo' }, [['name', 'uppercase letters are not allowed; use lowercase']]],
    ['a fractional replica count', { replicas: 1.5 }, [['replicas', 'must be a whole number']]],
    ['negative replicas', { replicas: -1 }, [['replicas', 'must be at least 0']]],
    ['too many replicas', { replicas: 1001 }, [['replicas', 'must be at most 1000']]],
    ['replicas as text', { replicas: '2' }, [['replicas', 'must be a number']]],
    ['no containers', { containers: [] }, [['containers', 'add at least one container']]],
    [
      'a bad secret name',
      { imagePullSecrets: ['Test'] },
      [['imagePullSecrets.0', 'uppercase letters are not allowed; use lowercase']],
    ],
    [
      'a secret chosen twice',
      { imagePullSecrets: ['test', 'test'] },
      [['imagePullSecrets.1', 'this secret is already chosen']],
    ],
    [
      'two containers with one name',
      { containers: [container, container] },
      [['containers.1.name', 'another container already has this name']],
    ],
    [
      'an invalid image',
      { containers: [{ name: 'c', image: 'Bad/Image' }] },
      [['containers.0.image', 'repository name must be lowercase (Image)']],
    ],
    [
      'an empty image',
      { containers: [{ name: 'c', image: ' ' }] },
      [['containers.0.image', 'enter the image name, e.g. nginx or www.example.com/janedoe/awesomeapp']],
    ],
    [
      'a tag twice',
      { containers: [{ name: 'c', image: 'nginx:1', tag: '2' }] },
      [['containers.0.tag', 'the image already names a tag or digest; leave this empty']],
    ],
    [
      'an invalid tag',
      { containers: [{ name: 'c', image: 'nginx', tag: '-x' }] },
      [['containers.0.tag', "must be up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'"]],
    ],
    [
      'an unknown pull policy',
      { containers: [{ name: 'c', image: 'nginx', imagePullPolicy: 'Sometimes' }] },
      [['containers.0.imagePullPolicy', "must be 'Always', 'IfNotPresent' or 'Never'"]],
    ],
  ])('refuses %s', (_, change, expected) => {
    expect(issues({ ...valid, ...change })).toEqual(expected);
  });

  it('reports a wrong shape without running the cross-field checks', () => {
    expect(issues({ name: 'foo', namespace: 'default', containers: 'nginx', imagePullSecrets: 'test' })).toEqual([
      ['containers', 'Invalid input: expected array, received string'],
      ['imagePullSecrets', 'Invalid input: expected array, received string'],
    ]);
  });

  it('accepts a separate tag and an empty one', () => {
    expect(
      workloadForm.parse({ ...valid, containers: [{ name: 'c', image: 'nginx', tag: '1.25' }] }).containers[0]?.tag,
    ).toBe('1.25');
    expect(issues({ ...valid, containers: [{ name: 'c', image: 'nginx', tag: '' }] })).toEqual([]);
  });
});
