import { useClusterReachable } from '../../../../shared/api/use-cluster-reachable';
import { formatAge } from '../../../../shared/ui/format-age';
import { ErrorState, LoadingState } from '../../../../shared/ui/query-state';
import { useWorkloadDetail } from '../../api/workload-queries';
import { CronJobRunsTable } from './cronjob-runs-table';
import { DetailFrame } from './detail-frame';
import { DetailTables } from './detail-tables';
import { EditButtons } from './edit-buttons';
import { NextRuns } from './next-runs';
import { PullHelp, useEditing } from './pull-help';
import { RunNowButton } from './run-now-button';
import { SuspendToggle } from './suspend-toggle';
import { WorkloadFacts } from './workload-facts';

/** One CronJob: schedule and its next runs, run now, suspend or resume, the Jobs it made, their pods (and pulls), events. */
export function CronJobDetailPage({ namespace, name }: { namespace: string; name: string }) {
  const query = useWorkloadDetail(namespace, 'cronjobs', name);
  const reachable = useClusterReachable();
  const [editing, setEditing] = useEditing();
  if (query.isPending) return <LoadingState label={`Loading CronJob ${name}…`} />;
  if (query.isError)
    return <ErrorState error={query.error} forbidden={{ action: `read cronjob ${name}`, namespace }} />;
  const c = query.data;
  return (
    <DetailFrame
      namespace={namespace}
      plural="cronjobs"
      detail={c}
      actions={
        <>
          <RunNowButton namespace={namespace} name={c.name} disabled={!reachable} />
          <SuspendToggle namespace={namespace} name={c.name} suspend={c.suspend} disabled={!reachable} />
          <EditButtons
            firstContainer={c.pods[0]?.containers[0]?.name ?? c.name}
            firstImage={c.images[0] ?? ''}
            disabled={!reachable}
            onEdit={setEditing}
          />
        </>
      }
    >
      <PullHelp
        namespace={namespace}
        plural="cronjobs"
        name={c.name}
        pods={c.pods}
        events={c.events}
        imagePullSecrets={c.imagePullSecrets}
        editing={editing}
        onEdit={setEditing}
        editable
      />
      <WorkloadFacts
        namespace={c.namespace}
        facts={[
          ['SCHEDULE', <code>{c.schedule}</code>],
          ['Next runs', <NextRuns schedule={c.schedule} suspend={c.suspend} />],
          ['SUSPEND', c.suspend ? 'True' : 'False'],
          ['Concurrency policy', c.concurrencyPolicy],
          ['ACTIVE', c.active],
          ['LAST SCHEDULE', c.lastSchedule ? `${formatAge(c.lastSchedule)} ago` : '<none>'],
        ]}
        images={c.images}
        imagePullSecrets={c.imagePullSecrets}
        created={c.created}
      />
      <h2>Jobs</h2>
      <CronJobRunsTable namespace={namespace} jobs={c.jobs} />
      <DetailTables pods={c.pods} events={c.events} />
    </DetailFrame>
  );
}
