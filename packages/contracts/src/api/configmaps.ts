import { z } from 'zod';
import { listResourceVersion } from './lists';

/** A ConfigMap as the env pickers need it: its name and the names of its keys, never their values. */
export const configMapKeys = z.strictObject({ name: z.string(), keys: z.array(z.string()) });

export const configMapList = z.strictObject({ items: z.array(configMapKeys), resourceVersion: listResourceVersion });

export type ConfigMapKeys = z.infer<typeof configMapKeys>;
export type ConfigMapList = z.infer<typeof configMapList>;
