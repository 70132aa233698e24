import { z } from 'zod';
import { listResourceVersion } from './lists';
import { rolloutProgress } from './rollouts';
import { deploymentCondition, deploymentStatus, eventSummary, podAccess, podSummary } from './deployments';

/** One row of `kubectl get daemonset` (DESIRED, CURRENT, READY, UP-TO-DATE, AVAILABLE), images and the console status. */
export const daemonSetSummary = z.strictObject({
  name: z.string(),
  namespace: z.string(),
  desired: z.number().int(),
  current: z.number().int(),
  ready: z.number().int(),
  upToDate: z.number().int(),
  available: z.number().int(),
  images: z.array(z.string()),
  imagePullSecrets: z.array(z.string()),
  status: deploymentStatus,
  reason: z.string().optional(),
  message: z.string().optional(),
  created: z.string(),
  rollout: rolloutProgress.optional(),
});

export const daemonSetDetail = z.strictObject({
  ...daemonSetSummary.shape,
  ...podAccess,
  conditions: z.array(deploymentCondition),
  pods: z.array(podSummary),
  events: z.array(eventSummary),
});

export const daemonSetList = z.strictObject({ items: z.array(daemonSetSummary), resourceVersion: listResourceVersion });

export type DaemonSetSummary = z.infer<typeof daemonSetSummary>;
export type DaemonSetDetail = z.infer<typeof daemonSetDetail>;
export type DaemonSetList = z.infer<typeof daemonSetList>;
