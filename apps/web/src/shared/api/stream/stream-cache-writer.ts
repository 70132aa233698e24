import { workloadKinds, workloadResources, type SecretSummary, type ServiceSummary } from '@berth/contracts';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { coalescedRefresh } from './coalesced-refresh';
import type { Change, Named } from './merge-by-name';
import { queryKeys } from '../query-keys';
import type { DetailWriter, StreamBatch } from './stream-batch';
import { writeList } from './write-list';
import { writeSecretDetails } from './write-secret-details';
import { writeSecretUsers } from './write-secret-users';
import { writeWorkloadDetails } from './write-workload-details';
import { writeRevisions } from './write-revisions';
import { writePodDetails } from './write-pod-details';

/** Before the batch is emptied: each writes what it follows of it. */
const detailWriters: readonly DetailWriter[] = [
  writeSecretDetails,
  writeSecretUsers,
  writeWorkloadDetails,
  writeRevisions,
  writePodDetails,
];

const plurals = workloadKinds.map((kind) => workloadResources[kind].plural);

function keepLatest<T>(into: Map<string, Change<T>>, from: ReadonlyMap<string, Change<T>>): void {
  for (const [name, change] of from) into.set(name, change);
}

/** Writes a namespace's stream, a batch at a time, into its cluster's cached lists and details (never another's). */
export class StreamCacheWriter {
  // List changes that wait for the list's answer in flight (see writeList).
  private readonly secrets = new Map<string, Change<SecretSummary>>();
  private readonly services = new Map<string, Change<ServiceSummary>>();
  private readonly workloads = new Map(plurals.map((plural) => [plural, new Map<string, Change<Named>>()]));

  constructor(
    private readonly client: QueryClient,
    private readonly cluster: string,
    private readonly namespace: string,
    private readonly refresh: (queryKey: QueryKey) => void = coalescedRefresh(client),
  ) {}

  /** Write and empty the batch; answers true when some changes wait for a list's answer (write again next frame). */
  write(batch: StreamBatch): boolean {
    for (const write of detailWriters) write(this.client, this.cluster, this.namespace, batch, this.refresh);
    keepLatest(this.secrets, batch.secrets);
    keepLatest(this.services, batch.services);
    for (const [plural, waiting] of this.workloads) keepLatest<Named>(waiting, batch[plural]);
    batch.clear();
    let wait = writeList(this.client, queryKeys.secrets(this.cluster, this.namespace), this.secrets);
    wait = writeList(this.client, queryKeys.services(this.cluster, this.namespace), this.services) || wait;
    for (const [plural, waiting] of this.workloads)
      wait = writeList(this.client, queryKeys.workloads(this.cluster, this.namespace, plural), waiting) || wait;
    return wait;
  }
}
