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

/** `GET /api/namespaces/:ns/permissions`: what the signed-in user may create there (SelfSubjectAccessReview). */
export const namespacePermissions = z.strictObject({
  createSecrets: z.boolean(),
  createDeployments: z.boolean(),
  createStatefulSets: z.boolean(),
  createDaemonSets: z.boolean(),
  createJobs: z.boolean(),
  createCronJobs: z.boolean(),
  /** get on `pods/log`: the pod page's log viewer. */
  getPodLogs: z.boolean(),
});

export const csrfHeader = 'X-CSRF-Token';

export type SignInRequest = z.infer<typeof signInRequest>;
export type SessionInfo = z.infer<typeof sessionInfo>;
export type NamespacePermissions = z.infer<typeof namespacePermissions>;
