// Watches the pods bound to this node (all namespaces) and syncs each one serially, with wake-ups for back-off.
import { ListWatch, Watch, type CoreV1Api, type KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { errorText, type NodeAgentLog } from './log';
import { nodeName } from './node-object';
import type { PodSyncer } from './sync-pod';

const restartDelayMs = 2_000;

function podKey(pod: V1Pod): string {
  return `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
}

export class PodSyncLoop {
  private readonly informer: ListWatch<V1Pod>;
  private readonly busy = new Set<string>();
  private readonly again = new Set<string>();
  private readonly wakeUps = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(
    kubeConfig: KubeConfig,
    core: CoreV1Api,
    private readonly syncer: PodSyncer,
    private readonly log: NodeAgentLog,
  ) {
    const fieldSelector = `spec.nodeName=${nodeName}`;
    const list = () => core.listPodForAllNamespaces({ fieldSelector });
    this.informer = new ListWatch<V1Pod>('/api/v1/pods', new Watch(kubeConfig), list, false, undefined, fieldSelector);
    this.informer.on('add', (pod) => this.enqueue(podKey(pod)));
    this.informer.on('update', (pod) => this.enqueue(podKey(pod)));
    this.informer.on('delete', (pod) => this.forget(pod));
    // The informer gives up on an error (and a healthy watch is cut routinely): start it again, always.
    this.informer.on('error', (error: unknown) => {
      this.log('pod-watch-error', { error: errorText(error) });
      if (!this.stopped) setTimeout(() => void this.startInformer(), restartDelayMs);
    });
  }

  async start(): Promise<void> {
    await this.startInformer();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.wakeUps.values()) clearTimeout(timer);
    this.wakeUps.clear();
    await this.informer.stop();
  }

  private async startInformer(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.informer.start();
    } catch (error) {
      this.log('pod-watch-start-failed', { error: errorText(error) });
      setTimeout(() => void this.startInformer(), restartDelayMs);
    }
  }

  private forget(pod: V1Pod): void {
    const key = podKey(pod);
    clearTimeout(this.wakeUps.get(key));
    this.wakeUps.delete(key);
    this.syncer.forget(pod.metadata?.uid ?? '', true);
  }

  /** Syncs for one pod never overlap; events that arrive meanwhile fold into one more sync of the latest object. */
  private enqueue(key: string): void {
    if (this.stopped) return;
    if (this.busy.has(key)) {
      this.again.add(key);
      return;
    }
    this.busy.add(key);
    void this.run(key);
  }

  private async run(key: string): Promise<void> {
    try {
      do {
        this.again.delete(key);
        const [namespace, name] = key.split('/');
        const pod = this.informer.get(name ?? '', namespace);
        if (!pod) break;
        try {
          this.schedule(key, await this.syncer.sync(pod));
        } catch (error) {
          this.log('pod-sync-failed', { pod: key, error: errorText(error) });
          this.schedule(key, Date.now() + restartDelayMs);
        }
      } while (this.again.has(key) && !this.stopped);
    } finally {
      this.busy.delete(key);
    }
  }

  private schedule(key: string, at: number | undefined): void {
    clearTimeout(this.wakeUps.get(key));
    this.wakeUps.delete(key);
    if (at === undefined || this.stopped) return;
    const timer = setTimeout(
      () => {
        this.wakeUps.delete(key);
        this.enqueue(key);
      },
      Math.max(0, at - Date.now()),
    );
    this.wakeUps.set(key, timer);
  }
}
