/**
 * Timestamps arrive as Date objects from client-node's models and as RFC 3339 text in raw JSON; both leave as
 * `toISOString()`. An unset time is `null` in the API server's JSON (an Event's `eventTime`), and leaves as ''.
 */
export function isoTime(value: Date | string | null | undefined): string {
  if (value === undefined || value === null) return '';
  const time = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(time.getTime()) ? String(value) : time.toISOString();
}
