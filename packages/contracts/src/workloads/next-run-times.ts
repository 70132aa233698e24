import { Cron } from 'croner';
import { readCronSchedule } from './cron-schedule';

/**
 * The next `count` times a CronJob with this schedule starts after `from`, in `timeZone` (the controller manager's;
 * UTC in most clusters). Kubernetes' grammar is checked by cron-schedule.ts; croner only walks the calendar, handed
 * the expanded lists and robfig's day rule, so its own extensions (L, W, #, seconds) never apply. [] when invalid.
 */
export function nextRunTimes(schedule: string, from: Date, count: number, timeZone = 'UTC'): Date[] {
  const read = readCronSchedule(schedule);
  if ('problem' in read) return [];
  const parsed = read.schedule;
  if (parsed.type === 'every') {
    // robfig's ConstantDelaySchedule: whole seconds after the previous run.
    const start = Math.floor(from.getTime() / 1000) * 1000;
    return Array.from({ length: count }, (_, i) => new Date(start + (i + 1) * parsed.seconds * 1000));
  }
  const { minute, hour, dayOfMonth, month, dayOfWeek, dayStar } = parsed.fields;
  const pattern = [minute, hour, dayOfMonth, month, dayOfWeek].map((values) => values.join(',')).join(' ');
  const cron = new Cron(pattern, { timezone: timeZone, mode: '5-part', domAndDow: dayStar });
  return cron.nextRuns(count, from);
}
