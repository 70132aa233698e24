// The console status and kubectl columns of the four kinds after Deployments, from the objects the controllers write.
import type {
  V1DaemonSet,
  V1DaemonSetStatus,
  V1Pod,
  V1StatefulSet,
  V1StatefulSetStatus,
} from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { toCronJobSummary } from '../cronjobs/cronjob-summary';
import { toDaemonSetSummary } from '../daemonsets/daemonset-summary';
import { completionsColumn, toJobSummary } from '../jobs/job-summary';
import { toStatefulSetSummary } from '../statefulsets/statefulset-summary';

const failed = (reason: string, message: string) => ({ type: 'Failed', status: 'True', reason, message });
const pullingPod: V1Pod = {
  status: {
    containerStatuses: [
      {
        name: 'c',
        image: 'busybox',
        imageID: '',
        ready: false,
        restartCount: 0,
        state: { waiting: { reason: 'ImagePullBackOff', message: 'no' } },
      },
    ],
  },
};
const noPods: V1Pod[] = [];
const job = (status: object, spec: object = { completions: 1 }, created = '2026-01-01T00:00:00Z') => ({
  metadata: { name: 'j', namespace: 'ns', creationTimestamp: created },
  spec: { ...spec, template: { spec: { containers: [{ name: 'c', image: 'busybox' }] } } },
  status,
});

describe('Job status', () => {
  it.each([
    ['no status yet', {}, noPods, { status: 'Running' }],
    ['a pod cannot pull', { active: 1 }, [pullingPod], { status: 'Running', reason: 'ImagePullBackOff' }],
    ['complete', { succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] }, noPods, { status: 'Complete' }],
    [
      'failed past its backoff limit',
      { failed: 3, conditions: [failed('BackoffLimitExceeded', 'Job has reached the specified backoff limit')] },
      [],
      { status: 'Failed', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' },
    ],
    [
      'past its deadline',
      { conditions: [failed('DeadlineExceeded', 'Job was active longer than specified deadline')] },
      [],
      { status: 'Failed', reason: 'DeadlineExceeded' },
    ],
    [
      'a condition no longer true',
      { conditions: [{ type: 'Failed', status: 'False' }] },
      noPods,
      { status: 'Running' },
    ],
  ])('%s', (_case, status, pods, expected) => {
    expect(toJobSummary(job(status), pods)).toMatchObject(expected);
  });

  it.each([
    [{ completions: 3 }, { succeeded: 1 }, '1/3'],
    [{}, {}, '0/1'],
    [{ parallelism: 4 }, { succeeded: 2 }, '2/1 of 4'],
  ])('COMPLETIONS of %j with %j is %s, as kubectl prints it', (spec, status, column) => {
    expect(completionsColumn(job(status, spec))).toBe(column);
  });
});

describe('CronJob status', () => {
  const cronJob = (spec: object, status: object = {}) => ({
    metadata: { name: 'c', namespace: 'ns', uid: 'cu' },
    spec: { schedule: '0 * * * *', jobTemplate: { spec: { template: { spec: { containers: [] } } } }, ...spec },
    status,
  });
  const done = job({ conditions: [{ type: 'Complete', status: 'True' }] }, {}, '2026-01-02T00:00:00Z');
  const broke = job({ conditions: [failed('BackoffLimitExceeded', 'm')] }, {}, '2026-01-03T00:00:00Z');

  it.each([
    [
      'suspended',
      cronJob({ suspend: true }, { active: [{ name: 'j' }] }),
      [broke],
      { status: 'Suspended', suspend: true },
    ],
    ['running a Job', cronJob({}, { active: [{ name: 'j' }] }), [], { status: 'Active', active: 1 }],
    ['its newest Job failed', cronJob({}), [done, broke], { status: 'Failed', reason: 'BackoffLimitExceeded' }],
    ['an older Job failed', cronJob({}), [job({ conditions: [failed('X', 'm')] }), done], { status: 'Scheduled' }],
    ['never run', cronJob({}), [], { status: 'Scheduled', concurrencyPolicy: 'Allow', suspend: false }],
  ])('%s', (_case, object, jobs, expected) => {
    expect(toCronJobSummary(object, jobs)).toMatchObject(expected);
  });
});

describe('StatefulSet and DaemonSet status', () => {
  const metadata = { name: 's', namespace: 'ns', generation: 2 };
  const template = { spec: { containers: [] } };
  // The API server omits zero counts, so a status may lack fields the client-node types call required.
  const statefulSet = (status: Partial<V1StatefulSetStatus>): V1StatefulSet => ({
    metadata,
    spec: { replicas: 2, serviceName: 'h', selector: {}, template },
    status: status as V1StatefulSetStatus,
  });
  const daemonSet = (status: Partial<V1DaemonSetStatus>): V1DaemonSet => ({
    metadata,
    spec: { selector: {}, template },
    status: status as V1DaemonSetStatus,
  });
  it.each([
    ['every replica ready', { observedGeneration: 2, replicas: 2, readyReplicas: 2 }, noPods, 'Running'],
    ['an old generation', { observedGeneration: 1, replicas: 2, readyReplicas: 2 }, noPods, 'Processing'],
    [
      'rolling to a new revision',
      { observedGeneration: 2, replicas: 2, readyReplicas: 2, currentRevision: 'a', updateRevision: 'b' },
      [],
      'Processing',
    ],
    ['one not ready', { observedGeneration: 2, replicas: 2, readyReplicas: 1 }, noPods, 'Processing'],
    // One of two ready: partly available, not Failed.
    ['a pod cannot pull', { observedGeneration: 2, replicas: 2, readyReplicas: 1 }, [pullingPod], 'Degraded'],
    ['no pod can pull', { observedGeneration: 2, replicas: 2 }, [pullingPod], 'Failed'],
  ])('StatefulSet: %s', (_case, status, pods, expected) => {
    expect(toStatefulSetSummary(statefulSet(status), pods)).toMatchObject({
      status: expected,
      ready: `${'readyReplicas' in status ? status.readyReplicas : 0}/2`,
    });
  });

  it.each([
    [
      'on every node',
      {
        observedGeneration: 2,
        desiredNumberScheduled: 2,
        numberReady: 2,
        updatedNumberScheduled: 2,
        numberAvailable: 2,
      },
      'Running',
    ],
    [
      'one node behind',
      {
        observedGeneration: 2,
        desiredNumberScheduled: 2,
        numberReady: 2,
        updatedNumberScheduled: 1,
        numberAvailable: 2,
      },
      'Processing',
    ],
    ['not yet seen by its controller', {}, 'Processing'],
  ])('DaemonSet: %s', (_case, status, expected) => {
    expect(toDaemonSetSummary(daemonSet(status), noPods)).toMatchObject({ status: expected });
  });

  it.each([
    [1, { status: 'Degraded', message: '1 of 2 pods available; pod  cannot start (ImagePullBackOff: no)' }],
    [0, { status: 'Failed', message: 'no' }],
  ])('DaemonSet with %i of 2 available and a pod that cannot pull', (numberAvailable, expected) => {
    const status = { observedGeneration: 2, desiredNumberScheduled: 2, numberReady: numberAvailable, numberAvailable };
    expect(toDaemonSetSummary(daemonSet(status), [pullingPod])).toMatchObject({
      reason: 'ImagePullBackOff',
      ...expected,
    });
  });
});
