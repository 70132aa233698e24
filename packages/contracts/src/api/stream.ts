import { z } from 'zod';
import { deploymentSummary, eventSummary, podSummary } from './deployments';
import { secretSummary } from './secrets';
import { statefulSetSummary } from './statefulsets';
import { daemonSetSummary } from './daemonsets';
import { jobSummary } from './jobs';
import { cronJobSummary } from './cronjobs';
import { workloadKinds } from '../workloads/workload-kinds';
import { serviceSummary } from './services';

/** What happened to an object, in the words of a Kubernetes watch. */
export const changeType = z.enum(['added', 'modified', 'deleted']);

/**
 * The `data` of each Server-Sent Event on `/api/namespaces/:ns/stream`; the SSE `event:` field repeats `kind`.
 * Objects are the same summaries the GET routes answer, so the stream cannot carry secret data either.
 */
export const streamMessage = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('deployment'), type: changeType, object: deploymentSummary }),
  z.strictObject({ kind: z.literal('statefulset'), type: changeType, object: statefulSetSummary }),
  z.strictObject({ kind: z.literal('daemonset'), type: changeType, object: daemonSetSummary }),
  z.strictObject({ kind: z.literal('job'), type: changeType, object: jobSummary }),
  z.strictObject({ kind: z.literal('cronjob'), type: changeType, object: cronJobSummary }),
  // `deployment` as before; `owner` names the workload of any kind the pod belongs to (a CronJob's pods: their Job).
  z.strictObject({
    kind: z.literal('pod'),
    type: changeType,
    object: podSummary,
    deployment: z.string().optional(),
    owner: z.strictObject({ kind: z.enum(workloadKinds), name: z.string() }).optional(),
  }),
  z.strictObject({ kind: z.literal('event'), type: changeType, object: eventSummary }),
  z.strictObject({ kind: z.literal('secret'), type: changeType, object: secretSummary }),
  z.strictObject({ kind: z.literal('service'), type: changeType, object: serviceSummary }),
  z.strictObject({
    kind: z.literal('status'),
    watch: z.string(),
    state: z.enum(['connected', 'reconnecting', 'forbidden']),
    message: z.string().optional(),
  }),
]);

/** Every message's `kind`, which is also its SSE `event:` name (an EventSource hears only the names it listens for). */
export const streamMessageKinds = streamMessage.options.map((option) => option.shape.kind.value);

/**
 * The watches the stream runs for a namespace (the `watch` of its status messages), in the order it starts them: what
 * workloads own first (ReplicaSets, pods, Jobs), so the first workload messages already see it. `cronjobs` runs only
 * where the cluster serves CronJobs.
 */
export const streamWatches = [
  'replicasets',
  'pods',
  'jobs',
  'deployments',
  'statefulsets',
  'daemonsets',
  'cronjobs',
  'events',
  'secrets',
  'services',
] as const;
export type StreamWatch = (typeof streamWatches)[number];

export type ChangeType = z.infer<typeof changeType>;
export type StreamMessage = z.infer<typeof streamMessage>;
