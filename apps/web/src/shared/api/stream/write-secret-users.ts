import { workloadKinds, workloadResources } from '@berth/contracts';
import { queryKeys } from '../query-keys';
import type { DetailWriter } from './stream-batch';

const plurals = workloadKinds.map((kind) => workloadResources[kind].plural);

/**
 * A secret's Used by (`GET …/secrets/{name}/users`: every kind, directly or through a ServiceAccount) only a GET
 * answers: asked again, coalesced, whenever a workload of the namespace changed, since its pull secrets may have.
 */
export const writeSecretUsers: DetailWriter = (client, cluster, namespace, batch, refresh) => {
  if (!plurals.some((plural) => batch[plural].size > 0)) return;
  const secrets = queryKeys.secrets(cluster, namespace);
  for (const query of client.getQueryCache().findAll({ queryKey: secrets }))
    if (query.queryKey.length === secrets.length + 2 && query.queryKey.at(-1) === 'users') refresh(query.queryKey);
};
