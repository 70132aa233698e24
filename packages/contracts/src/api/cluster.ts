import { z } from 'zod';

export const healthStatus = z.strictObject({ status: z.enum(['ok', 'unavailable']), message: z.string().optional() });

/** Which cluster and identity the BFF talks to; never the credentials themselves. */
export const clusterInfo = z.strictObject({
  context: z.string(),
  server: z.string(),
  user: z.string(),
  version: z.string(),
  /** The current context's `namespace:`, where the console opens (absent when the context names none). */
  namespace: z.string().optional(),
});

export const namespaceSummary = z.strictObject({ name: z.string(), phase: z.string(), created: z.string() });
export const namespaceList = z.strictObject({ items: z.array(namespaceSummary) });

export type HealthStatus = z.infer<typeof healthStatus>;
export type ClusterInfo = z.infer<typeof clusterInfo>;
export type NamespaceSummary = z.infer<typeof namespaceSummary>;
export type NamespaceList = z.infer<typeof namespaceList>;
