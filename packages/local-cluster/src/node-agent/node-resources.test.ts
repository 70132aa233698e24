import { describe, expect, it } from 'vitest';
import { defaultNodeResources, nodeResourceLists, parseCpu, parseMemory } from './node-resources';

describe('node resources', () => {
  it.each([
    ['2', '2'],
    ['0.5', '500m'],
    ['1500m', '1500m'],
    ['2000m', '2'],
    ['0', undefined],
    ['-1', undefined],
    ['two', undefined],
    ['1.5Gi', undefined],
  ])('reads CPU %j as %j', (text, cpu) => {
    expect(parseCpu(text)).toBe(cpu);
  });

  it.each([
    ['8Gi', 8 * 1024 ** 3],
    ['512Mi', 512 * 1024 ** 2],
    ['2G', 2e9],
    ['1048576', 1048576],
    ['1.5Gi', 1.5 * 1024 ** 3],
    ['0', undefined],
    ['8 GB', undefined],
    ['lots', undefined],
  ])('reads memory %j as %j bytes', (text, bytes) => {
    expect(parseMemory(text)).toBe(bytes);
  });

  it('fits the machine by default: its cores, half its memory, 110 pods', () => {
    const resources = defaultNodeResources();
    expect(Number(resources.cpu)).toBeGreaterThanOrEqual(1);
    expect(resources.memoryBytes % 1024 ** 2).toBe(0);
    expect(resources.pods).toBe(110);
  });

  it('reports memory in Ki, allocatable less the 100Mi eviction reserve', () => {
    expect(nodeResourceLists({ cpu: '1500m', memoryBytes: 1024 ** 3, pods: 10 })).toEqual({
      capacity: { cpu: '1500m', memory: '1048576Ki', pods: '10', 'ephemeral-storage': '100Gi' },
      allocatable: { cpu: '1500m', memory: '946176Ki', pods: '10', 'ephemeral-storage': '100Gi' },
    });
  });
});
