// Objects made with `kubectl apply` of hand-written YAML show correctly in Berth: list columns, status, detail, and the
// YAML view's way back to a form (`fromWorkloadYaml` of `kubectl get -o yaml`) keeps or reports every field.
import request from 'supertest';
import {
  cronJobDetail,
  cronJobList,
  daemonSetList,
  deploymentDetail,
  deploymentList,
  fromWorkloadYaml,
  jobList,
  statefulSetDetail,
  statefulSetList,
} from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env, eventually, kubectl, kubectlCreateSecret, testApp, testNamespace } from '../../testing/cluster';
import { kubectlMadeYaml } from '../../testing/kubectl-made-yaml';
import { servedCronJobApiVersion } from '../../testing/parity-forms';

const namespace = testNamespace('parity-made');
const { app } = testApp();
const api = `/api/namespaces/${namespace.name}`;

async function list(plural: string): Promise<unknown> {
  return (await request(app).get(`${api}/${plural}`).expect(200)).body;
}

describe('objects made with kubectl, seen through Berth', () => {
  beforeAll(async () => {
    await namespace.create();
    await kubectlCreateSecret(namespace.name, 'docker-registry', 'regcred', [
      `--docker-server=${env('BERTH_REGISTRY')}`,
      `--docker-username=${env('BERTH_REGISTRY_USERNAME')}`,
      `--docker-password=${env('BERTH_REGISTRY_PASSWORD')}`,
    ]);
    const image = `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v1`;
    const text = kubectlMadeYaml(image, 'regcred', await servedCronJobApiVersion());
    await kubectl(['-n', namespace.name, 'apply', '-f', '-'], text);
    // A run of the CronJob started by hand, as an operator does: kubectl makes it the CronJob's own.
    await kubectl(['-n', namespace.name, 'create', 'job', 'hand-cron-run', '--from=cronjob/hand-cron']);
  });
  afterAll(async () => {
    await namespace.remove();
  });

  it('lists every kind with kubectl get’s columns and the status it reached', async () => {
    // Available only once its pod has been ready for minReadySeconds, as kubectl shows it.
    const deployment = await eventually('hand-web READY 1/1 and available', async () => {
      const row = deploymentList.parse(await list('deployments')).items.find((d) => d.name === 'hand-web');
      return row?.status === 'Running' ? row : undefined;
    });
    expect(deployment).toMatchObject({ ready: '1/1', imagePullSecrets: ['regcred'], upToDate: 1, available: 1 });
    const statefulSet = await eventually('hand-db READY 1/1', async () => {
      const row = statefulSetList.parse(await list('statefulsets')).items[0];
      return row?.ready === '1/1' ? row : undefined;
    });
    expect(statefulSet).toMatchObject({ name: 'hand-db', serviceName: 'hand-db-peers', status: 'Running' });
    const daemonSet = await eventually('hand-agent available on every node', async () => {
      const row = daemonSetList.parse(await list('daemonsets')).items[0];
      return row?.status === 'Running' ? row : undefined;
    });
    expect(daemonSet.desired).toBeGreaterThan(0);
    expect(daemonSet).toMatchObject({ name: 'hand-agent', current: daemonSet.desired, ready: daemonSet.desired });
    const jobs = await eventually('the three Jobs finished', async () => {
      const rows = jobList.parse(await list('jobs')).items;
      return rows.length === 3 && rows.every((j) => j.status !== 'Running') ? rows : undefined;
    });
    expect(jobs.find((j) => j.name === 'hand-cron-run')).toMatchObject({ status: 'Complete', cronJob: 'hand-cron' });
    expect(jobs.find((j) => j.name === 'hand-job')).toMatchObject({ status: 'Complete', completions: '1/1' });
    expect(jobs.find((j) => j.name === 'hand-fails')).toMatchObject({
      status: 'Failed',
      reason: 'BackoffLimitExceeded',
      completions: '0/1',
    });
    const cronJob = cronJobList.parse(await list('cronjobs')).items[0];
    expect(cronJob).toMatchObject({ name: 'hand-cron', schedule: '*/5 * * * *', suspend: true, active: 0 });
    expect(cronJob?.status).toBe('Suspended');
  });

  it('shows each detail page with its images, pods and (for a CronJob) its Jobs', async () => {
    const image = `${env('BERTH_REGISTRY')}/janedoe/awesomeapp:v1`;
    const web = deploymentDetail.parse((await request(app).get(`${api}/deployments/hand-web`).expect(200)).body);
    expect(web).toMatchObject({ images: [image], imagePullSecrets: ['regcred'] });
    expect(web.pods.map((p) => p.phase)).toEqual(['Running']);
    const db = statefulSetDetail.parse((await request(app).get(`${api}/statefulsets/hand-db`).expect(200)).body);
    expect(db.pods.map((p) => p.name)).toEqual(['hand-db-0']);
    const cron = cronJobDetail.parse((await request(app).get(`${api}/cronjobs/hand-cron`).expect(200)).body);
    expect(cron).toMatchObject({ schedule: '*/5 * * * *', jobs: [{ name: 'hand-cron-run', status: 'Complete' }] });
  });

  it('reads kubectl get -o yaml of every kind back to a form, reporting what the form cannot hold', async () => {
    const pod = (prefix: string) => [
      `${prefix}.spec.containers[0].env[0].valueFrom.fieldRef`,
      `${prefix}.spec.containers[0].readinessProbe.httpGet.port`,
      `${prefix}.spec.containers[0].livenessProbe.tcpSocket.port`,
      `${prefix}.spec.terminationGracePeriodSeconds`,
    ];
    const expected = {
      deployment: ['hand-web', [...pod('spec.template'), 'spec.minReadySeconds', 'spec.revisionHistoryLimit']],
      statefulset: ['hand-db', [...pod('spec.template'), 'spec.podManagementPolicy']],
      daemonset: ['hand-agent', [...pod('spec.template'), 'spec.minReadySeconds']],
      job: ['hand-job', [...pod('spec.template'), 'spec.activeDeadlineSeconds']],
      cronjob: ['hand-cron', [...pod('spec.jobTemplate.spec.template'), 'spec.startingDeadlineSeconds']],
    } as const;
    for (const [kind, [name, paths]] of Object.entries(expected)) {
      const yaml = await kubectl(['-n', namespace.name, 'get', kind, name, '-o', 'yaml']);
      const { form, problems } = fromWorkloadYaml(yaml, { namespace: namespace.name });
      expect(
        problems.map((p) => p.path),
        kind,
      ).toEqual(expect.arrayContaining([...paths, 'status', 'metadata.uid']));
      const container = form?.containers?.[0];
      expect(form, kind).toMatchObject({ name, imagePullSecrets: ['regcred'] });
      expect(container, kind).toMatchObject({
        image: `${env('BERTH_REGISTRY')}/janedoe/awesomeapp`,
        tag: 'v1',
        env: [{ source: 'value', name: 'ANSWER', value: '42' }],
        ports: [
          { name: 'http', containerPort: 8080, protocol: 'TCP' },
          { name: 'admin', containerPort: 8081, protocol: 'UDP' },
        ],
      });
    }
  });
});
