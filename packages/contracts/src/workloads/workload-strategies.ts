import { z } from 'zod';
import { intOrPercent, isOverHundredPercent, isZero } from './int-or-percent';

function count(field: string, min: number, max = 1000) {
  return z
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number` })
    .min(min, { error: `${field} must be at least ${min}` })
    .max(max, { error: `${field} must be at most ${max}` });
}

function maxUnavailableIssues(value: z.infer<typeof intOrPercent>): z.core.$ZodRawIssue[] {
  if (!isOverHundredPercent(value)) return [];
  return [{ code: 'custom', message: 'max unavailable must be at most 100%', path: ['maxUnavailable'], input: value }];
}

/** A Deployment's update strategy; the API server refuses max surge and max unavailable both 0. */
export const deploymentStrategy = z.discriminatedUnion(
  'type',
  [
    z
      .object({
        type: z.literal('RollingUpdate'),
        maxSurge: intOrPercent.default('25%'),
        maxUnavailable: intOrPercent.default('25%'),
      })
      .check((ctx) => {
        const { maxSurge, maxUnavailable } = ctx.value;
        ctx.issues.push(...maxUnavailableIssues(maxUnavailable));
        if (isZero(maxSurge) && isZero(maxUnavailable)) {
          const message = 'max unavailable may not be 0 when max surge is 0';
          ctx.issues.push({ code: 'custom', message, path: ['maxUnavailable'], input: maxUnavailable });
        }
      }),
    z.object({ type: z.literal('Recreate') }),
  ],
  { error: "update strategy must be 'RollingUpdate' or 'Recreate'" },
);

/** A StatefulSet's update strategy: pods with an ordinal below the partition keep the old version. */
export const statefulSetUpdateStrategy = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('RollingUpdate'), partition: count('partition', 0, 1000).default(0) }),
    z.object({ type: z.literal('OnDelete') }),
  ],
  { error: "update strategy must be 'RollingUpdate' or 'OnDelete'" },
);

/** A DaemonSet's update strategy; max unavailable may not be 0 (Kubernetes 1.20 has no max surge for it). */
export const daemonSetUpdateStrategy = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('RollingUpdate'), maxUnavailable: intOrPercent.default(1) }).check((ctx) => {
      const { maxUnavailable } = ctx.value;
      ctx.issues.push(...maxUnavailableIssues(maxUnavailable));
      if (isZero(maxUnavailable)) {
        const message = 'max unavailable may not be 0 for a DaemonSet';
        ctx.issues.push({ code: 'custom', message, path: ['maxUnavailable'], input: maxUnavailable });
      }
    }),
    z.object({ type: z.literal('OnDelete') }),
  ],
  { error: "update strategy must be 'RollingUpdate' or 'OnDelete'" },
);

/** What a Job (or each run of a CronJob) does: how many pods must succeed, how many at once, how many retries. */
export const jobSettings = {
  completions: count('completions', 1).default(1),
  parallelism: count('parallelism', 1).default(1),
  backoffLimit: count('backoff limit', 0).default(6),
  restartPolicy: z
    .enum(['Never', 'OnFailure'], { error: "restart policy must be 'Never' or 'OnFailure'" })
    .default('Never'),
};
