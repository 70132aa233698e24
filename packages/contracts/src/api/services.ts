import { z } from 'zod';
import { listResourceVersion } from './lists';
import { manifestText } from './deployments';

/** One port of a Service as the API server holds it; a targetPort may name a container port (kubectl-made Services). */
export const servicePortSummary = z.strictObject({
  name: z.string().optional(),
  protocol: z.string(),
  port: z.number().int(),
  targetPort: z.union([z.number().int(), z.string()]),
  nodePort: z.number().int().optional(),
});

/** One row of `kubectl get service -o wide`: type, cluster IP (`None` when headless), ports and selector. */
export const serviceSummary = z.strictObject({
  name: z.string(),
  namespace: z.string(),
  type: z.string(),
  clusterIP: z.string(),
  ports: z.array(servicePortSummary),
  /** Label key to value; empty for a Service without a selector. A catchall object, not z.record: 1 KB less in the first route. */
  selector: z.object({}).catchall(z.string()),
  created: z.string(),
});

export const serviceList = z.strictObject({ items: z.array(serviceSummary), resourceVersion: listResourceVersion });

/** A manifest as `kubectl create -f` takes it: YAML or JSON text of one v1 Service. */
export const serviceManifestRequest = z.strictObject({ manifest: manifestText });

export type ServicePortSummary = z.infer<typeof servicePortSummary>;
export type ServiceSummary = z.infer<typeof serviceSummary>;
export type ServiceList = z.infer<typeof serviceList>;
export type ServiceManifestRequest = z.infer<typeof serviceManifestRequest>;
