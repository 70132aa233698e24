import { Router } from 'express';
import type { CoreV1Event, KubernetesObject, V1Pod, V1Service } from '@kubernetes/client-node';
import { workloadManifestRequest } from '@berth/contracts';
import { identityOf, kubernetesOf } from '../../auth/identity';
import { requireNameParam } from '../../http/path-params';
import { forgetAfterWrites, InFlightReads } from '../../kube/in-flight-reads';
import { acknowledgedWrite, listSourceHeader, type ListCache } from '../../kube/list-cache';
import { type JsonOf, listJson } from '../../kube/list-json';
import { NamespacedResources } from '../../kube/namespaced-resources';
import { createManifest } from '../manifests/create-manifest';
import { parseWorkloadManifest } from '../manifests/parse-manifest';
import { assertNamespaceExists } from '../namespaces/namespace-existence';
import { dryRunOf, namespaceOf } from '../namespaces/namespace-scope';
import { toWorkloadPatchOperations } from '../deployments/deployment-patch';
import { familyEvents } from './detail-parts';
import { ownedBy } from './owned-objects';
import type { RelatedKind, WorkloadDefinition } from './workload-kind';
import type { Kubernetes } from '../../kube/clients';

const byName = new Intl.Collator().compare;
const relatedGroupVersion: Record<RelatedKind, string> = { pods: 'v1', jobs: 'batch/v1' };

/** The kind's calls with these credentials, in the group version the cluster serves it as. */
async function workloadsOf<W>(
  kubernetes: Kubernetes,
  definition: Pick<WorkloadDefinition<KubernetesObject, unknown, unknown>, 'groupVersion' | 'plural'>,
) {
  const groupVersion = await definition.groupVersion(kubernetes.kubeConfig);
  return new NamespacedResources<W>(kubernetes.kubeConfig, groupVersion, definition.plural);
}

/**
 * `/namespaces/:ns/<plural>`: list (from the stream's watches when synced), create from a manifest, get, patch and
 * delete, the same for every workload kind but Deployments (whose routes came first and keep their form body).
 */
export function workloadRoutes<W extends KubernetesObject, Summary extends { name: string }, Detail>(
  definition: WorkloadDefinition<W, Summary, Detail>,
  lists?: ListCache,
): Router {
  const { plural, related } = definition;
  const router = Router();
  requireNameParam(router, 'name', definition.param);
  const reads = new InFlightReads<Buffer>();
  const scope = (namespace: string) => `${plural}/${namespace}`;
  router.use(forgetAfterWrites(reads, (res) => scope(namespaceOf(res))));

  /** Rows sorted by name, each with the objects it owns, and the resourceVersion of the workload list. */
  const listBody = (workloads: readonly JsonOf<W>[], owned: readonly JsonOf<KubernetesObject>[], version: string) => {
    const ownedOf = ownedBy(owned);
    const items = workloads.map((w) => definition.summary(w, ownedOf(w)));
    const sorted = items.sort((a, b) => byName(a.name, b.name));
    return JSON.stringify({ items: sorted, resourceVersion: version });
  };

  router.get('/', async (_req, res) => {
    const namespace = namespaceOf(res);
    const identity = identityOf(res);
    const [cached, cachedOwned] = await Promise.all([
      lists?.read<JsonOf<W>>(identity, plural, namespace),
      lists?.read<JsonOf<KubernetesObject>>(identity, related, namespace),
    ]);
    if (cached !== undefined && cachedOwned !== undefined) {
      if (cached.items.length === 0) await assertNamespaceExists(identity.kubernetes.core, namespace);
      res.set(listSourceHeader, 'cache');
      res
        .type('application/json; charset=utf-8')
        .send(listBody(cached.items, cachedOwned.items, cached.resourceVersion));
      return;
    }
    const body = await reads.share(scope(namespace), `${identity.key} list`, async () => {
      const { kubernetes } = identity;
      const relatedResources = new NamespacedResources<KubernetesObject>(
        kubernetes.kubeConfig,
        relatedGroupVersion[related],
        related,
      );
      const [workloads, owned] = await Promise.all([
        (await workloadsOf<W>(kubernetes, definition)).list(namespace),
        relatedResources.list(namespace),
      ]);
      // An empty list is also what a namespace that does not exist gives: only then is the Namespace itself asked.
      if (workloads.items.length === 0) await assertNamespaceExists(kubernetes.core, namespace);
      return Buffer.from(listBody(workloads.items, owned.items, workloads.resourceVersion));
    });
    res.set(listSourceHeader, 'api');
    res.type('application/json; charset=utf-8').send(body);
  });

  router.post('/', async (req, res) => {
    const namespace = namespaceOf(res);
    const { manifest } = workloadManifestRequest.parse(req.body);
    const kubernetes = kubernetesOf(res);
    const workloads = await workloadsOf<W>(kubernetes, definition);
    const parsed = parseWorkloadManifest(manifest, namespace, definition);
    // Written in the other CronJob version: the fields Berth writes are the same in both, so only apiVersion changes.
    parsed.workload.object.apiVersion = workloads.groupVersion;
    const services = new NamespacedResources<V1Service>(kubernetes.kubeConfig, 'v1', 'services');
    const dryRun = dryRunOf(req.query);
    const created = await createManifest({ services, workload: workloads }, namespace, parsed, req.log, dryRun);
    if (!dryRun) lists?.acknowledge(namespace, plural, acknowledgedWrite(created));
    res.status(dryRun ? 200 : 201).json(definition.summarySchema.parse(definition.summary(created, [])));
  });

  router.get('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const name = req.params.name;
    const identity = identityOf(res);
    const body = await reads.share(scope(namespace), `${identity.key} detail ${name}`, async () => {
      const { kubernetes } = identity;
      const workload = await (await workloadsOf<W>(kubernetes, definition)).read(namespace, name);
      const { kubeConfig } = kubernetes;
      const ns = encodeURIComponent(namespace);
      const [pods, events, jobs] = await Promise.all([
        listJson<V1Pod>(kubeConfig, `/api/v1/namespaces/${ns}/pods`),
        listJson<CoreV1Event>(kubeConfig, `/api/v1/namespaces/${ns}/events`),
        related === 'jobs'
          ? new NamespacedResources<KubernetesObject>(kubeConfig, 'batch/v1', 'jobs').list(namespace)
          : undefined,
      ]);
      const podsOf = ownedBy(pods.items);
      // A CronJob's pods are its Jobs' pods; the other kinds own their pods themselves.
      const ownedJobs = jobs === undefined ? [] : ownedBy(jobs.items)(workload);
      const ownedPods = jobs === undefined ? podsOf(workload) : ownedJobs.flatMap((job) => podsOf(job));
      const owned = jobs === undefined ? ownedPods : ownedJobs;
      const family = [workload, ...ownedJobs, ...ownedPods];
      const detail = definition.detail(workload, {
        owned,
        pods: ownedPods,
        events: familyEvents(events.items, family),
      });
      return Buffer.from(JSON.stringify(definition.detailSchema.parse(detail)));
    });
    res.type('application/json; charset=utf-8').send(body);
  });

  router.patch('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const name = req.params.name;
    const patch = definition.patchSchema.parse(req.body);
    const workloads = await workloadsOf<W>(kubernetesOf(res), definition);
    const current = await workloads.read(namespace, name);
    const operations = toWorkloadPatchOperations(
      definition.podSpec(current),
      definition.podSpecPath,
      patch,
      definition.kind,
    );
    const dryRun = dryRunOf(req.query);
    const patched = await workloads.patch(namespace, name, operations, dryRun);
    if (!dryRun) lists?.acknowledge(namespace, plural, acknowledgedWrite(patched));
    res.json(definition.summarySchema.parse(definition.summary(patched, [])));
  });

  router.delete('/:name', async (req, res) => {
    const namespace = namespaceOf(res);
    const name = req.params.name;
    // Background, as `kubectl delete` does: the garbage collector removes its pods (and a CronJob's Jobs) after it.
    const workloads = await workloadsOf<W>(kubernetesOf(res), definition);
    const status = await workloads.delete(namespace, name, 'Background');
    const uid = status.details?.uid;
    lists?.acknowledge(namespace, plural, uid ? { deleted: { name, uid } } : { resourceVersion: '' });
    res.status(204).end();
  });
  return router;
}
