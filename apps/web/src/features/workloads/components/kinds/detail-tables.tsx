import type { DeploymentCondition, EventSummary, PodSummary } from '@berth/contracts';
import { ConditionsTable } from '../conditions-table';
import { EventsTable } from '../events-table';
import { PodsTable } from '../pods-table';

/** Pods, conditions and events: the bottom of every kind's detail page (a CronJob has no conditions of its own). */
export function DetailTables({
  pods,
  conditions,
  events,
}: {
  pods: readonly PodSummary[];
  conditions?: readonly DeploymentCondition[];
  events: readonly EventSummary[];
}) {
  return (
    <>
      <h2>Pods</h2>
      <PodsTable pods={pods} />
      {conditions === undefined ? null : (
        <>
          <h2>Conditions</h2>
          <ConditionsTable conditions={conditions} />
        </>
      )}
      <h2>Events</h2>
      <EventsTable events={events} />
    </>
  );
}
