// The pod detail page and its logs: `GET …/pods/{pod}` and `GET …/pods/{pod}/log`.
import { z } from 'zod';
import { eventSummary } from './deployments';

/** One container's state as the kubelet reports it, with the last run's end (what `kubectl describe pod` shows). */
export const podContainer = z.strictObject({
  name: z.string(),
  /** Init containers run first, in order, each to completion. */
  init: z.boolean(),
  image: z.string(),
  /** The image the runtime ran, with its digest, once pulled (`status.containerStatuses[].imageID`). */
  imageID: z.string().optional(),
  state: z.enum(['waiting', 'running', 'terminated', 'unknown']),
  reason: z.string().optional(),
  message: z.string().optional(),
  exitCode: z.number().int().optional(),
  startedAt: z.string().optional(),
  ready: z.boolean(),
  restarts: z.number().int(),
  /** The previous run's end: its reason and exit code (`lastState.terminated`). */
  lastTermination: z
    .strictObject({ reason: z.string().optional(), exitCode: z.number().int(), finishedAt: z.string().optional() })
    .optional(),
});

/** The workload that made the pod, from its controller ownerReference (a Deployment's pods name their ReplicaSet). */
export const podOwner = z.strictObject({ kind: z.string(), name: z.string() });

export const podDetail = z.strictObject({
  name: z.string(),
  namespace: z.string(),
  phase: z.string(),
  /** What `kubectl get pods` shows in STATUS: `Running`, `ImagePullBackOff`, `Init:ErrImagePull`, `Completed`, … */
  status: z.string(),
  node: z.string().optional(),
  podIP: z.string().optional(),
  created: z.string(),
  owner: podOwner.optional(),
  containers: z.array(podContainer),
  /** The pod's own events, the latest first. */
  events: z.array(eventSummary),
});

const booleanParam = z.enum(['true', 'false']).transform((value) => value === 'true');

/** `GET …/pods/{pod}/log`'s query, as the API server's PodLogOptions names it; a pod of several containers needs `container`. */
export const podLogQuery = z.strictObject({
  container: z
    .string()
    .max(63)
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a container name (a DNS-1123 label)')
    .optional(),
  follow: booleanParam.optional(),
  previous: booleanParam.optional(),
  timestamps: booleanParam.optional(),
  tailLines: z
    .string()
    .regex(/^\d{1,6}$/, 'must be a whole number of lines from 0 to 999999')
    .transform(Number)
    .optional(),
});

export type PodContainer = z.infer<typeof podContainer>;
export type PodOwner = z.infer<typeof podOwner>;
export type PodDetail = z.infer<typeof podDetail>;
export type PodLogQuery = z.input<typeof podLogQuery>;
