import type { V1PodTemplateSpec } from '@kubernetes/client-node';
import type { ContainerPort } from '@berth/contracts';
import type { ModelOrJson } from '../../kube/list-json';

/** The pod template's labels and its containers' ports, which the detail page's Access section matches Services against. */
export function podAccessOf(template: ModelOrJson<V1PodTemplateSpec> | undefined): {
  podLabels: Record<string, string>;
  containerPorts: ContainerPort[];
} {
  const containerPorts = (template?.spec?.containers ?? []).flatMap((c) =>
    (c.ports ?? []).map((p) => ({
      containerPort: p.containerPort,
      // The API server defaults it to TCP; a list read before defaulting may lack it.
      protocol: p.protocol ?? 'TCP',
      ...(p.name ? { name: p.name } : {}),
    })),
  );
  return { podLabels: { ...template?.metadata?.labels }, containerPorts };
}
