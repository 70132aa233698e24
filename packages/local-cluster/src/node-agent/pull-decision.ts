// imagePullPolicy, as the kubelet's image manager reads it (shouldPullImage).
export type PullPolicy = 'Always' | 'IfNotPresent' | 'Never';
export type PullDecision = 'pull' | 'use-present' | 'never-pull';

/** The API server defaults the policy; this mirrors that default for pods that somehow lack it. */
export function effectivePullPolicy(policy: string | undefined, image: string): PullPolicy {
  if (policy === 'Always' || policy === 'IfNotPresent' || policy === 'Never') return policy;
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const tagged = lastPart.includes(':') || image.includes('@');
  return !tagged || lastPart.endsWith(':latest') ? 'Always' : 'IfNotPresent';
}

export function decidePull(policy: PullPolicy, present: boolean): PullDecision {
  if (policy === 'Always') return 'pull';
  if (present) return 'use-present';
  return policy === 'Never' ? 'never-pull' : 'pull';
}
