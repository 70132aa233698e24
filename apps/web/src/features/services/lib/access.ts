import {
  type ContainerPort,
  serviceNameProblems,
  type ServiceFormInput,
  type ServicePortForm,
  type ServiceSummary,
  type ServiceType,
} from '@berth/contracts';
import type { DefaultValues } from 'react-hook-form';

export type { ContainerPort } from '@berth/contracts';

type Protocol = ServicePortForm['protocol'];
const protocols: readonly string[] = ['TCP', 'UDP', 'SCTP'];
const protocolOf = (protocol: string): Protocol => (protocols.includes(protocol) ? (protocol as Protocol) : 'TCP');

/** Whether the Service sends traffic to these pods: its selector is not empty and every label of it is on them. */
export function selectsPods(service: ServiceSummary, podLabels: Readonly<Record<string, string>>): boolean {
  const wanted = Object.entries(service.selector);
  return wanted.length > 0 && wanted.every(([key, value]) => podLabels[key] === value);
}

/** `kubectl get service`'s TYPE, with a headless ClusterIP Service called what the console calls it. */
export function serviceTypeLabel(service: ServiceSummary): string {
  return service.clusterIP === 'None' ? 'Headless' : service.type;
}

/** The port mappings as `port:targetPort/protocol`, e.g. `80:8080/TCP, 53:53/UDP`. */
export function portMappings(service: ServiceSummary): string {
  return service.ports.map((p) => `${p.port}:${p.targetPort}/${p.protocol}`).join(', ');
}

export function nodePorts(service: ServiceSummary): string {
  return service.ports.flatMap((p) => (p.nodePort === undefined ? [] : [String(p.nodePort)])).join(', ');
}

/** The type the edit dialog starts from; LoadBalancer and ExternalName Services are not the console's to edit. */
export function editableType(service: ServiceSummary): ServiceType | undefined {
  if (service.clusterIP === 'None') return 'Headless';
  return service.type === 'ClusterIP' || service.type === 'NodePort' ? service.type : undefined;
}

/** The edit dialog's values: a named target port becomes the number of the container port of that name, if known. */
export function formOfService(
  service: ServiceSummary,
  type: ServiceType,
  containerPorts: readonly ContainerPort[],
): DefaultValues<ServiceFormInput> {
  return {
    name: service.name,
    type,
    ports: service.ports.map((p) => ({
      name: p.name ?? '',
      protocol: protocolOf(p.protocol),
      port: p.port,
      ...(p.nodePort === undefined ? {} : { nodePort: p.nodePort }),
      ...(typeof p.targetPort === 'number'
        ? { targetPort: p.targetPort }
        : containerPorts
            .filter((c) => c.name === p.targetPort)
            .slice(0, 1)
            .map((c) => ({ targetPort: c.containerPort }))[0]),
    })),
  };
}

/** "Add Service": named after the workload's `app` label when that can name a Service, one port per container port. */
export function newServiceForm(
  selector: Readonly<Record<string, string>>,
  containerPorts: readonly ContainerPort[],
): DefaultValues<ServiceFormInput> {
  const app = selector.app ?? '';
  const several = containerPorts.length > 1;
  return {
    name: serviceNameProblems(app).length === 0 ? app : '',
    type: 'ClusterIP',
    ports:
      containerPorts.length === 0
        ? [{ name: '', protocol: 'TCP' }]
        : containerPorts.map((c) => ({
            name: c.name ?? (several ? `${c.protocol.toLowerCase()}-${c.containerPort}` : ''),
            protocol: protocolOf(c.protocol),
            port: c.containerPort,
            targetPort: c.containerPort,
          })),
  };
}
