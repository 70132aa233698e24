import { z } from 'zod';
import { dnsLabelProblems } from '../names';

// Kubernetes names Services with DNS-1035 labels (their names become DNS names that must not look like numbers).
const startsWithLetter = 'must start with a lowercase letter';

/** Everything wrong with a Service name (DNS-1035 label: a DNS-1123 label that starts with a letter); [] when valid. */
export function serviceNameProblems(name: string): string[] {
  const problems = dnsLabelProblems(name).map((p) =>
    p === 'must start with a lowercase letter or digit' ? startsWithLetter : p,
  );
  if (/^[0-9]/.test(name)) problems.push(startsWithLetter);
  return problems;
}

/** A Service name as kube-apiserver accepts it: DNS-1035 label, at most 63 characters. */
export const serviceName = z.string().check((ctx) => {
  for (const message of serviceNameProblems(ctx.value)) ctx.issues.push({ code: 'custom', message, input: ctx.value });
});

/** The Service types the console offers; Headless is a ClusterIP Service with `clusterIP: None`. */
export const serviceTypes = ['ClusterIP', 'NodePort', 'Headless'] as const;
export const serviceType = z.enum(serviceTypes, { error: "type must be 'ClusterIP', 'NodePort' or 'Headless'" });
export type ServiceType = z.infer<typeof serviceType>;

export const serviceProtocol = z.enum(['TCP', 'UDP', 'SCTP'], { error: "protocol must be 'TCP', 'UDP' or 'SCTP'" });

/** kube-apiserver's default `--service-node-port-range`. */
export const nodePortRange = { min: 30000, max: 32767 } as const;

function portNumber(field: string, min: number, max: number) {
  return z
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number` })
    .min(min, { error: `${field} must be between ${min} and ${max}` })
    .max(max, { error: `${field} must be between ${min} and ${max}` });
}

/** One port mapping: the Service's port, forwarded to the container port `targetPort`. */
export const servicePortForm = z.object({
  // A port's name is a DNS-1123 label; empty means none (allowed only for a single port).
  name: z
    .string()
    .optional()
    .check((ctx) => {
      if (ctx.value === undefined || ctx.value === '') return;
      for (const message of dnsLabelProblems(ctx.value)) {
        ctx.issues.push({ code: 'custom', message: `port name: ${message}`, input: ctx.value });
      }
    }),
  protocol: serviceProtocol.default('TCP'),
  port: portNumber('port', 1, 65535),
  targetPort: portNumber('target port', 1, 65535),
  nodePort: portNumber('node port', nodePortRange.min, nodePortRange.max).optional(),
});

type PortIssue = z.core.$ZodRawIssue;
type ServicePort = z.infer<typeof servicePortForm>;

/** What the API server checks across ports: names present and unique with several, port/protocol and nodePort unique. */
function portListIssues(type: ServiceType, ports: readonly ServicePort[]): PortIssue[] {
  const issues: PortIssue[] = [];
  const issue = (i: number, field: string, message: string, input: unknown) =>
    issues.push({ code: 'custom', message, path: ['ports', i, field], input });
  if (ports.length === 0 && type !== 'Headless') {
    issues.push({ code: 'custom', message: 'add at least one port', path: ['ports'], input: ports });
  }
  const names = new Set<string>();
  const ports_ = new Set<string>();
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    const name = p.name ?? '';
    if (ports.length > 1 && name === '')
      issue(i, 'name', 'port name is required when there is more than one port', name);
    else if (name !== '' && names.has(name)) issue(i, 'name', 'another port already has this name', name);
    names.add(name);
    const key = `${p.port}/${p.protocol}`;
    if (ports_.has(key)) issue(i, 'port', `another port already uses ${key}`, p.port);
    ports_.add(key);
    if (p.nodePort === undefined) return;
    if (type !== 'NodePort') issue(i, 'nodePort', 'node port applies only to NodePort Services', p.nodePort);
    const nodeKey = `${p.nodePort}/${p.protocol}`;
    if (nodePorts.has(nodeKey)) issue(i, 'nodePort', `another port already uses node port ${nodeKey}`, p.nodePort);
    nodePorts.add(nodeKey);
  });
  return issues;
}

/** The type and port mappings of a Service: what the console creates and what it may change later. */
export const serviceAccessForm = z.object({ type: serviceType, ports: z.array(servicePortForm) }).check((ctx) => {
  ctx.issues.push(...portListIssues(ctx.value.type, ctx.value.ports));
});

/** The access Service of the Create Workload form and of the workload detail's "Add Service". */
export const serviceForm = z
  .object({ name: serviceName, type: serviceType, ports: z.array(servicePortForm) })
  .check((ctx) => {
    ctx.issues.push(...portListIssues(ctx.value.type, ctx.value.ports));
  });

export type ServicePortForm = ServicePort;
export type ServiceAccessForm = z.infer<typeof serviceAccessForm>;
export type ServiceForm = z.infer<typeof serviceForm>;
export type ServiceFormInput = z.input<typeof serviceForm>;

export interface ServiceManifestPort {
  name?: string;
  protocol: ServicePort['protocol'];
  port: number;
  targetPort: number;
  nodePort?: number;
}

/** The v1 Service fields Berth writes; the API server fills the rest (clusterIP, sessionAffinity, …). */
export interface ServiceManifest {
  apiVersion: 'v1';
  kind: 'Service';
  metadata: { name: string; namespace: string };
  spec: {
    type: 'ClusterIP' | 'NodePort';
    clusterIP?: 'None';
    selector: Record<string, string>;
    ports?: ServiceManifestPort[];
  };
}

/** The ports as the Service spec holds them: no empty name, a node port only on a NodePort Service. */
export function toServicePorts(type: ServiceType, ports: readonly ServicePort[]): ServiceManifestPort[] {
  return ports.map((p) => ({
    ...(p.name !== undefined && p.name !== '' ? { name: p.name } : {}),
    protocol: p.protocol,
    port: p.port,
    targetPort: p.targetPort,
    ...(type === 'NodePort' && p.nodePort !== undefined ? { nodePort: p.nodePort } : {}),
  }));
}

/** The Service `kubectl apply` would create for the form: Headless is ClusterIP with `clusterIP: None`. */
export function toServiceManifest(
  service: ServiceForm,
  { namespace, selector }: { namespace: string; selector: Record<string, string> },
): ServiceManifest {
  const ports = toServicePorts(service.type, service.ports);
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
