// Vitest global setup (after the cluster's): a CronJob every minute, made when the integration run starts, so that by
// the time cronjob-schedule.int.test.ts reads it the controller has usually run it and nothing waits for the minute.
import type { TestProject } from 'vitest/node';
import { kubectlOk, uniqueNamespace } from '@berth/local-cluster/testing';

export interface ScheduledCronJob {
  namespace: string;
  name: string;
  /** When it was made (ms since the epoch): its first run is at the next whole minute. */
  createdAt: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    scheduledCronJob: ScheduledCronJob;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const namespace = uniqueNamespace('cronjob-schedule');
  const name = 'tick';
  await kubectlOk(['create', 'namespace', namespace]);
  const createdAt = Date.now();
  // What `kubectl create cronjob` makes; its pod need not run: the test reads the Job the schedule made.
  await kubectlOk(['-n', namespace, 'create', 'cronjob', name, '--image=busybox:1.36', '--schedule=* * * * *']);
  project.provide('scheduledCronJob', { namespace, name, createdAt });
  return async () => {
    await kubectlOk(['delete', 'namespace', namespace, '--wait=false']);
  };
}
