import type { V1Pod, V1Volume } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { failedMountMessage, requiredVolumeObjects } from './pod-volumes';

const pod = (volumes: V1Volume[]): V1Pod => ({ spec: { containers: [{ name: 'c' }], volumes } });

describe('requiredVolumeObjects', () => {
  it.each<[string, V1Volume[], ReturnType<typeof requiredVolumeObjects>]>([
    ['no volumes', [], []],
    ['an emptyDir', [{ name: 'tmp', emptyDir: {} }], []],
    ['a secret', [{ name: 'keys', secret: { secretName: 's' } }], [{ volume: 'keys', kind: 'secret', name: 's' }]],
    ['an optional secret', [{ name: 'keys', secret: { secretName: 's', optional: true } }], []],
    ['a configMap', [{ name: 'conf', configMap: { name: 'c' } }], [{ volume: 'conf', kind: 'configmap', name: 'c' }]],
    [
      'projected sources, one optional',
      [
        {
          name: 'all',
          projected: { sources: [{ secret: { name: 'a' } }, { configMap: { name: 'b', optional: true } }] },
        },
      ],
      [{ volume: 'all', kind: 'secret', name: 'a' }],
    ],
  ])('%s', (_, volumes, expected) => {
    expect(requiredVolumeObjects(pod(volumes))).toEqual(expected);
  });
});

describe('failedMountMessage', () => {
  it("says it as the kubelet's volume manager does", () => {
    expect(failedMountMessage({ volume: 'keys', kind: 'secret', name: 'berth-session-keys' })).toBe(
      'MountVolume.SetUp failed for volume "keys" : secret "berth-session-keys" not found',
    );
  });
});
