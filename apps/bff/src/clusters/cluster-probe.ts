// Whether a cluster answers, asked with `/version` and the context's own credentials, bounded by a timeout and cached
// briefly, so listing clusters never waits long on one that hangs, and a page reloaded in a loop asks each at most once.
import { ApiException, type KubeConfig } from '@kubernetes/client-node';
import type { ClusterSummary } from '@berth/contracts';
import { connectKubernetes } from '../kube/clients';
import { CredentialError } from '../kube/kubeconfig/credential-error';

export type ProbeResult = Pick<ClusterSummary, 'reachability' | 'version' | 'message'>;

export interface ProbeOptions {
  /** A probe still unanswered after this long is `unreachable`. */
  timeoutMs: number;
  /** How long an answer is reused. */
  cacheMs: number;
}

export const defaultProbeOptions: ProbeOptions = { timeoutMs: 2_000, cacheMs: 5_000 };

/** The error code down a cause chain (`ECONNREFUSED`, `CERT_HAS_EXPIRED`): undici's messages may quote addresses only. */
function codeOf(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
    current = current.cause;
  }
  return undefined;
}

/** A probe that got no answer within its timeout. */
export class ProbeTimeout extends Error {}

/** The sentence for a failed probe; never the credentials (a plugin's message is its stderr, already made safe). */
export function probeFailure(error: unknown, timeoutMs: number): ProbeResult {
  if (error instanceof ProbeTimeout)
    return { reachability: 'unreachable', message: `No answer within ${timeoutMs / 1000} s` };
  if (error instanceof CredentialError) return { reachability: 'unauthorized', message: error.message };
  if (error instanceof ApiException)
    return error.code === 401 || error.code === 403
      ? { reachability: 'unauthorized', message: `The API server refused the kubeconfig's credentials (${error.code})` }
      : { reachability: 'unreachable', message: `The API server answered ${error.code} to /version` };
  const code = codeOf(error);
  if (code === 'ECONNREFUSED') return { reachability: 'unreachable', message: 'Connection refused' };
  return { reachability: 'unreachable', message: `Cannot reach the API server${code ? ` (${code})` : ''}` };
}

async function probe(kubeConfig: KubeConfig, timeoutMs: number): Promise<ProbeResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout()), timeoutMs);
  });
  try {
    const info = await Promise.race([connectKubernetes(kubeConfig).version.getCode(), timeout]);
    return { reachability: 'reachable', version: info.gitVersion };
  } catch (error) {
    return probeFailure(error, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

/** Probes per context; one in flight per context at a time, its answer kept for `cacheMs`. */
export class ClusterProbes {
  readonly #answers = new Map<string, { kubeConfig: KubeConfig; at: number; result: Promise<ProbeResult> }>();

  constructor(private readonly options: ProbeOptions = defaultProbeOptions) {}

  /** The probe's answer: cached while fresh and for the same kubeconfig (a changed context is asked again). */
  probe(name: string, kubeConfig: KubeConfig): Promise<ProbeResult> {
    const now = performance.now();
    const cached = this.#answers.get(name);
    if (cached !== undefined && cached.kubeConfig === kubeConfig && now - cached.at < this.options.cacheMs)
      return cached.result;
    const result = probe(kubeConfig, this.options.timeoutMs);
    // Cached from when it settles: a probe that took the whole timeout is not stale the moment it answers.
    const entry = { kubeConfig, at: now, result };
    this.#answers.set(name, entry);
    void result.then(() => (entry.at = performance.now()));
    return result;
  }

  /** Forget contexts no longer in the kubeconfig. */
  keepOnly(names: readonly string[]): void {
    for (const name of this.#answers.keys()) if (!names.includes(name)) this.#answers.delete(name);
  }
}
