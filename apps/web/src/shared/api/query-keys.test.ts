import { describe, expect, it } from 'vitest';
import { queryKeys } from './query-keys';

const scoped: [string, readonly unknown[]][] = [
  ['clusterInfo', queryKeys.clusterInfo('a')],
  ['readyz', queryKeys.readyz('a')],
  ['namespaces', queryKeys.namespaces('a')],
  ['namespace', queryKeys.namespace('a', 'ns')],
  ['permissions', queryKeys.permissions('a', 'ns')],
  ['secrets', queryKeys.secrets('a', 'ns')],
  ['secret', queryKeys.secret('a', 'ns', 'n')],
  ['secretKeys', queryKeys.secretKeys('a', 'ns', 'n')],
  ['configMaps', queryKeys.configMaps('a', 'ns')],
  ['services', queryKeys.services('a', 'ns')],
  ['deployments', queryKeys.deployments('a', 'ns')],
  ['deployment', queryKeys.deployment('a', 'ns', 'n')],
  ['workloads', queryKeys.workloads('a', 'ns', 'jobs')],
  ['workload', queryKeys.workload('a', 'ns', 'jobs', 'n')],
];

describe('queryKeys', () => {
  it.each(scoped)('%s starts with its cluster, so nothing of one cluster is read under another', (_name, key) => {
    expect(key.slice(0, 2)).toEqual(queryKeys.cluster('a'));
  });

  it.each(scoped.filter(([, key]) => key.length > 3))('%s sits below its namespace', (_name, key) => {
    expect(key.slice(0, 4)).toEqual(queryKeys.namespace('a', 'ns'));
  });

  it('keeps the session and the cluster list outside every cluster', () => {
    expect(queryKeys.session()).toEqual(['session']);
    expect(queryKeys.clusters()).toEqual(['clusters']);
  });
});
