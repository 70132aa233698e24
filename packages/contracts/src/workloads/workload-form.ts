import { z } from 'zod';
import { dnsLabelName, dnsLabelProblems } from '../names';
import { imagePullSecretNames, replicaCount } from './pod-fields';
import { containerForm } from './container-form';
import { cronScheduleProblem } from './cron-schedule';
import { annotationEntries, labelEntries } from './metadata-entries';
import { probeKinds } from './probe-form';
import { serviceForm } from './service-form';
import {
  daemonSetUpdateStrategy,
  deploymentStrategy,
  jobSettings,
  statefulSetUpdateStrategy,
} from './workload-strategies';

export { containerForm } from './container-form';
export { containerImageReference, imagePullPolicy, imagePullSecretNames, replicaCount } from './pod-fields';
export type { ContainerForm, ContainerFormInput } from './container-form';

/** What every kind shares: the name, labels and annotations, the pod's containers and pull secrets, a Service. */
const shared = {
  name: dnsLabelName,
  namespace: dnsLabelName,
  labels: labelEntries.default([]),
  annotations: annotationEntries.default([]),
  containers: z.array(containerForm).min(1, { error: 'add at least one container' }),
  initContainers: z.array(containerForm).default([]),
  imagePullSecrets: imagePullSecretNames.default([]),
  service: serviceForm.optional(),
};

type PodShape = { containers: { name: string }[]; initContainers: z.infer<typeof containerForm>[] };

/** Container names are unique across both lists (the pod has one namespace of them); init containers take no probes. */
function podIssues({ containers, initContainers }: PodShape): z.core.$ZodRawIssue[] {
  const issues: z.core.$ZodRawIssue[] = [];
  const seen = new Set<string>();
  const lists = [
    ['containers', containers],
    ['initContainers', initContainers],
  ] as const;
  for (const [list, entries] of lists) {
    entries.forEach((c, i) => {
      if (seen.has(c.name)) {
        const message = 'another container already has this name';
        issues.push({ code: 'custom', message, path: [list, i, 'name'], input: c.name });
      }
      seen.add(c.name);
    });
  }
  initContainers.forEach((c, i) => {
    for (const probe of probeKinds) {
      if (c[probe] === undefined) continue;
      const message = 'init containers take no probes; they run to completion before the others start';
      issues.push({ code: 'custom', message, path: ['initContainers', i, probe], input: c[probe] });
    }
  });
  return issues;
}

export const deploymentForm = z
  .object({
    kind: z.literal('Deployment').default('Deployment'),
    ...shared,
    replicas: replicaCount.default(1),
    strategy: deploymentStrategy.default({ type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: '25%' }),
  })
  .check((ctx) => void ctx.issues.push(...podIssues(ctx.value)));

// A StatefulSet's Service is a DNS-1035 label: it starts with a letter.
const headlessServiceName = z
  .string()
  .trim()
  .default('')
  .check((ctx) => {
    if (ctx.value === '') return;
    const problems = dnsLabelProblems(ctx.value);
    if (/^[0-9]/.test(ctx.value)) problems.push('must start with a lowercase letter');
    for (const message of problems) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  });

const statefulSetForm = z
  .object({
    kind: z.literal('StatefulSet'),
    ...shared,
    replicas: replicaCount.default(1),
    serviceName: headlessServiceName,
    updateStrategy: statefulSetUpdateStrategy.default({ type: 'RollingUpdate', partition: 0 }),
  })
  // Left empty, the headless Service is named after the workload, as CCE suggests.
  .overwrite((v) => (v.serviceName === '' ? { ...v, serviceName: `${v.name}-headless` } : v))
  .check((ctx) => {
    ctx.issues.push(...podIssues(ctx.value));
    const { service, serviceName } = ctx.value;
    if (service?.name === serviceName) {
      const message = "the access Service needs a name other than the StatefulSet's headless Service";
      ctx.issues.push({ code: 'custom', message, path: ['service', 'name'], input: service.name });
    }
  });

const daemonSetForm = z
  .object({
    kind: z.literal('DaemonSet'),
    ...shared,
    updateStrategy: daemonSetUpdateStrategy.default({ type: 'RollingUpdate', maxUnavailable: 1 }),
  })
  .check((ctx) => void ctx.issues.push(...podIssues(ctx.value)));

const jobForm = z
  .object({ kind: z.literal('Job'), ...shared, ...jobSettings })
  .check((ctx) => void ctx.issues.push(...podIssues(ctx.value)));

// The CronJob controller names each Job `<name>-<minutes since epoch>`, 11 more characters, within 63.
const cronJobNameLength = 52;

const cronJobForm = z
  .object({
    kind: z.literal('CronJob'),
    ...shared,
    schedule: z
      .string()
      .trim()
      .check((ctx) => {
        const problem = cronScheduleProblem(ctx.value);
        if (problem !== undefined)
          ctx.issues.push({ code: 'custom', message: `schedule ${problem}`, input: ctx.value });
      }),
    concurrencyPolicy: z
      .enum(['Allow', 'Forbid', 'Replace'], { error: "concurrency policy must be 'Allow', 'Forbid' or 'Replace'" })
      .default('Allow'),
    suspend: z.boolean({ error: 'suspend must be true or false' }).default(false),
    job: z.object(jobSettings).default({ completions: 1, parallelism: 1, backoffLimit: 6, restartPolicy: 'Never' }),
  })
  .check((ctx) => {
    ctx.issues.push(...podIssues(ctx.value));
    const { name } = ctx.value;
    if (name.length > cronJobNameLength) {
      const message = `must be at most ${cronJobNameLength} characters for a CronJob (${name.length} now)`;
      ctx.issues.push({ code: 'custom', message, path: ['name'], input: name });
    }
  });

/** The Create Workload form, one branch per kind; a body without `kind` is a Deployment, as before. */
export const workloadForm = z.discriminatedUnion(
  'kind',
  [deploymentForm, statefulSetForm, daemonSetForm, jobForm, cronJobForm],
  { error: "kind must be 'Deployment', 'StatefulSet', 'DaemonSet', 'Job' or 'CronJob'" },
);

export type WorkloadForm = z.infer<typeof workloadForm>;
export type WorkloadFormInput = z.input<typeof workloadForm>;
export type DeploymentForm = z.infer<typeof deploymentForm>;
export type StatefulSetForm = z.infer<typeof statefulSetForm>;
export type DaemonSetForm = z.infer<typeof daemonSetForm>;
export type JobForm = z.infer<typeof jobForm>;
export type CronJobForm = z.infer<typeof cronJobForm>;
export type JobSettings = Pick<JobForm, 'completions' | 'parallelism' | 'backoffLimit' | 'restartPolicy'>;
