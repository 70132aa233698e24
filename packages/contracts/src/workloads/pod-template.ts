import type { ContainerForm } from './container-form';
import type { EnvVarForm } from './env-form';
import type { ProbeForm } from './probe-form';
import { probeKinds } from './probe-form';
import type { WorkloadForm } from './workload-form';

/** A JSON object as a manifest holds it. */
export type ManifestObject = { [key: string]: unknown };

/** A container of a pod spec: the fields every caller reads, and the rest the form set. */
export type ContainerManifest = {
  name: string;
  image: string;
  imagePullPolicy: ContainerForm['imagePullPolicy'];
} & ManifestObject;

/** The workload's metadata as the form writes it. */
export type WorkloadMetadata = {
  name: string;
  namespace: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
};

/** The pod template as the form writes it. */
export type PodTemplateManifest = {
  metadata: { labels: Record<string, string> };
  spec: {
    initContainers?: ContainerManifest[];
    containers: ContainerManifest[];
    restartPolicy?: 'Never' | 'OnFailure';
    imagePullSecrets?: { name: string }[];
  };
};

/** The image as the user wrote it, with the separate tag field appended when given. */
export function containerImage({ image, tag }: Pick<ContainerForm, 'image' | 'tag'>): string {
  return tag === undefined || tag === '' ? image : `${image}:${tag}`;
}

function envVar(env: EnvVarForm): ManifestObject {
  switch (env.source) {
    case 'value':
      return { name: env.name, value: env.value };
    case 'secretKey':
      return { name: env.name, valueFrom: { secretKeyRef: { name: env.secret, key: env.key } } };
    case 'configMapKey':
      return { name: env.name, valueFrom: { configMapKeyRef: { name: env.configMap, key: env.key } } };
  }
}

function probe(p: ProbeForm): ManifestObject {
  const { initialDelaySeconds, periodSeconds, timeoutSeconds, failureThreshold, successThreshold } = p;
  const action =
    p.type === 'httpGet'
      ? { httpGet: { path: p.path, port: p.port, scheme: p.scheme } }
      : p.type === 'tcpSocket'
        ? { tcpSocket: { port: p.port } }
        : { exec: { command: [...p.command] } };
  const timing = { initialDelaySeconds, periodSeconds, timeoutSeconds, failureThreshold, successThreshold };
  return { ...action, ...Object.fromEntries(Object.entries(timing).filter(([, v]) => v !== undefined)) };
}

function definedOnly(amounts: { cpu?: string; memory?: string }): ManifestObject | undefined {
  const entries = Object.entries(amounts).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** One container as the pod spec holds it; empty lists and unset fields are left out, as kubectl shows them. */
export function toContainer(c: ContainerForm): ContainerManifest {
  const requests = definedOnly(c.resources.requests);
  const limits = definedOnly(c.resources.limits);
  const resources = { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) };
  const probes = Object.fromEntries(probeKinds.flatMap((k) => (c[k] ? [[k, probe(c[k])]] : [])));
  return {
    name: c.name,
    image: containerImage(c),
    imagePullPolicy: c.imagePullPolicy,
    ...(c.command.length > 0 ? { command: [...c.command] } : {}),
    ...(c.args.length > 0 ? { args: [...c.args] } : {}),
    ...(c.env.length > 0 ? { env: c.env.map(envVar) } : {}),
    ...(c.ports.length > 0
      ? {
          ports: c.ports.map((p) => ({
            ...(p.name !== undefined ? { name: p.name } : {}),
            containerPort: p.containerPort,
            protocol: p.protocol,
          })),
        }
      : {}),
    ...(Object.keys(resources).length > 0 ? { resources } : {}),
    ...probes,
  };
}

/** The `app: <name>` selector every kind's pods are found by. */
export function selectorOf(form: Pick<WorkloadForm, 'name'>): { app: string } {
  return { app: form.name };
}

/** The user's labels beside `app: <name>`, which comes first and always wins. */
export function labelsOf(form: Pick<WorkloadForm, 'name' | 'labels'>): Record<string, string> {
  return { ...selectorOf(form), ...Object.fromEntries(form.labels.map((l) => [l.key, l.value])) };
}

/** The workload's metadata: name, namespace, and the user's labels and annotations when there are any (the seed's has none). */
export function workloadMetadata(form: WorkloadForm): WorkloadMetadata {
  const labels = Object.fromEntries(form.labels.map((l) => [l.key, l.value]));
  const annotations = Object.fromEntries(form.annotations.map((a) => [a.key, a.value]));
  return {
    name: form.name,
    namespace: form.namespace,
    ...(form.labels.length > 0 ? { labels } : {}),
    ...(form.annotations.length > 0 ? { annotations } : {}),
  };
}

/** The pod template: labels, init containers, containers, pull secrets and (for Jobs) the restart policy. */
export function toPodTemplate(form: WorkloadForm, restartPolicy?: 'Never' | 'OnFailure'): PodTemplateManifest {
  const imagePullSecrets = form.imagePullSecrets.map((name) => ({ name }));
  return {
    metadata: { labels: labelsOf(form) },
    spec: {
      ...(form.initContainers.length > 0 ? { initContainers: form.initContainers.map(toContainer) } : {}),
      containers: form.containers.map(toContainer),
      ...(restartPolicy ? { restartPolicy } : {}),
      ...(imagePullSecrets.length > 0 ? { imagePullSecrets } : {}),
    },
  };
}
