import { describe, expect, it } from 'vitest';
import { criLogLine } from './container-logs';
import { formatLine, LogOptionsError, parseLogOptions, selectLines } from './log-options';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 0, 0, seconds));
const file = [0, 10, 20, 30].map((s) => criLogLine(at(s), `line ${s}`)).join('');
const now = at(30).getTime();

describe("the kubelet's containerLogs options", () => {
  it('writes CRI lines with nanosecond times', () => {
    expect(criLogLine(at(1), 'hello')).toBe('2026-12-01T00:00:01.000000000Z stdout F hello\n');
  });

  it.each<[string, string, string[]]>([
    ['everything by default', '', ['line 0', 'line 10', 'line 20', 'line 30']],
    ['the last N lines', 'tailLines=2', ['line 20', 'line 30']],
    ['no line for tailLines=0', 'tailLines=0', []],
    ['lines since N seconds ago', 'sinceSeconds=15', ['line 20', 'line 30']],
    ['lines since a time', 'sinceTime=2026-12-01T00:00:10Z', ['line 10', 'line 20', 'line 30']],
    ['since, then the tail', 'sinceSeconds=25&tailLines=1', ['line 30']],
  ])('selects %s', (_, query, expected) => {
    const lines = selectLines(file, parseLogOptions(new URLSearchParams(query), now));
    expect(lines.map((line) => line.text)).toEqual(expected);
  });

  it('prefixes the time only when asked', () => {
    const line = { time: '2026-12-01T00:00:01.000000000Z', text: 'hi' };
    expect(formatLine(line, false)).toBe('hi\n');
    expect(formatLine(line, true)).toBe('2026-12-01T00:00:01.000000000Z hi\n');
  });

  it.each([
    'tailLines=-1',
    'tailLines=x',
    'limitBytes=0',
    'sinceSeconds=0',
    'follow=maybe',
    'sinceTime=yesterday',
    'sinceSeconds=1&sinceTime=2026-12-01T00:00:00Z',
  ])('refuses %s', (query) => {
    expect(() => parseLogOptions(new URLSearchParams(query), now)).toThrow(LogOptionsError);
  });
});
