// `cluster up`'s environment for the node: BERTH_NODE_CPU, BERTH_NODE_MEMORY and BERTH_JOB_RUN_MS, checked before start.
import { defaultNodeResources, parseCpu, parseMemory, type NodeResources } from './node-resources';

export interface NodeEnvOptions {
  resources?: NodeResources;
  runMs?: number;
}

export function nodeOptionsFromEnv(env: Record<string, string | undefined>): NodeEnvOptions {
  const { BERTH_NODE_CPU: cpuText, BERTH_NODE_MEMORY: memoryText, BERTH_JOB_RUN_MS: runText } = env;
  const options: NodeEnvOptions = {};
  if (cpuText || memoryText) {
    const defaults = defaultNodeResources();
    const cpu = cpuText ? parseCpu(cpuText) : defaults.cpu;
    const memoryBytes = memoryText ? parseMemory(memoryText) : defaults.memoryBytes;
    if (cpu === undefined)
      throw new Error(`BERTH_NODE_CPU must be a CPU quantity such as 2 or 1500m, not "${cpuText ?? ''}"`);
    if (memoryBytes === undefined)
      throw new Error(`BERTH_NODE_MEMORY must be a memory quantity such as 8Gi, not "${memoryText ?? ''}"`);
    options.resources = { ...defaults, cpu, memoryBytes };
  }
  if (runText) {
    const runMs = Number(runText);
    if (!Number.isInteger(runMs) || runMs <= 0)
      throw new Error(`BERTH_JOB_RUN_MS must be a positive whole number of milliseconds, not "${runText}"`);
    options.runMs = runMs;
  }
  return options;
}
