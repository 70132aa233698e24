import { describe, expect, it } from 'vitest';
import { isNodeUsable, kubernetesArch, newNode, nodeStatus, withoutNotReadyTaints } from './node-object';

const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-01-01T00:00:10Z');

describe('the local Node', () => {
  it('is labelled like a kubelet node', () => {
    expect(newNode().metadata?.labels).toMatchObject({
      'kubernetes.io/hostname': 'berth-local-node',
      'kubernetes.io/os': 'linux',
      'kubernetes.io/arch': kubernetesArch(),
    });
    expect(kubernetesArch('x64')).toBe('amd64');
  });

  it('reports Ready with capacity, and keeps transition times across heartbeats', () => {
    const first = nodeStatus(undefined, t0, { cpu: '2', memoryBytes: 8 * 1024 ** 3, pods: 110 });
    expect(first.capacity).toMatchObject({ cpu: '2', memory: '8388608Ki', pods: '110' });
    // Allocatable holds back the kubelet's 100Mi hard-eviction threshold, as a real node's does.
    expect(first.allocatable).toMatchObject({ cpu: '2', memory: '8286208Ki', pods: '110' });
    expect(first.nodeInfo?.kubeletVersion).toBe('v1.20.2');
    expect(first.conditions?.map((c) => [c.type, c.status, c.reason])).toEqual([
      ['MemoryPressure', 'False', 'KubeletHasSufficientMemory'],
      ['DiskPressure', 'False', 'KubeletHasNoDiskPressure'],
      ['PIDPressure', 'False', 'KubeletHasSufficientPID'],
      ['Ready', 'True', 'KubeletReady'],
    ]);
    const ready = nodeStatus(first, t1).conditions?.find((c) => c.type === 'Ready');
    expect(ready?.lastHeartbeatTime).toEqual(t1);
    expect(ready?.lastTransitionTime).toEqual(t0);
  });

  it('drops only the not-ready and unreachable taints', () => {
    const mine = { key: 'dedicated', value: 'x', effect: 'NoSchedule' };
    expect(withoutNotReadyTaints([{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }, mine])).toEqual([
      mine,
    ]);
    expect(withoutNotReadyTaints([mine])).toBeUndefined();
    expect(withoutNotReadyTaints(undefined)).toBeUndefined();
  });

  it('is usable when Ready, freshly heartbeated and untainted', () => {
    const node = { ...newNode(), status: nodeStatus(undefined, t0) };
    expect(isNodeUsable(node, t1)).toBe(true);
    expect(isNodeUsable(node, new Date(t0.getTime() + 60_000))).toBe(false);
    expect(
      isNodeUsable({ ...node, spec: { taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }] } }, t1),
    ).toBe(false);
    expect(isNodeUsable(newNode(), t1)).toBe(false);
  });
});
