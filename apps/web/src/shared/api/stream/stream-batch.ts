import type {
  DeploymentSummary,
  EventSummary,
  PodSummary,
  SecretSummary,
  ServiceSummary,
  StreamMessage,
} from '@berth/contracts';
import type { Change } from './merge-by-name';

/**
 * The stream's messages since the last frame, collapsed to the latest change per object, so a burst of thousands
 * costs one cache write per query instead of one per message.
 */
export class StreamBatch {
  readonly secrets = new Map<string, Change<SecretSummary>>();
  readonly deployments = new Map<string, Change<DeploymentSummary>>();
  readonly services = new Map<string, Change<ServiceSummary>>();
  /** Pods by the Deployment that owns them. */
  readonly pods = new Map<string, Map<string, Change<PodSummary>>>();
  /** Names of pods whose owner the BFF did not know yet, and the objects of events: they may belong to any workload. */
  readonly unowned = new Set<string>();
  readonly events: EventSummary[] = [];

  add(message: StreamMessage): void {
    switch (message.kind) {
      case 'secret':
        this.secrets.set(message.object.name, { type: message.type, object: message.object });
        return;
      case 'deployment':
        this.deployments.set(message.object.name, { type: message.type, object: message.object });
        return;
      case 'service':
        this.services.set(message.object.name, { type: message.type, object: message.object });
        return;
      case 'pod': {
        if (message.deployment === undefined) {
          this.unowned.add(message.object.name);
          return;
        }
        const pods = this.pods.get(message.deployment) ?? new Map<string, Change<PodSummary>>();
        pods.set(message.object.name, { type: message.type, object: message.object });
        this.pods.set(message.deployment, pods);
        return;
      }
      case 'event':
        this.events.push(message.object);
        return;
      case 'status':
        return;
    }
  }

  get isEmpty(): boolean {
    return (
      this.secrets.size +
        this.deployments.size +
        this.services.size +
        this.pods.size +
        this.unowned.size +
        this.events.length ===
      0
    );
  }

  clear(): void {
    this.secrets.clear();
    this.deployments.clear();
    this.services.clear();
    this.pods.clear();
    this.unowned.clear();
    this.events.length = 0;
  }
}
