import { z } from 'zod';
import { dnsLabelName } from '../names';

// Minimal stand-in with the design's shape: the services helper owns this file and its full rules.
const port = (field: string, min = 1, max = 65535) =>
  z
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number` })
    .min(min, { error: `${field} must be between ${min} and ${max}` })
    .max(max, { error: `${field} must be between ${min} and ${max}` });

export const serviceTypes = ['ClusterIP', 'NodePort', 'Headless'] as const;
export const serviceType = z.enum(serviceTypes, { error: "type must be 'ClusterIP', 'NodePort' or 'Headless'" });

export const servicePortForm = z.object({
  name: z.string().optional(),
  protocol: z.enum(['TCP', 'UDP', 'SCTP']).default('TCP'),
  port: port('port'),
  targetPort: port('target port'),
  nodePort: port('node port', 30000, 32767).optional(),
});

/** The access Service of the Create Workload form. */
export const serviceForm = z.object({ name: dnsLabelName, type: serviceType, ports: z.array(servicePortForm) });

export type ServiceForm = z.infer<typeof serviceForm>;
export type ServiceFormInput = z.input<typeof serviceForm>;

export interface ServiceManifest {
  apiVersion: 'v1';
  kind: 'Service';
  metadata: { name: string; namespace: string };
  spec: {
    type: 'ClusterIP' | 'NodePort';
    clusterIP?: 'None';
    selector: Record<string, string>;
    ports?: { name?: string; protocol: string; port: number; targetPort: number; nodePort?: number }[];
  };
}

/** The Service `kubectl apply` would create for the form: Headless is ClusterIP with `clusterIP: None`. */
export function toServiceManifest(
  service: ServiceForm,
  { namespace, selector }: { namespace: string; selector: Record<string, string> },
): ServiceManifest {
  const ports = service.ports.map((p) => ({
    ...(p.name !== undefined && p.name !== '' ? { name: p.name } : {}),
    protocol: p.protocol,
    port: p.port,
    targetPort: p.targetPort,
    ...(service.type === 'NodePort' && p.nodePort !== undefined ? { nodePort: p.nodePort } : {}),
  }));
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: service.name, namespace },
    spec: {
      type: service.type === 'NodePort' ? 'NodePort' : 'ClusterIP',
      ...(service.type === 'Headless' ? { clusterIP: 'None' as const } : {}),
      selector: { ...selector },
      ...(ports.length > 0 ? { ports } : {}),
    },
  };
}
