// One JSON line per event on stderr, so the supervisor's log file stays greppable; callers never pass secret values.
export type NodeAgentLog = (event: string, fields?: Record<string, unknown>) => void;

export function jsonLineLog(write: (line: string) => void = (line) => process.stderr.write(line)): NodeAgentLog {
  return (event, fields = {}) => {
    write(`${JSON.stringify({ time: new Date().toISOString(), component: 'node-agent', event, ...fields })}\n`);
  };
}

/** The text of an error for a log line: `ApiException` messages carry whole response bodies, so keep the first line. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
