import type { ManifestReader } from './manifest-reader';
import type { ServiceFormInput } from './service-form';

/** A StatefulSet's headless Service is written by the form itself; any other Service is the access Service. */
export type ServiceRole = 'headless' | 'access';

const sameMap = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** The access Service as the form holds it (undefined for the headless one); what differs is reported. */
export function readService(
  service: ManifestReader,
  { role, name, namespace }: { role: ServiceRole; name: string; namespace: string },
): ServiceFormInput | undefined {
  if (service.string('apiVersion') !== 'v1') service.problem('apiVersion', 'must be v1 for a Service');
  service.skip('kind');
  const metadata = service.mapping('metadata');
  const serviceName = metadata?.string('name') ?? '';
  const serviceNamespace = metadata?.string('namespace');
  if (serviceNamespace !== undefined && serviceNamespace !== namespace)
    metadata?.problem('namespace', `must be the workload's namespace (${namespace})`);
  const labels = metadata?.stringMap('labels') ?? {};
  const expectedLabels: Record<string, string> = role === 'headless' ? { app: name } : {};
  if (!sameMap(labels, expectedLabels)) metadata?.problem('labels', notWritten(role));
  if (metadata?.has('creationTimestamp') === false) metadata.skip('creationTimestamp');
  metadata?.rest();
  const spec = service.mapping('spec');
  const selector = spec?.stringMap('selector') ?? {};
  if (!sameMap(selector, { app: name }))
    spec?.problem('selector', `the form's Services select the pods by app: ${name}`);
  const type = spec?.oneOf('type', ['ClusterIP', 'NodePort'] as const, 'ClusterIP') ?? 'ClusterIP';
  const clusterIP = spec?.string('clusterIP');
  if (clusterIP !== undefined && clusterIP !== 'None')
    spec?.problem('clusterIP', "the form sets only 'None' (headless)");
  const ports = (spec?.mappings('ports') ?? []).map((p) => {
    const port = {
      ...(p.has('name') ? { name: p.string('name') } : {}),
      protocol: p.oneOf('protocol', ['TCP', 'UDP', 'SCTP'] as const, 'TCP'),
      port: p.number('port') ?? 0,
      targetPort: p.number('targetPort') ?? p.number('port') ?? 0,
      ...(p.has('nodePort') ? { nodePort: p.number('nodePort') } : {}),
    };
    p.rest();
    return port;
  });
  spec?.rest();
  service.rest();
  if (role === 'headless') {
    if (clusterIP !== 'None') spec?.problem('clusterIP', "a StatefulSet's headless Service has clusterIP: None");
    if (ports.length > 0) spec?.problem('ports', notWritten(role));
    return undefined;
  }
  return { name: serviceName, type: clusterIP === 'None' ? 'Headless' : type, ports };
}

function notWritten(role: ServiceRole): string {
  return role === 'headless'
    ? "the form writes the StatefulSet's headless Service itself, without these"
    : 'the form has no field for this; it is kept only while you edit the YAML';
}
