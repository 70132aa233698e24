// The agent's command line: what `nodeAgentService` passes and `main.ts` reads, kept in one place so they agree.
import { parseArgs } from 'node:util';
import type { V1Taint } from '@kubernetes/client-node';
import { kubeletBackoff, type BackoffPolicy } from './backoff';
import { defaultRunMs } from './container-run';
import { defaultKubeletPort } from './node-object';
import { defaultNodeResources, parseCpu, parseMemory, type NodeResources } from './node-resources';
import { parseMirrorFlags, type RegistryMirrors } from './registry-mirror';

export interface NodeAgentOptions {
  stateDir: string;
  kubeconfigPath: string;
  mirrors: RegistryMirrors;
  backoff?: BackoffPolicy;
  /** What the Node advertises; this machine's cores and half its memory by default. */
  resources?: NodeResources;
  /** How long a container that runs to completion (a Job's) runs before it exits. */
  runMs?: number;
  /** The kubelet port it serves container logs on (`daemonEndpoints.kubeletEndpoint.Port`). */
  kubeletPort?: number;
  /** The CA whose client certificates may read logs (the kubelet's --client-ca-file); absent: any client. */
  clientCaFile?: string;
  /** `key=value:Effect`, as the kubelet's --register-with-taints: a node only pods that tolerate it (or name it) use. */
  taints?: V1Taint[];
}

export function toFlags(options: NodeAgentOptions): string[] {
  const flags = ['--kubeconfig', options.kubeconfigPath, '--state-dir', options.stateDir];
  for (const [registry, endpoint] of Object.entries(options.mirrors)) flags.push('--mirror', `${registry}=${endpoint}`);
  if (options.backoff) {
    flags.push(
      '--backoff-initial-ms',
      String(options.backoff.initialMs),
      '--backoff-max-ms',
      String(options.backoff.maxMs),
    );
  }
  if (options.resources) {
    const { cpu, memoryBytes, pods } = options.resources;
    flags.push('--cpu', cpu, '--memory', String(memoryBytes), '--pods', String(pods));
  }
  if (options.runMs !== undefined) flags.push('--run-ms', String(options.runMs));
  if (options.kubeletPort !== undefined) flags.push('--kubelet-port', String(options.kubeletPort));
  if (options.clientCaFile !== undefined) flags.push('--client-ca-file', options.clientCaFile);
  for (const taint of options.taints ?? [])
    flags.push('--register-with-taints', `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`);
  return flags;
}

/** `key[=value]:NoSchedule|PreferNoSchedule|NoExecute`. */
export function parseTaint(text: string): V1Taint {
  const match = /^([^=:]+)(?:=([^:]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/.exec(text);
  if (!match) throw new Error(`--register-with-taints wants key=value:Effect, got "${text}"`);
  return { key: match[1] ?? '', ...(match[2] ? { value: match[2] } : {}), effect: match[3] ?? 'NoSchedule' };
}

function positiveInteger(flag: string, value: string | undefined, fallback: number, unit = 'milliseconds'): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`${flag} wants a positive whole number of ${unit}, got "${value}"`);
  return parsed;
}

function quantity<T>(flag: string, value: string | undefined, parse: (text: string) => T | undefined, fallback: T): T {
  if (value === undefined) return fallback;
  const parsed = parse(value);
  if (parsed === undefined)
    throw new Error(
      `${flag} wants a Kubernetes quantity such as ${flag === '--cpu' ? '2 or 1500m' : '8Gi'}, got "${value}"`,
    );
  return parsed;
}

function nodeResources(values: { cpu?: string; memory?: string; pods?: string }): NodeResources {
  const defaults = defaultNodeResources();
  return {
    cpu: quantity('--cpu', values.cpu, parseCpu, defaults.cpu),
    memoryBytes: quantity('--memory', values.memory, parseMemory, defaults.memoryBytes),
    pods: positiveInteger('--pods', values.pods, defaults.pods, 'pods'),
  };
}

export function parseFlags(
  args: readonly string[],
): Required<Omit<NodeAgentOptions, 'clientCaFile'>> & Pick<NodeAgentOptions, 'clientCaFile'> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      kubeconfig: { type: 'string' },
      'state-dir': { type: 'string' },
      mirror: { type: 'string', multiple: true },
      'backoff-initial-ms': { type: 'string' },
      'backoff-max-ms': { type: 'string' },
      cpu: { type: 'string' },
      memory: { type: 'string' },
      pods: { type: 'string' },
      'run-ms': { type: 'string' },
      'kubelet-port': { type: 'string' },
      'client-ca-file': { type: 'string' },
      'register-with-taints': { type: 'string', multiple: true },
    },
  });
  if (!values.kubeconfig) throw new Error('--kubeconfig is required');
  if (!values['state-dir']) throw new Error('--state-dir is required');
  const initialMs = positiveInteger('--backoff-initial-ms', values['backoff-initial-ms'], kubeletBackoff.initialMs);
  const maxMs = positiveInteger(
    '--backoff-max-ms',
    values['backoff-max-ms'],
    Math.max(kubeletBackoff.maxMs, initialMs),
  );
  if (maxMs < initialMs) throw new Error('--backoff-max-ms must not be less than --backoff-initial-ms');
  return {
    kubeconfigPath: values.kubeconfig,
    stateDir: values['state-dir'],
    mirrors: parseMirrorFlags(values.mirror ?? []),
    backoff: { initialMs, maxMs },
    resources: nodeResources(values),
    runMs: positiveInteger('--run-ms', values['run-ms'], defaultRunMs),
    kubeletPort: positiveInteger('--kubelet-port', values['kubelet-port'], defaultKubeletPort, 'a port'),
    ...(values['client-ca-file'] ? { clientCaFile: values['client-ca-file'] } : {}),
    taints: (values['register-with-taints'] ?? []).map(parseTaint),
  };
}
