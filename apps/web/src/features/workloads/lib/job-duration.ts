import { formatAge } from '../../../shared/ui/format-age';

/** DURATION as `kubectl get job` prints it: from start to completion, or to now while it runs; none before it starts. */
export function jobDuration(job: { started?: string | undefined; completed?: string | undefined }, now = Date.now()) {
  if (job.started === undefined) return '—';
  return formatAge(job.started, job.completed === undefined ? now : Date.parse(job.completed));
}
