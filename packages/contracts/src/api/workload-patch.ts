import { z } from 'zod';
import { dnsLabelName } from '../names';
import { containerImageReference, imagePullSecretNames, replicaCount } from '../workloads/pod-fields';

// The fields the console may change on a running workload, each kind offering the ones that apply to it (a Job's pod
// template is immutable, so a Job offers its parallelism instead, as `kubectl scale job` once did).

const image = z.strictObject({ container: dnsLabelName.optional(), image: containerImageReference });
const saySomething = (fields: string) => ({ message: `Say what to change: ${fields}` });
const anyDefined = (patch: Record<string, unknown>) => Object.values(patch).some((v) => v !== undefined);

// Here, not beside deploymentSummary: the form's rules it needs would otherwise come into every page that reads a
// Deployment (the SPA's first route).
/** What the console may change on a running Deployment, each field under the Create Workload form's own rule. */
export const deploymentPatch = z
  .strictObject({
    replicas: replicaCount.optional(),
    image: z.strictObject({ container: dnsLabelName.optional(), image: containerImageReference }).optional(),
    imagePullSecrets: imagePullSecretNames.optional(),
  })
  .refine((p) => p.replicas !== undefined || p.image !== undefined || p.imagePullSecrets !== undefined, {
    message: 'Say what to change: replicas, image or imagePullSecrets',
  });

export const statefulSetPatch = z
  .strictObject({
    replicas: replicaCount.optional(),
    image: image.optional(),
    imagePullSecrets: imagePullSecretNames.optional(),
  })
  .refine(anyDefined, saySomething('replicas, image or imagePullSecrets'));

export const daemonSetPatch = z
  .strictObject({ image: image.optional(), imagePullSecrets: imagePullSecretNames.optional() })
  .refine(anyDefined, saySomething('image or imagePullSecrets'));

export const jobPatch = z
  .strictObject({ parallelism: replicaCount.optional() })
  .refine(anyDefined, saySomething('parallelism'));

export const cronJobPatch = z
  .strictObject({
    suspend: z.boolean().optional(),
    image: image.optional(),
    imagePullSecrets: imagePullSecretNames.optional(),
  })
  .refine(anyDefined, saySomething('suspend, image or imagePullSecrets'));

/** Every field any kind's PATCH takes: what the BFF's one patch builder reads. */
export type WorkloadPatch = {
  replicas?: number;
  parallelism?: number;
  suspend?: boolean;
  image?: z.infer<typeof image>;
  imagePullSecrets?: string[];
};
export type DeploymentPatch = z.infer<typeof deploymentPatch>;
export type StatefulSetPatch = z.infer<typeof statefulSetPatch>;
export type DaemonSetPatch = z.infer<typeof daemonSetPatch>;
export type JobPatch = z.infer<typeof jobPatch>;
export type CronJobPatch = z.infer<typeof cronJobPatch>;
