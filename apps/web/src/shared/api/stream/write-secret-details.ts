import type { SecretDetail } from '@berth/contracts';
import { queryKeys } from '../query-keys';
import { cachedDetails } from './cached-details';
import { sameJson } from './same-json';
import type { DetailWriter, StreamBatch } from './stream-batch';

type Usage = SecretDetail['usedBy'];

/** The Deployments naming `secret` once the batch's Deployment changes apply: the stream carries their imagePullSecrets. */
function usedByAfter(secret: string, usedBy: Usage, deployments: StreamBatch['deployments']): Usage {
  // Without permission to list Deployments the list is empty for want of it, and the stream has no Deployments either.
  if (deployments.size === 0 || usedBy.hidden?.includes('deployments')) return usedBy;
  const users = new Set(usedBy.deployments);
  for (const [name, change] of deployments) {
    if (change.type !== 'deleted' && change.object.imagePullSecrets.includes(secret)) users.add(name);
    else users.delete(name);
  }
  // The API server lists by name in byte order; so does the BFF's answer.
  const next = [...users].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sameJson(next, usedBy.deployments) ? usedBy : { ...usedBy, deployments: next };
}

/**
 * A cached secret detail is its summary plus who uses it: the summary and the Deployments using it follow the stream;
 * service accounts, which the stream does not carry, come with a GET.
 */
export const writeSecretDetails: DetailWriter = (client, cluster, namespace, batch, refresh) => {
  if (batch.secrets.size === 0 && batch.deployments.size === 0) return;
  for (const { query, name } of cachedDetails(client, queryKeys.secrets(cluster, namespace))) {
    const change = batch.secrets.get(name);
    const old = client.getQueryData<SecretDetail>(query.queryKey);
    if (change === undefined && batch.deployments.size === 0) continue;
    if (old === undefined || change?.type === 'deleted') {
      // Only a GET can tell; one in flight may predate a Deployment that now uses the secret.
      if (change !== undefined || query.state.fetchStatus === 'fetching') refresh(query.queryKey);
      continue;
    }
    const next = { ...(change?.object ?? old), usedBy: usedByAfter(name, old.usedBy, batch.deployments) };
    if (!sameJson(next, old)) client.setQueryData(query.queryKey, next);
    // An answer in flight may predate this change.
    if (query.state.fetchStatus === 'fetching') refresh(query.queryKey);
  }
};
