import { parseAllDocuments } from 'yaml';
import { kubectlYamlOptions } from './kubectl-yaml';
import { ManifestReader, type YamlProblem } from './manifest-reader';
import { readService, type ServiceRole } from './service-from-manifest';
import { readWorkload } from './workload-from-manifest';
import { cronJobApiVersions, workloadKinds, type WorkloadKind } from './workload-kinds';
import type { WorkloadFormInput } from './workload-form';

export type { YamlProblem } from './manifest-reader';

const apiVersions: Record<WorkloadKind, readonly string[]> = {
  Deployment: ['apps/v1'],
  StatefulSet: ['apps/v1'],
  DaemonSet: ['apps/v1'],
  Job: ['batch/v1'],
  CronJob: cronJobApiVersions,
};

const isWorkloadKind = (kind: unknown): kind is WorkloadKind =>
  typeof kind === 'string' && (workloadKinds as readonly string[]).includes(kind);

/**
 * The form the YAML describes, for the YAML view's way back to the form: one workload and any v1 Services. What the
 * form cannot hold is reported with its document and path, never dropped silently; the form is left for the form's
 * own validation to judge. No form when there is no single workload to take.
 */
export function fromWorkloadYaml(
  text: string,
  { namespace = '' }: { namespace?: string } = {},
): { form?: WorkloadFormInput; problems: YamlProblem[] } {
  const problems: YamlProblem[] = [];
  // As kubectl reads it: `value: n` is a boolean there, and the API server would refuse it.
  const documents = parseAllDocuments(text, kubectlYamlOptions);
  const objects: { reader: ManifestReader; kind: unknown; document: number }[] = [];
  (Array.isArray(documents) ? documents : [documents]).forEach((doc, document) => {
    const error = doc.errors[0];
    if (error) {
      problems.push({ document, path: '', message: `not valid YAML: ${error.message.split('\n')[0] ?? ''}` });
      return;
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) return;
    const reader = ManifestReader.of(value, '', problems, document);
    if (reader) objects.push({ reader, kind: reader.peek('kind'), document });
  });
  const workloads = objects.filter((o) => isWorkloadKind(o.kind));
  if (workloads.length !== 1) {
    const message =
      workloads.length === 0
        ? 'no Deployment, StatefulSet, DaemonSet, Job or CronJob here'
        : 'the form holds one workload; put the others in YAML of their own';
    problems.push({ document: workloads[1]?.document, path: workloads.length === 0 ? '' : 'kind', message });
    return { problems };
  }
  const workload = workloads[0];
  if (!workload || !isWorkloadKind(workload.kind)) return { problems };
  const kind = workload.kind;
  const apiVersion = workload.reader.string('apiVersion');
  if (apiVersion === undefined || !apiVersions[kind].includes(apiVersion))
    workload.reader.problem('apiVersion', `must be ${apiVersions[kind].join(' or ')} for a ${kind}`);
  const form = readWorkload(workload.reader, kind, namespace);
  const services = objects.filter((o) => o !== workload);
  for (const other of services) {
    if (other.kind !== 'Service') {
      other.reader.problem('kind', `the form holds one workload and its Services, not a ${String(other.kind)}`);
      continue;
    }
    const metadata = other.reader.peek('metadata');
    const name = typeof metadata === 'object' && metadata !== null ? (metadata as { name?: unknown }).name : undefined;
    const role: ServiceRole = form.kind === 'StatefulSet' && name === form.serviceName ? 'headless' : 'access';
    const service = readService(other.reader, { role, name: form.name, namespace: form.namespace });
    if (service === undefined) continue;
    if (form.service !== undefined)
      other.reader.problem('', 'the form holds one access Service; this one would be lost');
    else form.service = service;
  }
  return { form, problems };
}
