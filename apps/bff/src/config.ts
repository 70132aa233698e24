import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

/** Everything `main.ts` needs to start, from flags first and the environment second. */
export const bffConfig = z.strictObject({
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  host: z.string().min(1).default('127.0.0.1'),
  /** Absent: no cluster was named, so `npm start` runs the embedded local cluster. */
  kubeconfig: z.string().min(1).optional(),
  context: z.string().min(1).optional(),
  /** Where the SPA's production build is served from; `--no-spa` serves the API alone. */
  spa: z.boolean().default(true),
});

export type BffConfig = z.infer<typeof bffConfig>;

/** Parse argv and env; throws a ZodError naming the bad setting, so boot fails fast. */
export function parseConfig(argv: readonly string[], env: NodeJS.ProcessEnv): BffConfig {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      'no-spa': { type: 'boolean' },
    },
    strict: true,
  });
  // KUBECONFIG may list several files; like kubectl we take the first for loading. A bare --context means kubectl's default file.
  const kubeconfig =
    values.kubeconfig ??
    env.KUBECONFIG?.split(':').find((p) => p !== '') ??
    (values.context ? path.join(env.HOME ?? homedir(), '.kube', 'config') : undefined);
  return bffConfig.parse({
    port: values.port ?? env.BERTH_PORT,
    host: values.host ?? env.BERTH_HOST,
    kubeconfig,
    context: values.context,
    spa: !values['no-spa'],
  });
}
