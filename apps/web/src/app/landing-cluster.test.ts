import { describe, expect, it } from 'vitest';
import { clusterSummary } from '../testing/clusters';
import { enterClusterHref, landsOnClusters } from './landing-cluster';

describe('landsOnClusters', () => {
  it.each([
    ['no list (the BFF could not say)', undefined, false],
    ['no context', [], false],
    ['one context', [clusterSummary('a')], false],
    ['two contexts', [clusterSummary('a'), clusterSummary('b')], true],
  ])('%s: %s', (_case, clusters, expected) => {
    expect(landsOnClusters(clusters)).toBe(expected);
  });
});

describe('enterClusterHref', () => {
  it.each([
    [
      "the context's namespace",
      clusterSummary('a', { namespace: 'team-a' }),
      ['team-b'],
      '/clusters/a/namespaces/team-a/workloads',
    ],
    ['else the last one used', clusterSummary('a'), ['team-b'], '/clusters/a/namespaces/team-b/workloads'],
    ['else default', clusterSummary('a'), [], '/clusters/a/namespaces/default/workloads'],
    [
      'a context name escaped as one segment',
      clusterSummary('arn:aws:eks:eu-west-1:1:cluster/prod'),
      [],
      '/clusters/arn%3Aaws%3Aeks%3Aeu-west-1%3A1%3Acluster%2Fprod/namespaces/default/workloads',
    ],
  ])('%s', (_case, cluster, remembered, expected) => {
    expect(enterClusterHref(cluster, remembered)).toBe(expected);
  });
});
