/** Where the console opens: the kubeconfig context's namespace (as kubectl), else the last one used, else default. */
export function landingNamespace(contextNamespace: string | undefined, remembered: readonly string[]): string {
  return contextNamespace || remembered[0] || 'default';
}
