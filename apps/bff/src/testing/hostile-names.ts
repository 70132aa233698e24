// Path parameter values that must never reach a Kubernetes URL, as sent on the wire (percent-encoded where a client would).

export interface HostileName {
  sent: string;
  /** A 64-character name is valid for Secrets and Deployments (DNS-1123 subdomains), invalid for namespaces (labels). */
  labelsOnly?: true;
}

export const hostileNames: HostileName[] = [
  { sent: '.' },
  { sent: '..' },
  { sent: '%2e' },
  { sent: '%2E%2e' },
  { sent: '%2F' },
  { sent: '..%2F..' },
  { sent: 'a%2Fb' },
  { sent: 'Bad_Name' },
  { sent: '%20' },
  { sent: '%00' },
  { sent: '%E2%80%AE' },
  { sent: 'a'.repeat(254) },
  { sent: 'a'.repeat(64), labelsOnly: true },
];

/** Percent-encodings Express cannot decode: a 400, before any parameter check. */
export const undecodableNames = ['%zz', '%C0%AE'];

export type ParamKind =
  | 'cluster'
  | 'namespace'
  | 'secret'
  | 'deployment'
  | 'service'
  | 'serviceaccount'
  | 'statefulset'
  | 'daemonset'
  | 'job'
  | 'cronjob'
  | 'pod';

/** What a route's `:param` names, from where it sits in the path; undefined for a parameter no rule covers yet. */
export function paramKind(path: string, param: string): ParamKind | undefined {
  if (param === 'ns') return 'namespace';
  // A kubeconfig context's name: any text, so only "no such context" (404 naming it) is checked.
  if (param === 'cluster') return 'cluster';
  // `…/serviceaccounts/:sa/image-pull-secrets/:secret`: the secret linked to a ServiceAccount.
  if (param === 'secret') return 'secret';
  const collection = new RegExp(`/(\\w+)/:${param}(/|$)`).exec(path)?.[1];
  const kinds: Record<string, ParamKind> = {
    secrets: 'secret',
    deployments: 'deployment',
    statefulsets: 'statefulset',
    daemonsets: 'daemonset',
    jobs: 'job',
    cronjobs: 'cronjob',
    services: 'service',
    serviceaccounts: 'serviceaccount',
    pods: 'pod',
  };
  return collection === undefined ? undefined : kinds[collection];
}

export function paramsOf(path: string): string[] {
  return [...path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
}
