import { z } from 'zod';

const error = "must be a whole number of pods or a percentage such as '25%'";

/** A count of pods or a percentage of them, as `maxSurge` and `maxUnavailable` take it: 1 or '25%'. */
export const intOrPercent = z.union(
  [z.number({ error }).int({ error }).min(0, { error }), z.string({ error }).regex(/^[0-9]+%$/, { error })],
  { error },
);
export type IntOrPercent = z.infer<typeof intOrPercent>;

/** Whether the value means no pods at all (0 or '0%'). */
export function isZero(value: IntOrPercent): boolean {
  return typeof value === 'number' ? value === 0 : Number.parseInt(value, 10) === 0;
}

/** Whether a percentage exceeds 100%, which the API server refuses for maxUnavailable. */
export function isOverHundredPercent(value: IntOrPercent): boolean {
  return typeof value === 'string' && Number.parseInt(value, 10) > 100;
}
