import { Router, type Response } from 'express';
import type { CoreV1Event, KubernetesObject, V1Deployment, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import { streamMessage, type StreamMessage } from '@berth/contracts';
import { toDeploymentSummary } from '../resources/deployments/deployment-summary';
import { toEventSummary } from '../resources/deployments/event-summary';
import { ownedObjects, owningDeployment } from '../resources/deployments/owned-objects';
import { toPodSummary } from '../resources/deployments/pod-summary';
import type { ChangeType, InformerHub, WatchedKind } from './informer-hub';
import { identityOf } from '../auth/identity';
import { namespaceOf } from '../resources/namespaces/namespace-scope';
import { toSecretSummary } from '../resources/secrets/secret-summary';
import { toServiceSummary } from '../resources/services/service-summary';

const heartbeatMs = 15_000;

function send(res: Response, message: StreamMessage): void {
  // Parse on the way out: the stream's shapes are as strict as the GET routes'.
  res.write(`event: ${message.kind}\ndata: ${JSON.stringify(streamMessage.parse(message))}\n\n`);
}

/** `GET /namespaces/:ns/stream`: Server-Sent Events with Deployments, pods, events, secret and Service summaries as they change. */
export function streamRoutes(hub: InformerHub): Router {
  const router = Router();
  router.get('/', (req, res) => {
    const namespace = namespaceOf(res);
    const identity = identityOf(res);
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
        const owner = owningDeployment(pod, replicaSets(), deployments());
        send(res, {
          kind: 'pod',
          type,
          object: toPodSummary(pod),
          ...(owner?.metadata?.name ? { deployment: owner.metadata.name } : {}),
        });
        // A pod's state decides its Deployment's console status (ImagePullBackOff, Running).
        if (owner) send(res, deploymentMessage('modified', owner));
      },
      events: (type, object) => send(res, { kind: 'event', type, object: toEventSummary(object as CoreV1Event) }),
      secrets: (type, object) => send(res, { kind: 'secret', type, object: toSecretSummary(object) }),
      services: (type, object) => send(res, { kind: 'service', type, object: toServiceSummary(object) }),
    };
    // ReplicaSets and pods first, so the first Deployment messages already see their pods.
    const kinds: WatchedKind[] = ['replicasets', 'pods', 'deployments', 'events', 'secrets', 'services'];
    const unsubscribes = kinds.map((kind) =>
      hub.subscribe(identity, kind, namespace, {
        change: handlers[kind],
        status: (state, message) => send(res, { kind: 'status', watch: kind, state, ...(message ? { message } : {}) }),
      }),
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
