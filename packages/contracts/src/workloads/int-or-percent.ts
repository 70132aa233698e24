import { z } from 'zod';

/** A count of pods or a percentage of them, as `maxSurge` and `maxUnavailable` take it: 1 or '25%'. */
export const intOrPercent = z.union([z.number().int().min(0), z.string().regex(/^[0-9]+%$/)], {
  error: "must be a whole number of pods or a percentage such as '25%'",
});
export type IntOrPercent = z.infer<typeof intOrPercent>;

/** Whether the value means no pods at all (0 or '0%'). */
export function isZero(value: IntOrPercent): boolean {
  return typeof value === 'number' ? value === 0 : Number.parseInt(value, 10) === 0;
}

/** Whether a percentage exceeds 100%, which the API server refuses for maxUnavailable. */
export function isOverHundredPercent(value: IntOrPercent): boolean {
  return typeof value === 'string' && Number.parseInt(value, 10) > 100;
}
