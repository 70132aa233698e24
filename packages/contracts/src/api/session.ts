import { z } from 'zod';

/** `POST /api/session`: a Kubernetes bearer token, kept server-side; the browser only ever holds the session cookie. */
export const signInRequest = z.strictObject({
  token: z
    .string()
    .trim()
    .min(1, 'Paste a bearer token')
    .max(8192, 'A bearer token is at most 8192 characters')
    .regex(/^[\x21-\x7e]+$/, 'A bearer token has no spaces or control characters'),
  /**
   * The cluster (kubeconfig context) this token is for; absent: the default cluster, which starts the session. Another
   * cluster's token joins the signed-in session (its CSRF token required), one token per cluster in the one cookie.
   */
  cluster: z.string().min(1).optional(),
});

/** `GET /api/session`: who the BFF acts as for this browser, and the CSRF token its unsafe requests must carry. */
export const sessionInfo = z.strictObject({
  mode: z.enum(['single-user', 'token']),
  username: z.string(),
  /** Token mode only: send it back in the `X-CSRF-Token` header on POST, PUT, PATCH and DELETE. */
  csrfToken: z.string().optional(),
});

/**
 * The questions `GET /api/namespaces/:ns/permissions` asks as the signed-in user (SelfSubjectAccessReviews, as
 * `kubectl auth can-i` asks them): one home, read by the BFF's route and the SPA's hook.
 */
export const permissionQuestions = {
  createSecrets: { group: '', resource: 'secrets', verb: 'create' },
  createDeployments: { group: 'apps', resource: 'deployments', verb: 'create' },
  createStatefulSets: { group: 'apps', resource: 'statefulsets', verb: 'create' },
  createDaemonSets: { group: 'apps', resource: 'daemonsets', verb: 'create' },
  createJobs: { group: 'batch', resource: 'jobs', verb: 'create' },
  createCronJobs: { group: 'batch', resource: 'cronjobs', verb: 'create' },
  // Rollback, restart, pause and resume patch the workload, as `kubectl rollout` does.
  patchDeployments: { group: 'apps', resource: 'deployments', verb: 'patch' },
  patchStatefulSets: { group: 'apps', resource: 'statefulsets', verb: 'patch' },
  patchDaemonSets: { group: 'apps', resource: 'daemonsets', verb: 'patch' },
  // "Retry now" deletes a workload's pods that fail a pull.
  deletePods: { group: '', resource: 'pods', verb: 'delete' },
  // Link and Unlink a pull secret patch the ServiceAccount's imagePullSecrets.
  patchServiceAccounts: { group: '', resource: 'serviceaccounts', verb: 'patch' },
  // The pod page's log viewer: `kubectl logs` needs get on pods/log.
  getPodLogs: { group: '', resource: 'pods', subresource: 'log', verb: 'get' },
} as const satisfies Record<string, { group: string; resource: string; subresource?: string; verb: string }>;

export type PermissionName = keyof typeof permissionQuestions;

/** `GET /api/namespaces/:ns/permissions`: each question's answer. */
export const namespacePermissions = z.strictObject(
  Object.fromEntries(Object.keys(permissionQuestions).map((name) => [name, z.boolean()])) as Record<
    PermissionName,
    z.ZodBoolean
  >,
);

export const csrfHeader = 'X-CSRF-Token';

export type SignInRequest = z.infer<typeof signInRequest>;
export type SessionInfo = z.infer<typeof sessionInfo>;
export type NamespacePermissions = z.infer<typeof namespacePermissions>;
