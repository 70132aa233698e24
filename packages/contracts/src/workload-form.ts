import { z } from 'zod';
import { imageReferenceProblem, isValidImageTag, parseImageReference } from './image-reference';
import { dnsLabelName, dnsSubdomainName } from './names';
import { repeatedEntries } from './repeated-entries';

export const imagePullPolicy = z.enum(['Always', 'IfNotPresent', 'Never'], {
  error: "must be 'Always', 'IfNotPresent' or 'Never'",
});

/** How many pods a Deployment keeps, whether set at create or changed later. */
export const replicaCount = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must be at least 0' })
  .max(1000, { error: 'must be at most 1000' });

/** An image reference as a container holds it: the Create Workload form and the PATCH of a Deployment take the same. */
export const containerImageReference = z
  .string()
  .trim()
  .min(1, { error: 'enter the image name, e.g. nginx or www.example.com/janedoe/awesomeapp' })
  .check((ctx) => {
    if (ctx.value === '') return;
    const problem = imageReferenceProblem(ctx.value);
    if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

/** The pull secrets a pod names, each a Secret name and each once: the form and the PATCH of a Deployment alike. */
export const imagePullSecretNames = z.array(dnsSubdomainName).check((ctx) => {
  const seen = new Set<string>();
  ctx.value.forEach((secret, i) => {
    if (seen.has(secret)) {
      ctx.issues.push({ code: 'custom', message: 'this secret is already chosen', path: [i], input: secret });
    }
    seen.add(secret);
  });
});

/** One container of the Create Workload form: the image name and, optionally, its tag in a field of its own. */
export const containerForm = z
  .object({
    name: dnsLabelName,
    image: containerImageReference,
    tag: z.string().trim().optional(),
    imagePullPolicy: imagePullPolicy.default('Always'),
  })
  .check((ctx) => {
    const { image, tag } = ctx.value;
    if (tag === undefined || tag === '' || imageReferenceProblem(image) !== undefined) return;
    const parsed = parseImageReference(image);
    if (parsed.tag !== undefined || parsed.digest !== undefined) {
      ctx.issues.push({
        code: 'custom',
        message: 'the image already names a tag or digest; leave this empty',
        path: ['tag'],
        input: tag,
      });
    } else if (!isValidImageTag(tag)) {
      const message = "must be up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'";
      ctx.issues.push({ code: 'custom', message, path: ['tag'], input: tag });
    }
  });

/** The Create Workload form: a Deployment whose pods pull with the chosen image access credentials. */
export const workloadForm = z
  .object({
    name: dnsLabelName,
    namespace: dnsLabelName,
    replicas: replicaCount.default(1),
    containers: z.array(containerForm).min(1, { error: 'add at least one container' }),
    imagePullSecrets: imagePullSecretNames.default([]),
  })
  .check((ctx) => {
    ctx.issues.push(
      ...repeatedEntries(ctx.value.containers, 'containers', 'name', 'another container already has this name'),
    );
  });

export type ContainerForm = z.infer<typeof containerForm>;
export type WorkloadForm = z.infer<typeof workloadForm>;
