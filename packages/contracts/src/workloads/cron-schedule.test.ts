import { describe, expect, it } from 'vitest';
import { cronScheduleProblem, readCronSchedule } from './cron-schedule';
import { nextRunTimes } from './next-run-times';

describe('cronScheduleProblem: robfig/cron ParseStandard, as Kubernetes validates a CronJob schedule', () => {
  it.each([
    '* * * * *',
    '*/5 * * * *',
    '0 3 * * 1-5',
    '15 2 1,15 * *',
    '0 0 * JAN,jul SUN',
    '30 6 ? * mon',
    '5/15 * * * *',
    '0-30/10 8-18 * * *',
    '@yearly',
    '@annually',
    '@monthly',
    '@weekly',
    '@daily',
    '@midnight',
    '@hourly',
    '@every 1h30m',
    '@every 90s',
    '  0 0 * * *  ',
  ])('accepts %j', (schedule) => expect(cronScheduleProblem(schedule)).toBeUndefined());

  it.each([
    ['', "must have 5 fields (minute hour day-of-month month day-of-week), not 0, e.g. '*/5 * * * *'"],
    ['* * * *', "must have 5 fields (minute hour day-of-month month day-of-week), not 4, e.g. '*/5 * * * *'"],
    ['0 * * * * *', "must have 5 fields (minute hour day-of-month month day-of-week), not 6, e.g. '*/5 * * * *'"],
    ['60 * * * *', "minute: '60' is outside 0-59"],
    ['* 24 * * *', "hour: '24' is outside 0-23"],
    ['* * 0 * *', "day of month: '0' is outside 1-31"],
    ['* * * 13 *', "month: '13' is outside 1-12"],
    ['* * * * 7', "day of week: '7' is outside 0-6"],
    ['5-1 * * * *', "minute: '5-1' starts after it ends"],
    ['*/0 * * * *', "minute: the step in '*/0' must be at least 1"],
    ['1-2-3 * * * *', "minute: '1-2-3' has more than one '-'"],
    ['*/2/3 * * * *', "minute: '*/2/3' has more than one '/'"],
    ['* * L * *', "day of month: 'L' is not a number"],
    ['* * * * 1#2', "day of week: '1#2' is not a number"],
    ['* * * FOO *', "month: 'FOO' is not a number"],
    [
      '@reboot',
      "'@reboot' is not one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every <duration>",
    ],
    ['@every 5', "'@every 5' is not a duration such as 1h30m or 90s"],
  ])('refuses %j: %s', (schedule, problem) => expect(cronScheduleProblem(schedule)).toBe(problem));

  it('marks the day fields starred when either begins with * or ?, as robfig ANDs them then', () => {
    const starred = (s: string) => {
      const read = readCronSchedule(s);
      return 'schedule' in read && read.schedule.type === 'fields' ? read.schedule.fields.dayStar : undefined;
    };
    expect(starred('0 0 1 * *')).toBe(true);
    expect(starred('0 0 */2 * 1')).toBe(true);
    expect(starred('0 0 1 * 1')).toBe(false);
  });
});

describe('nextRunTimes', () => {
  const from = new Date('2026-11-30T22:07:30Z');
  const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

  it.each([
    ['*/15 * * * *', ['2026-11-30T22:15:00.000Z', '2026-11-30T22:30:00.000Z', '2026-11-30T22:45:00.000Z']],
    ['@hourly', ['2026-11-30T23:00:00.000Z', '2026-12-01T00:00:00.000Z', '2026-12-01T01:00:00.000Z']],
    ['@weekly', ['2026-12-06T00:00:00.000Z', '2026-12-13T00:00:00.000Z', '2026-12-20T00:00:00.000Z']],
    ['5/20 * * * *', ['2026-11-30T22:25:00.000Z', '2026-11-30T22:45:00.000Z', '2026-11-30T23:05:00.000Z']],
    // Day of month and day of week both restricted: either matches (1 December is a Tuesday; Mondays too).
    ['0 0 1 * 1', ['2026-12-01T00:00:00.000Z', '2026-12-07T00:00:00.000Z', '2026-12-14T00:00:00.000Z']],
    // '*/2' begins with '*', so robfig ANDs: odd days that are Mondays (7th, 21st December; 11th January).
    ['0 0 */2 * 1', ['2026-12-07T00:00:00.000Z', '2026-12-21T00:00:00.000Z', '2027-01-11T00:00:00.000Z']],
    ['@every 1h30m', ['2026-11-30T23:37:30.000Z', '2026-12-01T01:07:30.000Z', '2026-12-01T02:37:30.000Z']],
  ])('%s after %s', (schedule, expected) => expect(iso(nextRunTimes(schedule, from, 3))).toEqual(expected));

  it('is empty for a schedule Kubernetes refuses, even one croner would take', () => {
    expect(nextRunTimes('0 0 L * *', from, 3)).toEqual([]);
    expect(nextRunTimes('0 0 0 * * *', from, 3)).toEqual([]);
  });

  it('has no next runs, quickly, for a schedule Kubernetes accepts that never fires (30 February)', () => {
    expect(cronScheduleProblem('0 0 30 2 *')).toBeUndefined();
    expect(nextRunTimes('0 0 30 2 *', from, 3)).toEqual([]);
    expect(nextRunTimes('0 0 31 4,6,9,11 *', from, 3)).toEqual([]);
  });

  it('walks the given time zone', () => {
    expect(iso(nextRunTimes('0 9 * * *', from, 1, 'Asia/Shanghai'))).toEqual(['2026-12-01T01:00:00.000Z']);
  });
});
