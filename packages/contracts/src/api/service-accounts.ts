import { z } from 'zod';
import { workloadKinds } from '../workloads/workload-kinds';

/** A ServiceAccount and the pull secrets it gives the pods that name none of their own. */
export const serviceAccountSummary = z.strictObject({
  name: z.string(),
  imagePullSecrets: z.array(z.string()),
});

export const serviceAccountList = z.strictObject({ items: z.array(serviceAccountSummary) });

export type ServiceAccountSummary = z.infer<typeof serviceAccountSummary>;
export type ServiceAccountList = z.infer<typeof serviceAccountList>;

/** The ServiceAccount a pod runs as when its spec names none (the admission plugin's DefaultServiceAccountName). */
export const defaultServiceAccountName = 'default';

/**
 * The pull secrets a pod template's pods get, as the ServiceAccount admission plugin of 1.20 decides at pod creation:
 * the pod's own `imagePullSecrets` when it names any, else its ServiceAccount's (`default` when none is named).
 */
export function effectivePullSecrets(
  podSecrets: readonly string[],
  serviceAccount: ServiceAccountSummary | undefined,
): { names: string[]; from: 'pod' | 'serviceAccount' } {
  if (podSecrets.length > 0) return { names: [...podSecrets], from: 'pod' };
  return { names: [...(serviceAccount?.imagePullSecrets ?? [])], from: 'serviceAccount' };
}

/** A workload whose pods pull with a secret: it names the secret itself, or gets it through its ServiceAccount. */
export const pullSecretUser = z.strictObject({
  kind: z.enum(workloadKinds),
  name: z.string(),
  /** Set when the pods get the secret from this ServiceAccount at admission (they name no pull secret of their own). */
  serviceAccount: z.string().optional(),
});

/** "Used by" of a pull secret: the workloads pulling with it, and the ServiceAccounts carrying it. */
export const pullSecretUsers = z.strictObject({
  workloads: z.array(pullSecretUser),
  serviceAccounts: z.array(z.string()),
  /** Kinds the user may not list ("deployments", "serviceaccounts", …): their users are unknown, not absent. */
  hidden: z.array(z.string()),
});

export type PullSecretUser = z.infer<typeof pullSecretUser>;
export type PullSecretUsers = z.infer<typeof pullSecretUsers>;
