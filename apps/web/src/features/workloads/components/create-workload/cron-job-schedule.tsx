import { nextRunTimes } from '@berth/contracts';
import { useFormContext, useWatch } from 'react-hook-form';
import { BoundField, useErrorAt } from './bound-field';
import type { WorkloadFormInput } from './form-model';

const runCount = 5;

/** The next few times a schedule fires, in the browser's time zone; none while the schedule is invalid. */
function upcoming(schedule: unknown, now: Date): Date[] {
  if (typeof schedule !== 'string' || schedule.trim() === '') return [];
  try {
    return nextRunTimes(schedule, now, runCount);
  } catch {
    return [];
  }
}

/** Schedule (5-field cron) with its next run times shown live, the concurrency policy and suspend. */
export function CronJobSchedule() {
  const { control, register } = useFormContext<WorkloadFormInput>();
  const schedule: unknown = useWatch({ control, name: 'schedule' });
  const error = useErrorAt('schedule');
  const runs = error ? [] : upcoming(schedule, new Date());
  return (
    <>
      <BoundField
        id="schedule"
        label="Schedule"
        path="schedule"
        required
        hint="Cron format: minute hour day-of-month month day-of-week, e.g. */5 * * * *"
      />
      <div className="field">
        <span className="field-label" id="next-runs-label">
          Next Runs
        </span>
        <div className="field-control">
          {runs.length > 0 ? (
            <ol aria-labelledby="next-runs-label">
              {runs.map((run) => (
                <li key={run.getTime()}>
                  <time dateTime={run.toISOString()}>{run.toLocaleString()}</time>
                </li>
              ))}
            </ol>
          ) : (
            <p aria-labelledby="next-runs-label">Shown once the schedule is valid.</p>
          )}
        </div>
      </div>
      <BoundField
        id="concurrency-policy"
        label="Concurrency Policy"
        path="concurrencyPolicy"
        options={['Allow', 'Forbid', 'Replace']}
      />
      <div className="field">
        <span className="field-label" />
        <div className="field-control">
          <label>
            <input type="checkbox" {...register('suspend')} /> Suspend (start no new Jobs)
          </label>
        </div>
      </div>
    </>
  );
}
