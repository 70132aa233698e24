import { z } from 'zod';
import { listResourceVersion } from './lists';
import { deploymentCondition, eventSummary, podSummary } from './deployments';

/** A Job's console state: `reason`/`message` carry its Failed condition's (BackoffLimitExceeded, DeadlineExceeded…). */
export const jobStatus = z.enum(['Running', 'Complete', 'Failed']);

/**
 * One row of `kubectl get job`: COMPLETIONS (`1/1`) and the times DURATION is computed from (`completed` is when it
 * finished, Complete or Failed; the browser counts a running Job's duration up to now), with images and the status.
 */
export const jobSummary = z.strictObject({
  name: z.string(),
  namespace: z.string(),
  completions: z.string(),
  active: z.number().int(),
  succeeded: z.number().int(),
  failed: z.number().int(),
  started: z.string().optional(),
  completed: z.string().optional(),
  cronJob: z.string().optional(),
  images: z.array(z.string()),
  imagePullSecrets: z.array(z.string()),
  status: jobStatus,
  reason: z.string().optional(),
  message: z.string().optional(),
  created: z.string(),
});

export const jobDetail = z.strictObject({
  ...jobSummary.shape,
  parallelism: z.number().int(),
  backoffLimit: z.number().int(),
  conditions: z.array(deploymentCondition),
  pods: z.array(podSummary),
  events: z.array(eventSummary),
});

export const jobList = z.strictObject({ items: z.array(jobSummary), resourceVersion: listResourceVersion });

export type JobStatus = z.infer<typeof jobStatus>;
export type JobSummary = z.infer<typeof jobSummary>;
export type JobDetail = z.infer<typeof jobDetail>;
export type JobList = z.infer<typeof jobList>;
