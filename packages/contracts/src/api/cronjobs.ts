import { z } from 'zod';
import { listResourceVersion } from './lists';
import { deploymentCondition, eventSummary, podSummary } from './deployments';
import { jobStatus } from './jobs';

/** Scheduled (waiting for its next run), Active (a Job of it runs), Suspended, or Failed (its latest Job failed). */
export const cronJobStatus = z.enum(['Scheduled', 'Active', 'Suspended', 'Failed']);

/** One row of `kubectl get cronjob` (SCHEDULE, SUSPEND, ACTIVE, LAST SCHEDULE); next runs are the browser's to compute. */
export const cronJobSummary = z.strictObject({
  name: z.string(),
  namespace: z.string(),
  schedule: z.string(),
  suspend: z.boolean(),
  active: z.number().int(),
  lastSchedule: z.string().optional(),
  concurrencyPolicy: z.string(),
  images: z.array(z.string()),
  imagePullSecrets: z.array(z.string()),
  status: cronJobStatus,
  reason: z.string().optional(),
  message: z.string().optional(),
  created: z.string(),
});

/** One Job the CronJob made, newest first. */
export const cronJobRun = z.strictObject({
  name: z.string(),
  status: jobStatus,
  reason: z.string().optional(),
  completions: z.string(),
  started: z.string().optional(),
  completed: z.string().optional(),
});

/** `conditions` is always empty (a CronJob has none; kept so every detail has the same parts); `pods` are its Jobs'. */
export const cronJobDetail = z.strictObject({
  ...cronJobSummary.shape,
  jobs: z.array(cronJobRun),
  conditions: z.array(deploymentCondition),
  pods: z.array(podSummary),
  events: z.array(eventSummary),
});

/** "Run now" (`POST .../cronjobs/{name}/jobs`) takes nothing: the Job is the CronJob's template, named by the BFF. */
export const cronJobRunRequest = z.strictObject({});

export const cronJobList = z.strictObject({ items: z.array(cronJobSummary), resourceVersion: listResourceVersion });

export type CronJobStatus = z.infer<typeof cronJobStatus>;
export type CronJobSummary = z.infer<typeof cronJobSummary>;
export type CronJobRun = z.infer<typeof cronJobRun>;
export type CronJobRunRequest = z.infer<typeof cronJobRunRequest>;
export type CronJobDetail = z.infer<typeof cronJobDetail>;
export type CronJobList = z.infer<typeof cronJobList>;
