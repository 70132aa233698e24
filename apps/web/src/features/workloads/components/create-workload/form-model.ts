import { workloadKinds, workloadResources, type workloadForm, type WorkloadKind } from '@berth/contracts';
import type { z } from 'zod';

/** What react-hook-form holds while the user edits: the schema's input, before defaults and coercion. */
export type WorkloadFormInput = z.input<typeof workloadForm>;

/** The kinds whose pods are counted by `replicas`. */
export const hasReplicas = (kind: WorkloadKind) => kind === 'Deployment' || kind === 'StatefulSet';

/** A whole-number box: empty is "not set", never NaN. */
export const toOptionalNumber = (value: unknown) =>
  value === '' || value === undefined || value === null ? undefined : Number(value);

/** maxSurge and maxUnavailable: a number of pods (`1`) or a percentage (`'25%'`), as the API takes them. */
export const toIntOrPercent = (value: unknown) =>
  typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;

/** A container as a new tab starts: no name or image yet, pulled Always. */
export const newContainer = (): WorkloadFormInput['containers'][number] => ({
  name: '',
  image: '',
  tag: '',
  imagePullPolicy: 'Always',
});

const jobDefaults = { completions: 1, parallelism: 1, backoffLimit: 6, restartPolicy: 'Never' } as const;

/** A kind's own settings as a new form starts them (the schema's defaults, written out so the fields show them). */
function kindDefaults(kind: WorkloadKind) {
  switch (kind) {
    case 'Deployment':
      return {
        kind,
        replicas: 1,
        strategy: { type: 'RollingUpdate' as const, maxSurge: '25%', maxUnavailable: '25%' },
      };
    case 'StatefulSet':
      return { kind, replicas: 1, serviceName: '', updateStrategy: { type: 'RollingUpdate' as const, partition: 0 } };
    case 'DaemonSet':
      return { kind, updateStrategy: { type: 'RollingUpdate' as const, maxUnavailable: 1 } };
    case 'Job':
      return { kind, ...jobDefaults };
    case 'CronJob':
      return { kind, schedule: '', concurrencyPolicy: 'Allow' as const, suspend: false, job: { ...jobDefaults } };
  }
}

type SharedFields = Pick<
  WorkloadFormInput,
  'name' | 'namespace' | 'labels' | 'annotations' | 'containers' | 'initContainers' | 'imagePullSecrets' | 'service'
>;

/** The same workload as another kind: what every kind shares is kept, the kind's own settings start fresh. */
export function switchKind(values: SharedFields, kind: WorkloadKind): WorkloadFormInput {
  const { name, namespace, labels, annotations, containers, initContainers, imagePullSecrets, service } = values;
  return {
    name,
    namespace,
    labels,
    annotations,
    containers,
    initContainers,
    imagePullSecrets,
    ...(service ? { service } : {}),
    ...kindDefaults(kind),
  };
}

/** A new, empty Create Workload form of one kind. */
export const newWorkloadForm = (kind: WorkloadKind, namespace: string): WorkloadFormInput =>
  switchKind(
    {
      name: '',
      namespace,
      labels: [],
      annotations: [],
      containers: [newContainer()],
      initContainers: [],
      imagePullSecrets: [],
    },
    kind,
  );

/** The kind a `?kind=` query names (its plural); none or an unknown one means Deployment, as before. */
export function kindOfPlural(plural: string | null): WorkloadKind {
  return workloadKinds.find((k) => workloadResources[k].plural === plural) ?? 'Deployment';
}
