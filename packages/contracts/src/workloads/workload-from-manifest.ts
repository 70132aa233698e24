import type { z } from 'zod';
import { readContainer } from './container-from-manifest';
import type { ManifestReader } from './manifest-reader';
import type { WorkloadKind } from './workload-kinds';
import type { WorkloadFormInput } from './workload-form';
import type { jobSettings } from './workload-strategies';

type Entry = { key: string; value: string };
type Shared = Omit<Extract<WorkloadFormInput, { kind: 'Job' }>, 'kind' | keyof typeof jobSettings>;
type JobInput = { [K in keyof typeof jobSettings]?: z.input<(typeof jobSettings)[K]> };

const entries = (map: Record<string, string>): Entry[] => Object.entries(map).map(([key, value]) => ({ key, value }));
const sameMap = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** kubectl's client-side dry run writes `creationTimestamp: null`, which says nothing; a real one is reported. */
function emptyTimestamp(metadata: ManifestReader): void {
  if (metadata.has('creationTimestamp')) return;
  metadata.skip('creationTimestamp');
}

/** The name, namespace, labels (but `app`) and annotations of the workload. */
function readMetadata(object: ManifestReader, namespace: string) {
  const metadata = object.mapping('metadata');
  const name = metadata?.string('name') ?? '';
  const labels = metadata?.stringMap('labels') ?? {};
  const annotations = metadata?.stringMap('annotations') ?? {};
  const result = {
    name,
    namespace: metadata?.string('namespace') ?? namespace,
    labels: entries(Object.fromEntries(Object.entries(labels).filter(([k]) => k !== 'app'))),
    annotations: entries(annotations),
  };
  if (metadata && labels.app !== undefined && labels.app !== name)
    metadata.problem('labels.app', `the form sets app to the workload name (${name})`);
  if (metadata) emptyTimestamp(metadata);
  metadata?.rest();
  return result;
}

/** The selector must be `app: <name>`, as the form always writes it. */
function checkSelector(spec: ManifestReader, name: string): void {
  const selector = spec.mapping('selector');
  const matchLabels = selector?.stringMap('matchLabels') ?? {};
  selector?.rest();
  if (!sameMap(matchLabels, { app: name }))
    spec.problem('selector.matchLabels', `the form selects pods by app: ${name} only`);
}

/** The pod template: containers, init containers, pull secrets; its labels must be the workload's. */
function readTemplate(spec: ManifestReader, expectedLabels: Record<string, string>, jobPolicy: boolean) {
  const template = spec.mapping('template');
  const metadata = template?.mapping('metadata');
  const labels = metadata?.stringMap('labels') ?? {};
  if (metadata) emptyTimestamp(metadata);
  metadata?.rest();
  // Absent labels are what the form fills in; different ones would be lost.
  if (Object.keys(labels).length > 0 && !sameMap(labels, expectedLabels))
    template?.problem('metadata.labels', "the form gives the pods the workload's labels and app: <name>");
  const pod = template?.mapping('spec');
  const containers = pod?.mappings('containers').map(readContainer) ?? [];
  const initContainers = pod?.mappings('initContainers').map(readContainer) ?? [];
  const imagePullSecrets = (pod?.mappings('imagePullSecrets') ?? []).map((s) => {
    const name = s.string('name') ?? '';
    s.rest();
    return name;
  });
  const restart = pod?.string('restartPolicy');
  if (!jobPolicy && restart !== undefined && restart !== 'Always')
    pod?.problem('restartPolicy', "the form's pods restart Always, as this kind requires");
  pod?.rest();
  template?.rest();
  return { containers, initContainers, imagePullSecrets, restartPolicy: restart };
}

/** The Job spec as the form's settings; the API server's generated selector is reported if written. */
function readJob(
  spec: ManifestReader | undefined,
  labels: Record<string, string>,
): { job: JobInput; pod: ReturnType<typeof readTemplate> | undefined } {
  if (!spec) return { job: {}, pod: undefined };
  const job: JobInput = {
    completions: spec.number('completions'),
    parallelism: spec.number('parallelism'),
    backoffLimit: spec.number('backoffLimit'),
  };
  const pod = readTemplate(spec, labels, true);
  const restart = pod.restartPolicy;
  if (restart === 'Never' || restart === 'OnFailure') job.restartPolicy = restart;
  else if (restart !== undefined)
    spec.problem('template.spec.restartPolicy', "a Job's pods restart 'Never' or 'OnFailure'");
  spec.rest();
  return { job: Object.fromEntries(Object.entries(job).filter(([, v]) => v !== undefined)), pod };
}

/** The form of one workload object of `kind`; problems for everything the form cannot hold. */
export function readWorkload(object: ManifestReader, kind: WorkloadKind, namespace: string): WorkloadFormInput {
  object.skip('apiVersion');
  object.skip('kind');
  const meta = readMetadata(object, namespace);
  const labels = { app: meta.name, ...Object.fromEntries(meta.labels.map((l) => [l.key, l.value])) };
  const spec = object.mapping('spec');
  object.rest();
  const shared = (pod: ReturnType<typeof readTemplate> | undefined): Shared => ({
    ...meta,
    containers: pod?.containers ?? [],
    initContainers: pod?.initContainers ?? [],
    imagePullSecrets: pod?.imagePullSecrets ?? [],
  });
  if (kind === 'Job') {
    const { job, pod } = readJob(spec, labels);
    return { kind, ...shared(pod), ...job };
  }
  if (kind === 'CronJob') {
    const schedule = spec?.string('schedule') ?? '';
    const concurrencyPolicy = spec?.oneOf('concurrencyPolicy', ['Allow', 'Forbid', 'Replace'] as const, 'Allow');
    const suspend = spec?.boolean('suspend');
    const jobTemplate = spec?.mapping('jobTemplate');
    const jobMetadata = jobTemplate?.mapping('metadata');
    const jobLabels = jobMetadata?.stringMap('labels');
    if (jobMetadata) emptyTimestamp(jobMetadata);
    jobMetadata?.rest();
    if (jobLabels !== undefined && Object.keys(jobLabels).length > 0 && !sameMap(jobLabels, { app: meta.name }))
      jobTemplate?.problem('metadata.labels', `the form labels each Job app: ${meta.name}`);
    const { job, pod } = readJob(jobTemplate?.mapping('spec'), labels);
    jobTemplate?.rest();
    spec?.rest();
    return { kind, ...shared(pod), schedule, concurrencyPolicy, ...(suspend === undefined ? {} : { suspend }), job };
  }
  if (spec) checkSelector(spec, meta.name);
  const pod = spec ? readTemplate(spec, labels, false) : undefined;
  const replicas = kind === 'DaemonSet' ? undefined : spec?.number('replicas');
  const base = { ...shared(pod), ...(replicas === undefined ? {} : { replicas }) };
  if (kind === 'Deployment') {
    const strategy = spec?.mapping('strategy');
    const type = strategy?.oneOf('type', ['RollingUpdate', 'Recreate'] as const, 'RollingUpdate');
    const rolling = strategy?.mapping('rollingUpdate');
    const maxSurge = rolling?.intOrString('maxSurge') ?? '25%';
    const maxUnavailable = rolling?.intOrString('maxUnavailable') ?? '25%';
    rolling?.rest();
    strategy?.rest();
    spec?.rest();
    return {
      kind,
      ...base,
      strategy: type === 'Recreate' ? { type } : { type: 'RollingUpdate', maxSurge, maxUnavailable },
    };
  }
  const update = spec?.mapping('updateStrategy');
  const type = update?.oneOf('type', ['RollingUpdate', 'OnDelete'] as const, 'RollingUpdate');
  const rolling = update?.mapping('rollingUpdate');
  if (kind === 'StatefulSet') {
    const partition = rolling?.number('partition') ?? 0;
    const serviceName = spec?.string('serviceName') ?? '';
    rolling?.rest();
    update?.rest();
    spec?.rest();
    const updateStrategy = type === 'OnDelete' ? { type } : { type: 'RollingUpdate' as const, partition };
    return { kind, ...base, serviceName, updateStrategy };
  }
  const maxUnavailable = rolling?.intOrString('maxUnavailable') ?? 1;
  rolling?.rest();
  update?.rest();
  spec?.rest();
  const updateStrategy = type === 'OnDelete' ? { type } : { type: 'RollingUpdate' as const, maxUnavailable };
  return { kind, ...shared(pod), updateStrategy };
}
