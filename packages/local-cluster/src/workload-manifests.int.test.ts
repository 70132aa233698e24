import { randomBytes } from 'node:crypto';
import { toWorkloadYaml, workloadKinds } from '@berth/contracts';
import { validWorkloadForm } from '@berth/contracts/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { kubectl, kubectlOk } from './testing';

// The manifests of generated valid forms, dry-run by the real kube-apiserver 1.20 (`kubectl --dry-run=server` sends
// `?dryRun=All`): every object passes the API server's own validation, so the form's rules are not looser than it.
const namespace = `forms-dry-run-${randomBytes(3).toString('hex')}`;

describe('toWorkloadManifests against the API server', () => {
  beforeAll(() => kubectlOk(['create', 'namespace', namespace]));
  afterAll(() => kubectlOk(['delete', 'namespace', namespace, '--wait=false']));

  it.each(workloadKinds)(
    'the API server accepts the manifests of generated %s forms (server-side dry run)',
    async (kind) => {
      await fc.assert(
        fc.asyncProperty(validWorkloadForm([kind], namespace), async (form) => {
          // kube-apiserver 1.20 serves CronJob as batch/v1beta1 only.
          const yaml = toWorkloadYaml(form, { cronJobApiVersion: 'batch/v1beta1' });
          const result = await kubectl(['create', '--dry-run=server', '-o', 'name', '-f', '-'], { input: yaml });
          if (result.code !== 0) throw new Error(`${result.stderr}\n${yaml}`);
        }),
        { numRuns: 4, endOnFailure: true },
      );
    },
  );
});
