import type { V1Service } from '@kubernetes/client-node';
import type { ServiceSummary } from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { ModelOrJson } from '../../kube/list-json';

/** A Service from a client-node call, a raw list (`listJson`) or the watch. */
type Service = ModelOrJson<V1Service>;

/** A Service as `kubectl get service -o wide` lists it; built field by field. */
export function toServiceSummary(service: Service): ServiceSummary {
  const spec = service.spec;
  return {
    name: service.metadata?.name ?? '',
    namespace: service.metadata?.namespace ?? '',
    type: spec?.type ?? 'ClusterIP',
    clusterIP: spec?.clusterIP ?? '',
    ports: (spec?.ports ?? []).map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      protocol: p.protocol ?? 'TCP',
      port: p.port,
      // The API server defaults a missing targetPort to the port.
      targetPort: p.targetPort ?? p.port,
      ...(p.nodePort ? { nodePort: p.nodePort } : {}),
    })),
    selector: { ...(spec?.selector ?? {}) },
    created: isoTime(service.metadata?.creationTimestamp),
  };
}
