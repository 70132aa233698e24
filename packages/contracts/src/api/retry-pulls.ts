import { z } from 'zod';

/**
 * The waiting reasons of a container whose pull failed and will be tried again after the kubelet's back-off: what
 * "Retry now" replaces and what a rotation's restart offer looks for, in the BFF and the SPA alike.
 */
export const retryablePullReasons: ReadonlySet<string> = new Set(['ErrImagePull', 'ImagePullBackOff']);

/** `POST …/{plural}/{name}/retry-pulls`: the pods deleted because they were failing a pull, for their controller to replace. */
export const retryPullsResult = z.strictObject({ deleted: z.array(z.string()) });

export type RetryPullsResult = z.infer<typeof retryPullsResult>;
