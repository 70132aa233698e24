// What `npm start` tells the person at the terminal: where the console is, which cluster and identity, and the demo registries.
export interface BannerFacts {
  url: string;
  context: string;
  server: string;
  user: string | undefined;
  /** The embedded cluster's env (registry addresses and demo credentials); absent for a cluster the user named. */
  localClusterEnv: Record<string, string> | undefined;
  /** Why the first request had no usable credential (the plugin's stderr and exit status, or the API server's 401). */
  credentialProblem?: { reason: string; message: string } | undefined;
  /** In a pod, as its service account; `actsAsServiceAccount` when every visitor acts as it (no sign-in). */
  inCluster?: { actsAsServiceAccount: boolean } | undefined;
}

export function startupBanner(facts: BannerFacts): string {
  const lines = [`Berth is running at ${facts.url}`];
  const user = facts.user ?? 'unknown user';
  if (facts.inCluster === undefined) lines.push(`  cluster: context ${facts.context} (${facts.server}) as ${user}`);
  else {
    lines.push(`  cluster: in-cluster (${facts.server}) as the pod's service account ${user}`);
    lines.push(
      facts.inCluster.actsAsServiceAccount
        ? `  WARNING: --unsafe-act-as-service-account: EVERY VISITOR ACTS AS ${user}, with no sign-in; put an authenticating proxy in front`
        : '  sign-in: each user signs in with their own token; the service account only answers readyz',
    );
  }
  const problem = facts.credentialProblem;
  if (problem?.reason === 'CredentialsRejected') {
    lines.push(
      `  credentials: REJECTED by the API server (401) for user ${facts.user ?? 'unknown user'}; fix the kubeconfig's credentials (a tokenFile is read again on every request; restart Berth for other changes)`,
    );
  } else if (problem !== undefined) {
    const indented = problem.message.split('\n').join('\n    ');
    lines.push(
      `  credentials: NOT AVAILABLE; fix this and reload the console (a failed plugin is run again after up to a minute):`,
      `    ${indented}`,
    );
  }
  const env = facts.localClusterEnv;
  if (env) {
    // Demo credentials of the embedded registries, for typing into Create Secret; generated per machine, never committed.
    lines.push(
      `  private registry: ${env.BERTH_REGISTRY ?? '?'}  username ${env.BERTH_REGISTRY_USERNAME ?? '?'}  password ${env.BERTH_REGISTRY_PASSWORD ?? '?'}`,
      `  token registry:   ${env.BERTH_TOKEN_REGISTRY ?? '?'}  username ${env.BERTH_TOKEN_REGISTRY_USERNAME ?? '?'}  password ${env.BERTH_TOKEN_REGISTRY_PASSWORD ?? '?'}`,
      `  docker.io mirror: ${env.BERTH_MIRROR ?? '?'} (nginx:latest)`,
      `  kubectl:          eval "$(npm run -s cluster -- env)"`,
    );
  }
  lines.push('Press Ctrl-C to stop.');
  return lines.join('\n');
}
