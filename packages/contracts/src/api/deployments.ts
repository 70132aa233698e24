import { z } from 'zod';
import { listResourceVersion } from './lists';
import { rolloutProgress } from './rollouts';

/** The console's one-word state of a Deployment, as the CCE workload list shows it. */
export const deploymentStatus = z.enum(['Running', 'Processing', 'Unavailable', 'Failed']);

/** One row of `kubectl get deployment`, plus images and the console status with its reason. */
export const deploymentSummary = z.strictObject({
  name: z.string(),
  namespace: z.string(),
  ready: z.string(),
  upToDate: z.number().int(),
  available: z.number().int(),
  images: z.array(z.string()),
  imagePullSecrets: z.array(z.string()),
  status: deploymentStatus,
  reason: z.string().optional(),
  message: z.string().optional(),
  created: z.string(),
  /** What `kubectl rollout status` reads; optional so older writers of summaries still parse. */
  rollout: rolloutProgress.optional(),
});

export const deploymentCondition = z.strictObject({
  type: z.string(),
  status: z.string(),
  reason: z.string().optional(),
  message: z.string().optional(),
  lastTransitionTime: z.string().optional(),
});

export const containerStatus = z.strictObject({
  name: z.string(),
  image: z.string(),
  ready: z.boolean(),
  restarts: z.number().int(),
  state: z.enum(['waiting', 'running', 'terminated', 'unknown']),
  reason: z.string().optional(),
  message: z.string().optional(),
});

export const podSummary = z.strictObject({
  name: z.string(),
  phase: z.string(),
  node: z.string().optional(),
  /** The PodScheduled condition's reason and message while the scheduler has not placed the pod (e.g. Unschedulable). */
  scheduling: z.strictObject({ reason: z.string(), message: z.string().optional() }).optional(),
  created: z.string(),
  containers: z.array(containerStatus),
});

export const eventSummary = z.strictObject({
  type: z.string(),
  reason: z.string(),
  message: z.string(),
  object: z.strictObject({ kind: z.string(), name: z.string() }),
  count: z.number().int(),
  lastSeen: z.string(),
});

/** A port a workload's containers listen on: what an access Service may forward to. */
export const containerPort = z.strictObject({
  containerPort: z.number().int(),
  protocol: z.string(),
  name: z.string().optional(),
});

/**
 * What the Access section needs of a long-running workload: its pod template's labels (a Service whose selector they
 * satisfy reaches its pods, and "Add Service" selects them) and its containers' ports (init containers serve none).
 */
export const podAccess = {
  podLabels: z.record(z.string(), z.string()).default({}),
  containerPorts: z.array(containerPort).default([]),
};

export const deploymentDetail = z.strictObject({
  ...deploymentSummary.shape,
  ...podAccess,
  replicas: z.number().int(),
  conditions: z.array(deploymentCondition),
  pods: z.array(podSummary),
  events: z.array(eventSummary),
});

/** `resourceVersion`: of the Deployment list the answer reflects (its pods' status comes from their own lists). */
export const deploymentList = z.strictObject({
  items: z.array(deploymentSummary),
  resourceVersion: listResourceVersion,
});

/** A manifest's YAML or JSON text, at most 1 MiB (the BFF then reads it within manifestBounds). */
export const manifestText = z
  .string()
  .min(1)
  .max(1024 * 1024);

/**
 * A manifest as `kubectl create -f` takes it: YAML or JSON text, one or several documents: exactly one workload of the
 * route's kind plus any number of v1 Services.
 */
export const workloadManifestRequest = z.strictObject({ manifest: manifestText });
export const deploymentManifestRequest = workloadManifestRequest;

export type DeploymentStatus = z.infer<typeof deploymentStatus>;
export type DeploymentSummary = z.infer<typeof deploymentSummary>;
export type DeploymentCondition = z.infer<typeof deploymentCondition>;
export type ContainerStatus = z.infer<typeof containerStatus>;
export type PodSummary = z.infer<typeof podSummary>;
export type EventSummary = z.infer<typeof eventSummary>;
export type DeploymentDetail = z.infer<typeof deploymentDetail>;
export type ContainerPort = z.infer<typeof containerPort>;
export type DeploymentList = z.infer<typeof deploymentList>;
