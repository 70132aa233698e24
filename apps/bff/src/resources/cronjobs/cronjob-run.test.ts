import { describe, expect, it } from 'vitest';
import { dnsLabelProblems } from '@berth/contracts';
import { jobFromCronJob, manualJobName } from './cronjob-run';

describe('manualJobName', () => {
  it('is <cronjob>-manual-<5 of [a-z0-9]>', () => {
    expect(manualJobName('report', (size) => Buffer.from([0, 1, 25, 26, 35].slice(0, size)))).toBe(
      'report-manual-abz09',
    );
  });

  it("stays a 63-character label value for the longest CronJob name (52, the controller's limit) and longer", () => {
    for (const length of [52, 63, 253]) {
      const name = manualJobName('a'.repeat(length));
      expect(name).toHaveLength(Math.min(63, length + 13));
      expect(dnsLabelProblems(name)).toEqual([]);
    }
  });
});

describe('jobFromCronJob', () => {
  it("takes the template's spec, labels and annotations over instantiate: manual, owned by the CronJob", () => {
    const spec = { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } } };
    const job = jobFromCronJob(
      {
        metadata: { name: 'report', uid: 'u-1', labels: { ignored: 'yes' } },
        spec: {
          schedule: '* * * * *',
          jobTemplate: {
            metadata: { labels: { team: 'data' }, annotations: { 'cronjob.kubernetes.io/instantiate': 'other' } },
            spec,
          },
        },
      },
      'batch/v1beta1',
      'report-manual-abcde',
    );
    expect(job).toEqual({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name: 'report-manual-abcde',
        // kubectl copies the template's annotations over its own: a template's value wins.
        annotations: { 'cronjob.kubernetes.io/instantiate': 'other' },
        labels: { team: 'data' },
        ownerReferences: [
          { apiVersion: 'batch/v1beta1', kind: 'CronJob', name: 'report', uid: 'u-1', controller: true },
        ],
      },
      spec,
    });
  });

  it('has no labels when the template has none', () => {
    const job = jobFromCronJob(
      { metadata: { name: 'r', uid: 'u' }, spec: { schedule: '* * * * *', jobTemplate: { spec: { template: {} } } } },
      'batch/v1',
      'r-manual-aaaaa',
    );
    expect(job.metadata?.labels).toBeUndefined();
    expect(job.metadata?.annotations).toEqual({ 'cronjob.kubernetes.io/instantiate': 'manual' });
  });
});
