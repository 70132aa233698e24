// The kubelet's `/containerLogs` query (v1.PodLogOptions as the API server forwards it) and what it selects from a run's
// CRI log: since a time, the last N lines, at most N bytes, with or without each line's timestamp.

export interface LogOptions {
  follow: boolean;
  previous: boolean;
  timestamps: boolean;
  tailLines?: number;
  limitBytes?: number;
  /** Lines at or after this instant (ms since epoch): `sinceSeconds` ago, or `sinceTime`. */
  since?: number;
}

export class LogOptionsError extends Error {
  override readonly name = 'LogOptionsError';
}

const wholeNumber = (name: string, text: string | null, min: number): number | undefined => {
  if (text === null) return undefined;
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < min)
    throw new LogOptionsError(`${name} must be a whole number of at least ${min}`);
  return value;
};

const flag = (name: string, text: string | null): boolean => {
  if (text === null || text === 'false') return false;
  if (text === 'true' || text === '') return true;
  throw new LogOptionsError(`${name} must be true or false`);
};

export function parseLogOptions(query: URLSearchParams, now: number): LogOptions {
  const sinceSeconds = wholeNumber('sinceSeconds', query.get('sinceSeconds'), 1);
  const sinceTimeText = query.get('sinceTime');
  const sinceTime = sinceTimeText === null ? undefined : Date.parse(sinceTimeText);
  if (sinceTime !== undefined && Number.isNaN(sinceTime))
    throw new LogOptionsError('sinceTime must be an RFC 3339 time');
  if (sinceSeconds !== undefined && sinceTime !== undefined)
    throw new LogOptionsError('at most one of sinceTime or sinceSeconds may be specified');
  const tailLines = wholeNumber('tailLines', query.get('tailLines'), 0);
  const limitBytes = wholeNumber('limitBytes', query.get('limitBytes'), 1);
  const since = sinceSeconds !== undefined ? now - sinceSeconds * 1000 : sinceTime;
  return {
    follow: flag('follow', query.get('follow')),
    previous: flag('previous', query.get('previous')),
    timestamps: flag('timestamps', query.get('timestamps')),
    ...(tailLines === undefined ? {} : { tailLines }),
    ...(limitBytes === undefined ? {} : { limitBytes }),
    ...(since === undefined ? {} : { since }),
  };
}

export interface LogLine {
  time: string;
  text: string;
}

/** One CRI line (`<time> <stream> <P|F> <text>`); undefined for anything else. */
export function parseCriLine(line: string): LogLine | undefined {
  const match = /^(\S+) (?:stdout|stderr) [PF] (.*)$/.exec(line);
  return match ? { time: match[1] ?? '', text: match[2] ?? '' } : undefined;
}

/** A line as the kubelet sends it: the text, after its RFC 3339 time when `timestamps`. */
export function formatLine(line: LogLine, timestamps: boolean): string {
  return `${timestamps ? `${line.time} ` : ''}${line.text}\n`;
}

/** The lines of a run's file the options select, in order: since, then the tail. */
export function selectLines(fileText: string, options: LogOptions): LogLine[] {
  let lines = fileText
    .split('\n')
    .map(parseCriLine)
    .filter((line): line is LogLine => line !== undefined);
  const { since, tailLines } = options;
  if (since !== undefined) lines = lines.filter((line) => Date.parse(line.time) >= since);
  if (tailLines !== undefined) lines = tailLines === 0 ? [] : lines.slice(-tailLines);
  return lines;
}
