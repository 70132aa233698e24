import { z } from 'zod';

/** The kinds with a rollout history, as `kubectl rollout` takes them; pause and resume are Deployments' only. */
export const rolloutKinds = ['Deployment', 'StatefulSet', 'DaemonSet'] as const;
export const rolloutPlurals = ['deployments', 'statefulsets', 'daemonsets'] as const;
export type RolloutKind = (typeof rolloutKinds)[number];
export type RolloutPlural = (typeof rolloutPlurals)[number];

export const revisionContainer = z.strictObject({ name: z.string(), image: z.string() });

/**
 * One revision of a workload: a Deployment's ReplicaSet (`deployment.kubernetes.io/revision`) or a StatefulSet's or
 * DaemonSet's ControllerRevision, with the pod template's images and pull secrets (credential names, never values).
 */
export const workloadRevision = z.strictObject({
  revision: z.number().int(),
  /** The ReplicaSet or ControllerRevision that holds it. */
  source: z.string(),
  containers: z.array(revisionContainer),
  initContainers: z.array(revisionContainer),
  imagePullSecrets: z.array(z.string()),
  created: z.string(),
  /** `kubernetes.io/change-cause`, as `kubectl rollout history` shows it. */
  changeCause: z.string().optional(),
  /** The workload's pod template is this revision's: `kubectl rollout undo` to it would skip. */
  current: z.boolean(),
});

/** `GET …/{plural}/{name}/revisions`: newest first; `paused` for a Deployment. */
export const workloadRevisions = z.strictObject({
  kind: z.enum(rolloutKinds),
  name: z.string(),
  paused: z.boolean().optional(),
  revisions: z.array(workloadRevision),
});

/** `POST …/{plural}/{name}/rollback`: `kubectl rollout undo --to-revision=N` (0: the previous revision, as kubectl). */
export const rollbackRequest = z.strictObject({
  revision: z.number().int('A revision is a whole number').min(0, 'A revision is 0 or more'),
});

/** What a rollout action did, in kubectl's words (`rolled back`, `skipped rollback (…)`, `restarted`, …). */
export const rolloutResult = z.strictObject({
  result: z.enum(['rolled back', 'skipped rollback', 'restarted', 'paused', 'resumed']),
  message: z.string(),
});

/**
 * A workload's rollout as its status tells it, the fields `kubectl rollout status` reads: desired pods, those on the
 * newest template (`updated`), all pods (`total`, so old ones are `total - updated`), ready and available ones.
 */
export const rolloutProgress = z.strictObject({
  desired: z.number().int(),
  updated: z.number().int(),
  total: z.number().int(),
  ready: z.number().int(),
  available: z.number().int(),
  /** The controller has seen the latest spec (`observedGeneration` ≥ `generation`). */
  observed: z.boolean(),
  /** `RollingUpdate`, `Recreate` or `OnDelete`. */
  strategy: z.string(),
  /** Deployment: `spec.paused`; its progress deadline exceeded (Progressing False, ProgressDeadlineExceeded). */
  paused: z.boolean().optional(),
  deadlineExceeded: z.boolean().optional(),
  /** StatefulSet: the rolling update's partition, and whether current and update revisions are the same. */
  partition: z.number().int().optional(),
  onUpdateRevision: z.boolean().optional(),
});

export type RevisionContainer = z.infer<typeof revisionContainer>;
export type WorkloadRevision = z.infer<typeof workloadRevision>;
export type WorkloadRevisions = z.infer<typeof workloadRevisions>;
export type RollbackRequest = z.infer<typeof rollbackRequest>;
export type RolloutResult = z.infer<typeof rolloutResult>;
export type RolloutProgress = z.infer<typeof rolloutProgress>;
