import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../../shared/ui/query-state';
import { formatAge } from '../../../../shared/ui/format-age';
import { useWorkloadDetail } from '../../api/workload-queries';
import { jobDuration } from '../../lib/job-duration';
import { workloadPath } from '../../lib/workload-tab';
import { DetailFrame } from './detail-frame';
import { DetailTables } from './detail-tables';
import { PullHelp } from './pull-help';
import { WorkloadFacts } from './workload-facts';
import { useCurrentCluster } from '../../../../shared/api/current-cluster';

/** One Job: Running, Complete or Failed and why, completions, duration, its pods (and their pulls), events, delete. */
export function JobDetailPage({ namespace, name }: { namespace: string; name: string }) {
  const cluster = useCurrentCluster();
  const query = useWorkloadDetail(namespace, 'jobs', name);
  if (query.isPending) return <LoadingState label={`Loading Job ${name}…`} />;
  if (query.isError) return <ErrorState error={query.error} forbidden={{ action: `read job ${name}`, namespace }} />;
  const j = query.data;
  return (
    <DetailFrame namespace={namespace} plural="jobs" detail={j}>
      {/* A Job's pod template is immutable: the explainer says why, and the fix is a new Job. */}
      <PullHelp
        namespace={namespace}
        plural="jobs"
        name={j.name}
        pods={j.pods}
        events={j.events}
        imagePullSecrets={j.imagePullSecrets}
        editing={undefined}
        onEdit={() => undefined}
        editable={false}
      />
      <WorkloadFacts
        namespace={j.namespace}
        facts={[
          ['COMPLETIONS', j.completions],
          ['DURATION', jobDuration(j)],
          ['Pods', `${j.active} active, ${j.succeeded} succeeded, ${j.failed} failed`],
          ['Parallelism', j.parallelism],
          ['Backoff limit', j.backoffLimit],
          ['Started', j.started ? `${formatAge(j.started)} ago` : 'not yet'],
          ...(j.cronJob
            ? [
                [
                  'Cron Job',
                  <Link to={workloadPath(cluster, namespace, 'cronjobs', j.cronJob)}>{j.cronJob}</Link>,
                ] as const,
              ]
            : []),
        ]}
        images={j.images}
        imagePullSecrets={j.imagePullSecrets}
        created={j.created}
      />
      <DetailTables pods={j.pods} conditions={j.conditions} events={j.events} />
    </DetailFrame>
  );
}
