// Item 11: each workload kind created through the BFF (POST /api/namespaces/{ns}/{plural} with { manifest }) until the
// BFF's detail says Running, or Complete for a Job and for a CronJob's first run. A CronJob's run waits for its
// schedule's minute (`* * * * *`) and the CronJob controller's 10 s poll, so it is timed from the moment the BFF first
// lists the Job the controller made, to that Job's Complete.
import { setTimeout as sleep } from 'node:timers/promises';
import { workloadResources, type WorkloadKind } from '@berth/contracts';
import type { RunningBff } from './support/bff';
import type { BenchContext } from './support/context';
import type { Figure } from './support/report';
import { median } from './support/stats';

const pollMs = 50;
const timeoutMs = 60_000;
/** A CronJob's first run comes at the next whole minute plus the controller's poll: up to about 70 s. */
const cronTimeoutMs = 90_000;

function podTemplate(name: string, image: string, restartPolicy?: 'Never') {
  return {
    metadata: { labels: { app: name } },
    spec: {
      containers: [{ name: 'container-0', image, imagePullPolicy: 'Always' }],
      imagePullSecrets: [{ name: 'test' }],
      ...(restartPolicy ? { restartPolicy } : {}),
    },
  };
}

/** The manifest of one workload of `kind`, as Create from YAML sends it (JSON is YAML). */
function manifest(kind: WorkloadKind, name: string, image: string): object {
  const group = workloadResources[kind].group;
  const selector = { matchLabels: { app: name } };
  const job = { backoffLimit: 0, template: podTemplate(name, image, 'Never') };
  const specs: Record<WorkloadKind, object> = {
    Deployment: { replicas: 1, selector, template: podTemplate(name, image) },
    StatefulSet: { replicas: 1, serviceName: name, selector, template: podTemplate(name, image) },
    DaemonSet: { selector, template: podTemplate(name, image) },
    Job: job,
    CronJob: { schedule: '* * * * *', jobTemplate: { spec: job } },
  };
  // The BFF writes a CronJob in the version the server serves (batch/v1beta1 on 1.20), whatever this says.
  const apiVersion = group === 'apps' ? 'apps/v1' : 'batch/v1';
  return { apiVersion, kind, metadata: { name }, spec: specs[kind] };
}

async function bffJson(bff: RunningBff, path: string, init?: RequestInit): Promise<Record<string, unknown>> {
  const response = await fetch(`${bff.url}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init?.headers },
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

async function until<T>(what: string, check: () => Promise<T | undefined>, limitMs = timeoutMs): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${limitMs / 1000} s`);
    await sleep(pollMs);
  }
}

/** Create to Running (Complete for a Job), in ms, as the BFF's detail of the workload reports it. */
async function createToSettled(bff: RunningBff, namespace: string, kind: WorkloadKind, name: string, image: string) {
  const plural = workloadResources[kind].plural;
  const base = `/api/namespaces/${namespace}/${plural}`;
  const settled = kind === 'Job' ? 'Complete' : 'Running';
  const started = performance.now();
  await bffJson(bff, base, {
    method: 'POST',
    body: JSON.stringify({ manifest: JSON.stringify(manifest(kind, name, image)) }),
  });
  await until(`${kind} ${name} ${settled}`, async () =>
    (await bffJson(bff, `${base}/${name}`)).status === settled ? true : undefined,
  );
  return performance.now() - started;
}

interface CronRun {
  /** From the BFF first listing the Job to that Job's Complete. */
  ms: number;
  /** How long after the scheduled minute the Job was seen (the controller's poll and ours). */
  lateMs: number;
}

/** A CronJob's first run: the Job its controller makes, from first sight to Complete. */
async function cronJobFirstRun(bff: RunningBff, namespace: string, name: string, image: string): Promise<CronRun> {
  const base = `/api/namespaces/${namespace}/cronjobs`;
  await bffJson(bff, base, {
    method: 'POST',
    body: JSON.stringify({ manifest: JSON.stringify(manifest('CronJob', name, image)) }),
  });
  const jobsOf = async () => (await bffJson(bff, `${base}/${name}`)).jobs as { name: string; status: string }[];
  const [first] = await until(
    `CronJob ${name}'s first Job`,
    async () => {
      const jobs = await jobsOf();
      return jobs.length > 0 ? jobs : undefined;
    },
    cronTimeoutMs,
  );
  const seen = performance.now();
  const seenAt = Date.now();
  await until(`CronJob ${name}'s first Job Complete`, async () =>
    (await jobsOf()).some((j) => j.name === first?.name && j.status === 'Complete') ? true : undefined,
  );
  // A run is named `<cronjob>-<scheduled time>`: Unix seconds from the 1.20 controller, Unix minutes from the newer one.
  const stamp = Number(first?.name.slice(name.length + 1));
  const scheduledMinute = stamp > 1e9 ? stamp * 1000 : stamp * 60_000;
  return { ms: performance.now() - seen, lateMs: Number.isFinite(scheduledMinute) ? seenAt - scheduledMinute : NaN };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function benchKindsToRunning(ctx: BenchContext): Promise<Figure[]> {
  const namespace = await ctx.seed();
  const bff = await ctx.bff('kinds-bff');
  const runs = ctx.quick ? 1 : 3;
  const image = `${ctx.cluster.registry.server}/janedoe/awesomeapp:v1`;
  const figures: Figure[] = [];
  try {
    for (const kind of ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'] as const) {
      const times: number[] = [];
      for (let run = 1; run <= runs; run += 1) {
        times.push(await createToSettled(bff, namespace, kind, `kind-${workloadResources[kind].plural}-${run}`, image));
      }
      figures.push({
        item: 11,
        measure: `${kind}: create through the BFF to ${kind === 'Job' ? 'Complete' : 'Running'}, median of ${runs}`,
        value: median(times) / 1000,
        unit: 's',
        budget: { max: 3 },
        note: `runs: ${times.map(seconds).join(', ')}`,
      });
    }
    // One run, and none in quick mode (CI's): each waits up to ~70 s for a minute boundary and the controller's poll.
    if (ctx.quick) return figures;
    const cron = await cronJobFirstRun(bff, namespace, 'kind-cronjobs-1', image);
    figures.push({
      item: 11,
      measure: "CronJob: its first run's Job, from the BFF first listing it to Complete",
      value: cron.ms / 1000,
      unit: 's',
      budget: { max: 3 },
      note: `the Job was listed ${seconds(cron.lateMs)} after its scheduled minute (the 1.20 CronJob controller polls every 10 s)`,
    });
  } finally {
    await bff.stop();
  }
  return figures;
}
