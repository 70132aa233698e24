import { z } from 'zod';
import { listResourceVersion } from './lists';
import { rolloutProgress } from './rollouts';
import { deploymentCondition, deploymentStatus, eventSummary, podAccess, podSummary } from './deployments';

/** One row of `kubectl get statefulset` (READY), plus its replicas' progress, images and the console status. */
export const statefulSetSummary = z.strictObject({
  name: z.string(),
  namespace: z.string(),
  ready: z.string(),
  current: z.number().int(),
  updated: z.number().int(),
  serviceName: z.string(),
  images: z.array(z.string()),
  imagePullSecrets: z.array(z.string()),
  status: deploymentStatus,
  reason: z.string().optional(),
  message: z.string().optional(),
  created: z.string(),
  rollout: rolloutProgress.optional(),
});

/** `pods` in ordinal order (`web-0`, `web-1`, … `web-10`), as the StatefulSet controller makes them. */
export const statefulSetDetail = z.strictObject({
  ...statefulSetSummary.shape,
  ...podAccess,
  replicas: z.number().int(),
  conditions: z.array(deploymentCondition),
  pods: z.array(podSummary),
  events: z.array(eventSummary),
});

export const statefulSetList = z.strictObject({
  items: z.array(statefulSetSummary),
  resourceVersion: listResourceVersion,
});

export type StatefulSetSummary = z.infer<typeof statefulSetSummary>;
export type StatefulSetDetail = z.infer<typeof statefulSetDetail>;
export type StatefulSetList = z.infer<typeof statefulSetList>;
