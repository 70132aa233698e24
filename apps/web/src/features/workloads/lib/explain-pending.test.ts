import { describe, expect, it } from 'vitest';
import { explainPending } from './explain-pending';

const unschedulable = (message?: string) => ({
  scheduling: { reason: 'Unschedulable', ...(message ? { message } : {}) },
});

describe('why a workload waits for a node', () => {
  it.each([
    ['0/1 nodes are available: 1 Insufficient cpu.', /^Lower the CPU Quota request/],
    ['0/1 nodes are available: 1 Insufficient memory.', /^Lower the Memory Quota request/],
    ['0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory.', /^Lower the CPU Quota and Memory Quota/],
    ["0/1 nodes are available: 1 node(s) didn't match node selector.", /node selector/],
  ])('says "Pending: %s" with a hint', (message, hint) => {
    const explanation = explainPending([{}, unschedulable(message)]);
    expect(explanation?.title).toBe(`Pending: ${message}`);
    expect(explanation?.hint).toMatch(hint);
  });

  it('falls back to the reason when the scheduler gave no message', () => {
    expect(explainPending([unschedulable()])?.title).toBe('Pending: Unschedulable');
  });

  it('says nothing when every pod is placed', () => {
    expect(explainPending([{}, {}])).toBeUndefined();
    expect(explainPending([])).toBeUndefined();
  });
});
