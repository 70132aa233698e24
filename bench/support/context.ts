// What every benchmark gets: the leased cluster, the run's mode, and the namespaces they share, made on first use.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type RunningBff, startBff } from './bff';
import { type BenchCluster, deleteNamespace, deployment, populatedNamespace, pullSecret, seedImage } from './cluster';
import { repoRoot } from '../../scripts/repo-root.mjs';

export interface Sizes {
  /** Item 1's smaller list and its Deployments. */
  mediumSecrets: number;
  mediumDeployments: number;
  /** Item 1's larger list and item 7's big lists. */
  largeSecrets: number;
  largeDeployments: number;
}

export const fullSizes: Sizes = {
  mediumSecrets: 1000,
  mediumDeployments: 1000,
  largeSecrets: 5000,
  largeDeployments: 2000,
};
// Quick mode's Deployments are few: the local controller-manager observes new ones at about 5 a second (its API QPS).
export const quickSizes: Sizes = { mediumSecrets: 50, mediumDeployments: 10, largeSecrets: 200, largeDeployments: 20 };

export class BenchContext {
  readonly logDir = path.join(repoRoot, 'bench/.logs');
  private readonly made = new Map<string, Promise<string>>();
  private sharedBff: Promise<RunningBff> | undefined;

  constructor(
    readonly cluster: BenchCluster,
    readonly quick: boolean,
    readonly sizes: Sizes,
  ) {
    if (!existsSync(this.logDir)) mkdirSync(this.logDir, { recursive: true });
  }

  logFile(name: string): string {
    return path.join(this.logDir, `${name}.log`);
  }

  /** `mediumSecrets` secrets and `mediumDeployments` Deployments. */
  medium(): Promise<string> {
    return this.once('medium', () =>
      populatedNamespace(this.cluster, 'bench-medium', {
        secrets: this.sizes.mediumSecrets,
        deployments: this.sizes.mediumDeployments,
      }),
    );
  }

  /** `largeSecrets` secrets and `largeDeployments` Deployments in one namespace. */
  large(): Promise<string> {
    return this.once('large', () =>
      populatedNamespace(this.cluster, 'bench-large', {
        secrets: this.sizes.largeSecrets,
        deployments: this.sizes.largeDeployments,
      }),
    );
  }

  /** A typical namespace: 20 pull secrets, the seed's secret `test` and its Deployment `awesomeapp` available. */
  seed(): Promise<string> {
    return this.once('seed', async () => {
      const namespace = await populatedNamespace(this.cluster, 'bench-seed', { secrets: 20, deployments: 0 });
      await this.cluster.core.createNamespacedSecret({ namespace, body: pullSecret('test', this.cluster.registry) });
      await this.cluster.apps.createNamespacedDeployment({
        namespace,
        body: deployment('awesomeapp', seedImage(this.cluster), { replicas: 1, pullSecret: 'test' }),
      });
      await this.availableDeployment(namespace, 'awesomeapp');
      return namespace;
    });
  }

  async availableDeployment(namespace: string, name: string, timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.cluster.apps.readNamespacedDeployment({ name, namespace })).status?.availableReplicas !== 1) {
      if (Date.now() > deadline) throw new Error(`${namespace}/${name} not available after ${timeoutMs / 1000} s`);
      await sleep(100);
    }
  }

  /** Makes the shared namespaces the given items need, seed first (at once in quick mode), and waits for every Deployment to be observed. */
  async prepare(items: readonly number[]): Promise<void> {
    const needs = (...these: number[]) => these.some((item) => items.includes(item));
    const makers: (() => Promise<string>)[] = [];
    if (needs(2, 3, 4, 6, 11)) makers.push(() => this.seed());
    if (needs(1, 2, 10)) makers.push(() => this.medium());
    if (needs(1, 7, 10)) makers.push(() => this.large());
    // Quick mode's lists are a few hundred objects, no backlog for the seed's rollout: make all three at once.
    const made: string[] = [];
    if (this.quick) made.push(...(await Promise.all(makers.map((make) => make()))));
    else for (const make of makers) made.push(await make());
    for (const namespace of made) await this.observed(namespace);
  }

  private async observed(namespace: string, timeoutMs = 600_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const list = await this.cluster.apps.listNamespacedDeployment({ namespace });
      const behind = list.items.filter(
        (d) => (d.status?.observedGeneration ?? 0) < (d.metadata?.generation ?? 1),
      ).length;
      if (behind === 0) return;
      if (Date.now() > deadline)
        throw new Error(`${behind} Deployments in ${namespace} still unobserved after ${timeoutMs / 1000} s`);
      // Quick mode's hundred or so Deployments are observed within seconds: poll often enough not to oversleep them.
      await sleep(this.quick ? 250 : 2_000);
    }
  }

  /**
   * The BFF as `npm start` runs it on the cluster's kubeconfig, for items that only talk to it (2, 3, 4, 6, 7, 11).
   * Each full-mode item starts its own; quick mode (CI) shares one, started once, stopped by `cleanUp`.
   */
  async bff(logName: string): Promise<RunningBff> {
    if (!this.quick) return startBff(this.cluster.kubeconfig, this.logFile(logName));
    this.sharedBff ??= startBff(this.cluster.kubeconfig, this.logFile('shared-bff'));
    return { ...(await this.sharedBff), stop: () => Promise.resolve() };
  }

  /** An empty namespace of one benchmark's own. */
  fresh(prefix: string): Promise<string> {
    return this.once(prefix, () => populatedNamespace(this.cluster, prefix, { secrets: 0, deployments: 0 }));
  }

  private once(key: string, make: () => Promise<string>): Promise<string> {
    let namespace = this.made.get(key);
    if (namespace === undefined) {
      namespace = make();
      this.made.set(key, namespace);
    }
    return namespace;
  }

  async cleanUp(): Promise<void> {
    await this.sharedBff?.then((bff) => bff.stop()).catch(() => undefined);
    const names = await Promise.allSettled(this.made.values());
    for (const name of names) if (name.status === 'fulfilled') await deleteNamespace(this.cluster, name.value);
  }
}
