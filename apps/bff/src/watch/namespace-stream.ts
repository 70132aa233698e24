import { Router, type Response } from 'express';
import type { CoreV1Event, KubernetesObject, V1Deployment, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import { streamMessage, streamWatches, type StreamMessage } from '@berth/contracts';
import { toDeploymentSummary } from '../resources/deployments/deployment-summary';
import { toEventSummary } from '../resources/deployments/event-summary';
import { ownedObjects, owningDeployment } from '../resources/deployments/owned-objects';
import { toPodSummary } from '../resources/deployments/pod-summary';
import type { ChangeType, InformerHub, WatchedKind } from './informer-hub';
import { identityOf } from '../auth/identity';
import { namespaceOf } from '../resources/namespaces/namespace-scope';
import { toSecretSummary } from '../resources/secrets/secret-summary';
import { cronJobGroupVersion } from '../kube/cronjob-version';
import { heldOwner, workloadMessage, type Held } from './workload-messages';
import { toServiceSummary } from '../resources/services/service-summary';

const heartbeatMs = 15_000;

function send(res: Response, message: StreamMessage): void {
  // Parse on the way out: the stream's shapes are as strict as the GET routes'.
  res.write(`event: ${message.kind}\ndata: ${JSON.stringify(streamMessage.parse(message))}\n\n`);
}

/**
 * `GET /namespaces/:ns/stream`: Server-Sent Events with the workloads of every kind, pods, events, secret and Service summaries
 * as they change: one upstream watch per kind (shared by every stream of the namespace), ten in all.
 */
export function streamRoutes(hub: InformerHub): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const namespace = namespaceOf(res);
    const identity = identityOf(res);
    // Asked once per API server; a cluster serving no CronJobs (or not answering yet) streams none.
    const cronJobVersion = await cronJobGroupVersion(identity.kubernetes.kubeConfig).catch(() => undefined);
    if (res.closed) return;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 2000\n\n');

    // Informer caches hold objects by kind; each list below is of the kind it is named after.
    const deployments = () => hub.list(identity, 'deployments', namespace) as readonly V1Deployment[];
    const replicaSets = () => hub.list(identity, 'replicasets', namespace) as readonly V1ReplicaSet[];
    const pods = () => hub.list(identity, 'pods', namespace) as readonly V1Pod[];
    const held: Held = (kind) => hub.list(identity, kind, namespace);
    const deploymentMessage = (type: ChangeType, d: V1Deployment): StreamMessage => ({
      kind: 'deployment',
      type,
      object: toDeploymentSummary(d, ownedObjects(d, replicaSets(), pods()).pods),
    });

    const handlers: Record<WatchedKind, (type: ChangeType, object: KubernetesObject) => void> = {
      deployments: (type, object) => send(res, deploymentMessage(type, object)),
      replicasets: () => undefined,
      pods: (type, object) => {
        const pod = object as V1Pod;
        const deployment = owningDeployment(pod, replicaSets(), deployments());
        const workload = heldOwner(pod, held);
        const name = deployment?.metadata?.name ?? workload?.object.metadata?.name;
        const kind = deployment ? 'Deployment' : workload?.kind;
        send(res, {
          kind: 'pod',
          type,
          object: toPodSummary(pod),
          ...(deployment?.metadata?.name ? { deployment: deployment.metadata.name } : {}),
          ...(name && kind ? { owner: { kind, name } } : {}),
        });
        // A pod's state decides its workload's console status (ImagePullBackOff, Running).
        if (deployment) send(res, deploymentMessage('modified', deployment));
        if (workload) send(res, workloadMessage(workload.watched, 'modified', workload.object, held));
      },
      statefulsets: (type, object) => send(res, workloadMessage('statefulsets', type, object, held)),
      daemonsets: (type, object) => send(res, workloadMessage('daemonsets', type, object, held)),
      jobs: (type, object) => {
        send(res, workloadMessage('jobs', type, object, held));
        // A Job's outcome decides its CronJob's status (Active, Failed).
        const cronJob = heldOwner(object, held);
        if (cronJob) send(res, workloadMessage(cronJob.watched, 'modified', cronJob.object, held));
      },
      cronjobs: (type, object) => send(res, workloadMessage('cronjobs', type, object, held)),
      events: (type, object) => send(res, { kind: 'event', type, object: toEventSummary(object as CoreV1Event) }),
      secrets: (type, object) => send(res, { kind: 'secret', type, object: toSecretSummary(object) }),
      services: (type, object) => send(res, { kind: 'service', type, object: toServiceSummary(object) }),
    };
    // In the contract's order: what workloads own first, so the first workload messages already see it.
    const kinds = streamWatches.filter((kind) => kind !== 'cronjobs' || cronJobVersion !== undefined);
    const unsubscribes = kinds.map((kind) =>
      hub.subscribe(
        identity,
        kind,
        namespace,
        {
          change: handlers[kind],
          status: (state, message) =>
            send(res, { kind: 'status', watch: kind, state, ...(message ? { message } : {}) }),
        },
        kind === 'cronjobs' ? cronJobVersion : undefined,
      ),
    );
    const stop = () => {
      clearInterval(heartbeat);
      for (const unsubscribe of unsubscribes) unsubscribe();
    };
    // A stream outlives no session: after sign-out or a timeout it ends at the next heartbeat.
    const heartbeat = setInterval(() => {
      if (identity.stillSignedIn()) {
        res.write(': heartbeat\n\n');
        return;
      }
      stop();
      res.end();
    }, heartbeatMs);
    req.on('close', stop);
  });
  return router;
}
