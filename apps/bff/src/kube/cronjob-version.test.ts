import { describe, expect, it } from 'vitest';
import { chooseCronJobVersion, type ServedResources } from './cronjob-version';

const served = (groupVersion: string, ...names: string[]): ServedResources => ({
  groupVersion,
  resources: names.map((name) => ({ name })),
});

describe('chooseCronJobVersion', () => {
  it.each([
    [
      '1.20: batch/v1 has Jobs only',
      [served('batch/v1', 'jobs', 'jobs/status'), served('batch/v1beta1', 'cronjobs')],
      'batch/v1beta1',
    ],
    [
      '1.21 to 1.24: both serve them, v1 wins',
      [served('batch/v1', 'jobs', 'cronjobs'), served('batch/v1beta1', 'cronjobs')],
      'batch/v1',
    ],
    ['1.25+: v1beta1 is gone (404)', [served('batch/v1', 'jobs', 'cronjobs'), undefined], 'batch/v1'],
    ['no batch group at all', [undefined, undefined], undefined],
    ['only the status subresource', [served('batch/v1beta1', 'cronjobs/status')], undefined],
  ])('%s', (_case, answers, expected) => {
    expect(chooseCronJobVersion(answers)).toBe(expected);
  });
});
