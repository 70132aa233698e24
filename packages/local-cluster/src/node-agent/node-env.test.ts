import { describe, expect, it } from 'vitest';
import { nodeOptionsFromEnv } from './node-env';

describe('the node settings of cluster up', () => {
  it('leaves the defaults when nothing is set', () => {
    expect(nodeOptionsFromEnv({})).toEqual({});
  });

  it('takes CPU, memory and the run time', () => {
    const options = nodeOptionsFromEnv({ BERTH_NODE_CPU: '4', BERTH_NODE_MEMORY: '8Gi', BERTH_JOB_RUN_MS: '250' });
    expect(options.resources).toMatchObject({ cpu: '4', memoryBytes: 8 * 1024 ** 3, pods: 110 });
    expect(options.runMs).toBe(250);
  });

  it('names the variable that is wrong', () => {
    expect(() => nodeOptionsFromEnv({ BERTH_NODE_CPU: 'many' })).toThrow(/BERTH_NODE_CPU/);
    expect(() => nodeOptionsFromEnv({ BERTH_NODE_MEMORY: '8 gigs' })).toThrow(/BERTH_NODE_MEMORY/);
    expect(() => nodeOptionsFromEnv({ BERTH_JOB_RUN_MS: '1s' })).toThrow(/BERTH_JOB_RUN_MS/);
  });
});
