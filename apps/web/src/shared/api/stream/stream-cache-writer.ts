import type { DeploymentSummary, SecretSummary, ServiceSummary } from '@berth/contracts';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { coalescedRefresh } from './coalesced-refresh';
import type { Change } from './merge-by-name';
import { queryKeys } from '../query-keys';
import type { StreamBatch } from './stream-batch';
import { writeList } from './write-list';
import { writeSecretDetails } from './write-secret-details';
import { writeWorkloadDetails } from './write-workload-details';

function keepLatest<T>(into: Map<string, Change<T>>, from: ReadonlyMap<string, Change<T>>): void {
  for (const [name, change] of from) into.set(name, change);
}

/** Writes a namespace's stream, a batch at a time, into its cached lists and details. */
export class StreamCacheWriter {
  // List changes that wait for the list's answer in flight (see writeList).
  private readonly secrets = new Map<string, Change<SecretSummary>>();
  private readonly deployments = new Map<string, Change<DeploymentSummary>>();
  private readonly services = new Map<string, Change<ServiceSummary>>();

  constructor(
    private readonly client: QueryClient,
    private readonly namespace: string,
    private readonly refresh: (queryKey: QueryKey) => void = coalescedRefresh(client),
  ) {}

  /** Write and empty the batch; answers true when some changes wait for a list's answer (write again next frame). */
  write(batch: StreamBatch): boolean {
    writeSecretDetails(this.client, this.namespace, batch, this.refresh);
    writeWorkloadDetails(this.client, this.namespace, batch, this.refresh);
    keepLatest(this.secrets, batch.secrets);
    keepLatest(this.deployments, batch.deployments);
    keepLatest(this.services, batch.services);
    batch.clear();
    const secretsWait = writeList(this.client, queryKeys.secrets(this.namespace), this.secrets);
    const deploymentsWait = writeList(this.client, queryKeys.deployments(this.namespace), this.deployments);
    const servicesWait = writeList(this.client, queryKeys.services(this.namespace), this.services);
    return secretsWait || deploymentsWait || servicesWait;
  }
}
