import { nextRunTimes } from '@berth/contracts';

/** When the schedule starts the next Jobs (UTC, as the controller manager reads it unless told otherwise). */
export function NextRuns({ schedule, suspend }: { schedule: string; suspend: boolean }) {
  const runs = nextRunTimes(schedule, new Date(), 3);
  if (runs.length === 0) return <>none: Berth cannot read this schedule</>;
  return (
    <>
      {suspend ? 'suspended; when resumed: ' : null}
      {runs.map((run) => run.toISOString().replace('T', ' ').slice(0, 16) + ' UTC').join(', ')}
    </>
  );
}
