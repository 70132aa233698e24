import type { Router } from 'express';
import { dnsLabelProblems, dnsSubdomainProblems, serviceNameProblems } from '@berth/contracts';
import { HttpError } from './errors';

/**
 * The API server's name rule for each kind a path parameter names. A Deployment's is a DNS-1123 subdomain (`web.v2`
 * made by kubectl is valid), though the Create Workload form asks for a label, the `app` label value it becomes.
 */
const nameRules = {
  namespace: dnsLabelProblems,
  secret: dnsSubdomainProblems,
  deployment: dnsSubdomainProblems,
  statefulset: dnsSubdomainProblems,
  daemonset: dnsSubdomainProblems,
  job: dnsSubdomainProblems,
  cronjob: dnsSubdomainProblems,
  service: serviceNameProblems,
  serviceaccount: dnsSubdomainProblems,
  pod: dnsSubdomainProblems,
} as const;

export type NamedKind = keyof typeof nameRules;

/** The value as the message shows it: quoted, escaped, and cut short, since the sender chose it. */
function shown(value: string): string {
  return JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);
}

/**
 * Why `value` cannot name a `kind`, as a 404 naming the parameter; undefined when it can. 404, not 422: no object can
 * have that name, so the URL names nothing, which is what the API server answers for a name it does not have.
 */
export function nameParamError(param: string, kind: NamedKind, value: string): HttpError | undefined {
  const problem = nameRules[kind](value)[0];
  if (problem === undefined) return undefined;
  const message = `The ${param} parameter ${shown(value)} cannot name a ${kind}: ${problem}`;
  return new HttpError(404, 'NotFound', message, [{ path: param, message: problem }]);
}

/**
 * Checks `:param` of every route of `router` before its handler runs. Express decodes `%2e` to `.` and `%2F` to `/`,
 * and the URL the Kubernetes client builds resolves `.` and `..`: DELETE of secret `..` once deleted the namespace.
 */
export function requireNameParam(router: Router, param: string, kind: NamedKind): void {
  router.param(param, (_req, _res, next, value: string) => {
    const error = nameParamError(param, kind, value);
    if (error) throw error;
    next();
  });
}
