import { z } from 'zod';
import { imageReferenceProblem, isValidImageTag, parseImageReference } from '../image-reference';
import { containerImageReference, imagePullPolicy } from './pod-fields';
import { dnsLabelName } from '../names';
import { repeatedEntries } from '../repeated-entries';
import { containerResources } from './container-resources';
import { envVarForm } from './env-form';
import { portNumber, probeForm } from './probe-form';

// IANA_SVC_NAME: at most 15 lowercase letters, digits and single inner '-', with at least one letter.
const portNamePattern = /^[a-z0-9]([a-z0-9]|-(?!-))*$/;

/** What is wrong with a container port name (IANA service name); [] when valid. */
export function portNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length > 15) problems.push(`port name must be at most 15 characters (${name.length} now)`);
  if (!portNamePattern.test(name) || name.endsWith('-'))
    problems.push("port name must be lowercase letters, digits and single '-' inside, e.g. http or metrics-1");
  if (!/[a-z]/.test(name)) problems.push('port name must contain at least one letter');
  return problems;
}

const portName = z
  .string()
  .trim()
  .check((ctx) => {
    if (ctx.value === '') return;
    for (const message of portNameProblems(ctx.value)) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  })
  .optional()
  .transform((v) => (v === '' ? undefined : v));

export const containerPortForm = z.object({
  name: portName,
  containerPort: portNumber('container port'),
  protocol: z.enum(['TCP', 'UDP', 'SCTP'], { error: "protocol must be 'TCP', 'UDP' or 'SCTP'" }).default('TCP'),
});

/** The image name and, optionally, its tag in a field of its own. */
function tagIssues(image: string, tag: string | undefined): z.core.$ZodRawIssue[] {
  if (tag === undefined || tag === '' || imageReferenceProblem(image) !== undefined) return [];
  const parsed = parseImageReference(image);
  if (parsed.tag !== undefined || parsed.digest !== undefined) {
    const message = 'the image already names a tag or digest; leave this empty';
    return [{ code: 'custom', message, path: ['tag'], input: tag }];
  }
  if (isValidImageTag(tag)) return [];
  const message = "must be up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'";
  return [{ code: 'custom', message, path: ['tag'], input: tag }];
}

/** Each port number once per protocol, as a pod cannot listen twice on one. */
function portIssues(ports: readonly z.infer<typeof containerPortForm>[]): z.core.$ZodRawIssue[] {
  const numbered = ports.map((p) => ({ key: `${p.containerPort}/${p.protocol}`, name: p.name ?? '' }));
  const named = numbered.map((p, i) => ({ ...p, name: p.name === '' ? `\0${i}` : p.name }));
  return [
    ...repeatedEntries(numbered, 'ports', 'key', 'another port of this container already uses this port and protocol'),
    ...repeatedEntries(named, 'ports', 'name', 'another port of this container already has this name'),
  ].map((issue) => ({
    ...issue,
    path: [...(issue.path ?? []).slice(0, 2), issue.path?.[2] === 'key' ? 'containerPort' : 'name'],
  }));
}

/** One container of the Create Workload form: image, pull policy, resources, environment, command, ports, probes. */
export const containerForm = z
  .object({
    name: dnsLabelName,
    image: containerImageReference,
    tag: z.string().trim().optional(),
    imagePullPolicy: imagePullPolicy.default('Always'),
    resources: containerResources.prefault({}),
    env: z.array(envVarForm).default([]),
    command: z.array(z.string()).default([]),
    args: z.array(z.string()).default([]),
    ports: z.array(containerPortForm).default([]),
    livenessProbe: probeForm.optional(),
    readinessProbe: probeForm.optional(),
    startupProbe: probeForm.optional(),
  })
  .check((ctx) => {
    const { image, tag, env, ports, livenessProbe, startupProbe } = ctx.value;
    ctx.issues.push(...tagIssues(image, tag));
    ctx.issues.push(...repeatedEntries(env, 'env', 'name', 'another variable of this container already has this name'));
    ctx.issues.push(...portIssues(ports));
    // The API server refuses a liveness or startup probe that needs more than one success.
    for (const [field, probe] of [
      ['livenessProbe', livenessProbe],
      ['startupProbe', startupProbe],
    ] as const) {
      const successes = probe?.successThreshold;
      if (successes !== undefined && successes !== 1) {
        const message = 'success threshold must be 1 for liveness and startup probes';
        ctx.issues.push({ code: 'custom', message, path: [field, 'successThreshold'], input: successes });
      }
    }
  });

export type ContainerForm = z.infer<typeof containerForm>;
export type ContainerFormInput = z.input<typeof containerForm>;
export type ContainerPortForm = z.infer<typeof containerPortForm>;
