/**
 * A CronJob schedule as Kubernetes reads it: robfig/cron's standard parser (`cron.ParseStandard`): five fields
 * (minute hour day-of-month month day-of-week), the @-macros and `@every <duration>`; no seconds, no L, W or #.
 */
export interface CronFields {
  minute: number[];
  hour: number[];
  dayOfMonth: number[];
  month: number[];
  dayOfWeek: number[];
  /** robfig ANDs day-of-month and day-of-week when either begins with '*' or '?', and ORs them otherwise. */
  dayStar: boolean;
}

export type CronSchedule = { type: 'fields'; fields: CronFields } | { type: 'every'; seconds: number };

interface FieldRule {
  label: string;
  min: number;
  max: number;
  names?: readonly string[];
}

const fieldRules: readonly FieldRule[] = [
  { label: 'minute', min: 0, max: 59 },
  { label: 'hour', min: 0, max: 23 },
  { label: 'day of month', min: 1, max: 31 },
  {
    label: 'month',
    min: 1,
    max: 12,
    names: ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  },
  { label: 'day of week', min: 0, max: 6, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];

export const cronMacros: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

class ScheduleError extends Error {}

function valueOf(text: string, rule: FieldRule): number {
  const named = rule.names?.indexOf(text.toLowerCase()) ?? -1;
  if (named > 0 || (named === 0 && rule.min === 0)) return named;
  if (!/^[0-9]+$/.test(text)) throw new ScheduleError(`${rule.label}: '${text}' is not a number`);
  return Number(text);
}

/** One field: comma-separated `*`, `?`, `n`, `a-b`, each with an optional `/step` (`n/step` means n to the maximum). */
function parseField(text: string, rule: FieldRule): { values: number[]; star: boolean } {
  const values = new Set<number>();
  let star = false;
  for (const part of text.split(',')) {
    const [range = '', step, extra] = part.split('/');
    if (extra !== undefined) throw new ScheduleError(`${rule.label}: '${part}' has more than one '/'`);
    let start: number;
    let end: number;
    if (range === '*' || range === '?') {
      [start, end, star] = [rule.min, rule.max, true];
    } else {
      const bounds = range.split('-');
      if (bounds.length > 2) throw new ScheduleError(`${rule.label}: '${part}' has more than one '-'`);
      start = valueOf(bounds[0] ?? '', rule);
      end = bounds.length === 2 ? valueOf(bounds[1] ?? '', rule) : step === undefined ? start : rule.max;
    }
    const every = step === undefined ? 1 : valueOf(step, { ...rule, names: undefined });
    if (every < 1) throw new ScheduleError(`${rule.label}: the step in '${part}' must be at least 1`);
    if (start < rule.min || end > rule.max)
      throw new ScheduleError(`${rule.label}: '${part}' is outside ${rule.min}-${rule.max}`);
    if (start > end) throw new ScheduleError(`${rule.label}: '${part}' starts after it ends`);
    for (let v = start; v <= end; v += every) values.add(v);
  }
  return { values: [...values].sort((a, b) => a - b), star };
}

// Go's time.ParseDuration units, as `@every 1h30m` takes them.
const durationUnits: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  μs: 1e-6,
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
};
// µ and μ escaped in the regexes: esbuild cannot escape a regex literal, and the BFF's bundle must stay ASCII.
const durationPattern = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h)/;

function parseEvery(text: string): number {
  let rest = text;
  let seconds = 0;
  if (rest === '0') return 0;
  if (rest === '') throw new ScheduleError("'@every' needs a duration such as 1h30m");
  while (rest !== '') {
    const match = durationPattern.exec(rest);
    if (match === null) throw new ScheduleError(`'@every ${text}' is not a duration such as 1h30m or 90s`);
    const unit = /[a-z\u00b5\u03bc]+$/.exec(match[0])?.[0] ?? 's';
    seconds += Number(match[0].slice(0, -unit.length)) * (durationUnits[unit] ?? 1);
    rest = rest.slice(match[0].length);
  }
  return seconds;
}

/** The schedule `text` means, or throws a ScheduleError whose message names the field at fault. */
function parseSchedule(text: string): CronSchedule {
  const trimmed = text.trim();
  if (trimmed.startsWith('@every ')) {
    // robfig rounds the delay down to whole seconds, and runs at most once a second.
    return { type: 'every', seconds: Math.max(1, Math.floor(parseEvery(trimmed.slice('@every '.length)))) };
  }
  const expanded = trimmed.startsWith('@') ? cronMacros[trimmed] : trimmed;
  if (expanded === undefined) {
    const macros = [...Object.keys(cronMacros), '@every <duration>'].join(', ');
    throw new ScheduleError(`'${trimmed}' is not one of ${macros}`);
  }
  const parts = expanded.split(/\s+/).filter((p) => p !== '');
  if (parts.length !== 5) {
    throw new ScheduleError(
      `must have 5 fields (minute hour day-of-month month day-of-week), not ${parts.length}, e.g. '*/5 * * * *'`,
    );
  }
  const [minute, hour, dayOfMonth, month, dayOfWeek] = parts.map((p, i) => parseField(p, fieldRules[i] as FieldRule));
  if (!minute || !hour || !dayOfMonth || !month || !dayOfWeek) throw new ScheduleError('must have 5 fields');
  return {
    type: 'fields',
    fields: {
      minute: minute.values,
      hour: hour.values,
      dayOfMonth: dayOfMonth.values,
      month: month.values,
      dayOfWeek: dayOfWeek.values,
      dayStar: dayOfMonth.star || dayOfWeek.star,
    },
  };
}

/** The parsed schedule, or what is wrong with it in words naming the field; as the API server accepts it. */
export function readCronSchedule(text: string): { schedule: CronSchedule } | { problem: string } {
  try {
    return { schedule: parseSchedule(text) };
  } catch (error) {
    if (error instanceof ScheduleError) return { problem: error.message };
    throw error;
  }
}

/** What is wrong with a schedule, or undefined when Kubernetes accepts it. */
export function cronScheduleProblem(text: string): string | undefined {
  const read = readCronSchedule(text);
  return 'problem' in read ? read.problem : undefined;
}
