// The agent's command line: what `nodeAgentService` passes and `main.ts` reads, kept in one place so they agree.
import { parseArgs } from 'node:util';
import { kubeletBackoff, type BackoffPolicy } from './backoff';
import { parseMirrorFlags, type RegistryMirrors } from './registry-mirror';

export interface NodeAgentOptions {
  stateDir: string;
  kubeconfigPath: string;
  mirrors: RegistryMirrors;
  backoff?: BackoffPolicy;
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
  return flags;
}

function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`${flag} wants a positive whole number of milliseconds, got "${value}"`);
  return parsed;
}

export function parseFlags(args: readonly string[]): Required<NodeAgentOptions> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      kubeconfig: { type: 'string' },
      'state-dir': { type: 'string' },
      mirror: { type: 'string', multiple: true },
      'backoff-initial-ms': { type: 'string' },
      'backoff-max-ms': { type: 'string' },
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
  };
}
