import { z } from 'zod';

/** `POST …/{plural}/{name}/retry-pulls`: the pods deleted because they were failing a pull, for their controller to replace. */
export const retryPullsResult = z.strictObject({ deleted: z.array(z.string()) });

export type RetryPullsResult = z.infer<typeof retryPullsResult>;
