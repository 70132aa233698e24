import { z } from 'zod';
import { imageReferenceProblem } from '../image-reference';
import { dnsSubdomainName } from '../names';

// The few fields the Deployment list, detail and PATCH schemas share with the form, kept apart from the form's
// schemas so that the first route (which parses Deployment summaries) does not carry the whole Create Workload form.

export const imagePullPolicy = z.enum(['Always', 'IfNotPresent', 'Never'], {
  error: "must be 'Always', 'IfNotPresent' or 'Never'",
});

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

/** How many pods a Deployment or StatefulSet keeps, whether set at create or changed later. */
export const replicaCount = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must be at least 0' })
  .max(1000, { error: 'must be at most 1000' });
