import { z } from 'zod';
import { credentialProblemReasons } from './errors';
import { cronJobApiVersions } from '../workloads/workload-kinds';

export const healthStatus = z.strictObject({ status: z.enum(['ok', 'unavailable']), message: z.string().optional() });

/** Why the API server could not be asked: Berth has no usable credential (the message says why and what to do). */
export const credentialProblem = z.strictObject({ reason: z.enum(credentialProblemReasons), message: z.string() });

/**
 * Which cluster and identity the BFF talks to; never the credentials themselves. The kubeconfig gives all but the
 * version, so without usable credentials the answer still names them, with `credentialProblem` in place of `version`.
 */
export const clusterInfo = z
  .strictObject({
    context: z.string(),
    server: z.string(),
    user: z.string(),
    /** The API server's `gitVersion`; absent exactly when `credentialProblem` says why it could not be asked. */
    version: z.string().optional(),
    credentialProblem: credentialProblem.optional(),
    /** The group version the cluster serves CronJobs as (discovery; 1.20: batch/v1beta1); absent if none or not known. */
    cronJobApiVersion: z.enum(cronJobApiVersions).optional(),
    /** The current context's `namespace:`, where the console opens (absent when the context names none). */
    namespace: z.string().optional(),
  })
  .refine((info) => (info.version === undefined) !== (info.credentialProblem === undefined), {
    message: 'exactly one of version and credentialProblem',
  });

export const namespaceSummary = z.strictObject({ name: z.string(), phase: z.string(), created: z.string() });
export const namespaceList = z.strictObject({ items: z.array(namespaceSummary) });

export type HealthStatus = z.infer<typeof healthStatus>;
export type ClusterInfo = z.infer<typeof clusterInfo>;
export type CredentialProblem = z.infer<typeof credentialProblem>;
export type NamespaceSummary = z.infer<typeof namespaceSummary>;
export type NamespaceList = z.infer<typeof namespaceList>;
