import { describe, expect, it } from 'vitest';
import { workloadForm } from './workload-form';

const container = { name: 'app', image: 'nginx' };
const shared = { name: 'web', namespace: 'team-a', containers: [container] };
const issues = (value: Record<string, unknown>) =>
  workloadForm.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('workloadForm, per kind', () => {
  it('fills each kind’s defaults', () => {
    expect(workloadForm.parse({ ...shared, kind: 'StatefulSet' })).toMatchObject({
      replicas: 1,
      serviceName: 'web-headless',
      updateStrategy: { type: 'RollingUpdate', partition: 0 },
    });
    expect(workloadForm.parse({ ...shared, kind: 'DaemonSet' })).toMatchObject({
      updateStrategy: { type: 'RollingUpdate', maxUnavailable: 1 },
    });
    expect(workloadForm.parse({ ...shared, kind: 'Job' })).toMatchObject({
      completions: 1,
      parallelism: 1,
      backoffLimit: 6,
      restartPolicy: 'Never',
    });
    expect(workloadForm.parse({ ...shared, kind: 'CronJob', schedule: '@hourly' })).toMatchObject({
      concurrencyPolicy: 'Allow',
      suspend: false,
      job: { completions: 1, parallelism: 1, backoffLimit: 6, restartPolicy: 'Never' },
    });
  });

  it.each<[string, Record<string, unknown>]>([
    [
      'a Deployment with 0 max surge',
      { kind: 'Deployment', strategy: { type: 'RollingUpdate', maxSurge: 0, maxUnavailable: '10%' } },
    ],
    ['a Recreate Deployment', { kind: 'Deployment', strategy: { type: 'Recreate' } }],
    [
      'a StatefulSet with a partition',
      { kind: 'StatefulSet', serviceName: 'db', updateStrategy: { type: 'RollingUpdate', partition: 2 } },
    ],
    ['an OnDelete DaemonSet', { kind: 'DaemonSet', updateStrategy: { type: 'OnDelete' } }],
    [
      'a Job retrying on failure',
      { kind: 'Job', completions: 5, parallelism: 2, backoffLimit: 0, restartPolicy: 'OnFailure' },
    ],
    [
      'a CronJob with month and day names',
      { kind: 'CronJob', schedule: '0 0 * JAN,JUL SUN', concurrencyPolicy: 'Forbid', suspend: true },
    ],
    [
      'labels with a prefix and an empty value',
      {
        labels: [
          { key: 'example.com/tier', value: '' },
          { key: 'Tier_1.x', value: 'A-b_c.1' },
        ],
      },
    ],
    ['annotations of any text', { annotations: [{ key: 'kubernetes.io/change-cause', value: 'first: "release" 😀' }] }],
    ['init containers', { initContainers: [{ name: 'setup', image: 'busybox', command: ['sh', '-c', 'true'] }] }],
    [
      'an access Service',
      { service: { name: 'web-svc', type: 'NodePort', ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }] } },
    ],
  ])('takes %s', (_, change) => expect(issues({ ...shared, ...change })).toEqual([]));

  it.each<[string, Record<string, unknown>, string[][]]>([
    [
      'an unknown kind',
      { kind: 'ReplicaSet' },
      [['kind', "kind must be 'Deployment', 'StatefulSet', 'DaemonSet', 'Job' or 'CronJob'"]],
    ],
    [
      'max surge and max unavailable both 0',
      { strategy: { type: 'RollingUpdate', maxSurge: 0, maxUnavailable: '0%' } },
      [['strategy.maxUnavailable', 'max unavailable may not be 0 when max surge is 0']],
    ],
    [
      'max unavailable over 100%',
      { strategy: { type: 'RollingUpdate', maxSurge: 1, maxUnavailable: '150%' } },
      [['strategy.maxUnavailable', 'max unavailable must be at most 100%']],
    ],
    [
      'max surge as a bare number in text',
      { strategy: { type: 'RollingUpdate', maxSurge: '1', maxUnavailable: 0 } },
      [['strategy.maxSurge', "must be a whole number of pods or a percentage such as '25%'"]],
    ],
    [
      'a fractional max surge',
      { strategy: { type: 'RollingUpdate', maxSurge: 1.5, maxUnavailable: 0 } },
      [['strategy.maxSurge', "must be a whole number of pods or a percentage such as '25%'"]],
    ],
    [
      'a Deployment strategy of a StatefulSet',
      { strategy: { type: 'OnDelete' } },
      [['strategy.type', "update strategy must be 'RollingUpdate' or 'Recreate'"]],
    ],
    [
      'a negative partition',
      { kind: 'StatefulSet', updateStrategy: { type: 'RollingUpdate', partition: -1 } },
      [['updateStrategy.partition', 'partition must be at least 0']],
    ],
    [
      'a headless Service name starting with a digit',
      { kind: 'StatefulSet', serviceName: '1db' },
      [['serviceName', 'must start with a lowercase letter']],
    ],
    [
      'an access Service named like the headless one',
      {
        kind: 'StatefulSet',
        service: { name: 'web-headless', type: 'ClusterIP', ports: [{ port: 80, targetPort: 80 }] },
      },
      [['service.name', "the access Service needs a name other than the StatefulSet's headless Service"]],
    ],
    [
      'a DaemonSet with max unavailable 0',
      { kind: 'DaemonSet', updateStrategy: { type: 'RollingUpdate', maxUnavailable: '0%' } },
      [['updateStrategy.maxUnavailable', 'max unavailable may not be 0 for a DaemonSet']],
    ],
    ['a Job with 0 completions', { kind: 'Job', completions: 0 }, [['completions', 'completions must be at least 1']]],
    ['a Job with 0 parallelism', { kind: 'Job', parallelism: 0 }, [['parallelism', 'parallelism must be at least 1']]],
    [
      'a negative backoff limit',
      { kind: 'Job', backoffLimit: -1 },
      [['backoffLimit', 'backoff limit must be at least 0']],
    ],
    [
      'a Job restarting Always',
      { kind: 'Job', restartPolicy: 'Always' },
      [['restartPolicy', "restart policy must be 'Never' or 'OnFailure'"]],
    ],
    [
      'a CronJob with 6 fields',
      { kind: 'CronJob', schedule: '0 */5 * * * *' },
      [
        [
          'schedule',
          "schedule must have 5 fields (minute hour day-of-month month day-of-week), not 6, e.g. '*/5 * * * *'",
        ],
      ],
    ],
    [
      'a CronJob minute of 60',
      { kind: 'CronJob', schedule: '60 * * * *' },
      [['schedule', "schedule minute: '60' is outside 0-59"]],
    ],
    [
      'an unknown concurrency policy',
      { kind: 'CronJob', schedule: '@daily', concurrencyPolicy: 'Queue' },
      [['concurrencyPolicy', "concurrency policy must be 'Allow', 'Forbid' or 'Replace'"]],
    ],
    [
      'a CronJob job with 0 completions',
      { kind: 'CronJob', schedule: '@daily', job: { completions: 0 } },
      [['job.completions', 'completions must be at least 1']],
    ],
    [
      'a CronJob name over 52 characters',
      { kind: 'CronJob', schedule: '@daily', name: 'a'.repeat(53) },
      [['name', 'must be at most 52 characters for a CronJob (53 now)']],
    ],
    [
      'the label app, which the console sets',
      { labels: [{ key: 'app', value: 'x' }] },
      [['labels.0.key', "key 'app' is set to the workload name; use another key"]],
    ],
    [
      'a label key with two slashes',
      { labels: [{ key: 'a/b/c', value: '' }] },
      [['labels.0.key', "key may hold at most one '/', between a DNS prefix and the name"]],
    ],
    [
      'a label key with an uppercase prefix',
      { labels: [{ key: 'Example.com/x', value: '' }] },
      [['labels.0.key', 'key prefix uppercase letters are not allowed; use lowercase']],
    ],
    [
      'a label key name of 64 characters',
      { labels: [{ key: 'a'.repeat(64), value: '' }] },
      [
        [
          'labels.0.key',
          "key name must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
        ],
      ],
    ],
    [
      'a label value of 64 characters',
      { labels: [{ key: 'x', value: 'v'.repeat(64) }] },
      [
        [
          'labels.0.value',
          "value must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
        ],
      ],
    ],
    [
      'a label value ending in -',
      { labels: [{ key: 'x', value: 'v-' }] },
      [
        [
          'labels.0.value',
          "value must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
        ],
      ],
    ],
    [
      'a label key twice',
      {
        labels: [
          { key: 'x', value: '1' },
          { key: 'x', value: '2' },
        ],
      },
      [['labels.1.key', 'another label already has this key']],
    ],
    [
      'an annotation key with a space',
      { annotations: [{ key: 'a b', value: '' }] },
      [
        [
          'annotations.0.key',
          "key name must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
        ],
      ],
    ],
    [
      'an annotation key twice',
      {
        annotations: [
          { key: 'x', value: '' },
          { key: 'x', value: '' },
        ],
      },
      [['annotations.1.key', 'another annotation already has this key']],
    ],
    [
      'an init container with a probe',
      {
        initContainers: [{ name: 'setup', image: 'busybox', readinessProbe: { type: 'tcpSocket', port: 80 } }],
      },
      [
        [
          'initContainers.0.readinessProbe',
          'init containers take no probes; they run to completion before the others start',
        ],
      ],
    ],
    [
      'an init container named like a container',
      { initContainers: [{ name: 'app', image: 'busybox' }] },
      [['initContainers.0.name', 'another container already has this name']],
    ],
  ])('refuses %s, naming the field', (_, change, expected) =>
    expect(issues({ ...shared, ...change })).toEqual(expected),
  );
});
