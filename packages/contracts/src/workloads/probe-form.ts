import { z } from 'zod';

/** A TCP or UDP port number as a container or probe names it. */
export function portNumber(field: string) {
  return z
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number` })
    .min(1, { error: `${field} must be between 1 and 65535` })
    .max(65535, { error: `${field} must be between 1 and 65535` });
}

function seconds(field: string, min: number) {
  return z
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number` })
    .min(min, { error: `${field} must be at least ${min}` })
    .optional();
}

// The kubelet's timing knobs; left out, the API server fills its defaults (0, 10, 1, 3, 1).
const timing = {
  initialDelaySeconds: seconds('initial delay', 0),
  periodSeconds: seconds('period', 1),
  timeoutSeconds: seconds('timeout', 1),
  failureThreshold: seconds('failure threshold', 1),
  successThreshold: seconds('success threshold', 1),
};

/** One probe: HTTP GET, TCP connect or a command, each with exactly the fields of its type. */
export const probeForm = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('httpGet'),
      path: z
        .string()
        .trim()
        .refine((p) => p.startsWith('/'), { error: "path must start with '/', e.g. /healthz" }),
      port: portNumber('port'),
      scheme: z.enum(['HTTP', 'HTTPS'], { error: "scheme must be 'HTTP' or 'HTTPS'" }).default('HTTP'),
      ...timing,
    }),
    z.object({ type: z.literal('tcpSocket'), port: portNumber('port'), ...timing }),
    z.object({
      type: z.literal('exec'),
      command: z.array(z.string()).min(1, { error: 'enter the command to run, e.g. cat /tmp/healthy' }),
      ...timing,
    }),
  ],
  { error: "probe type must be 'httpGet', 'tcpSocket' or 'exec'" },
);

export type ProbeForm = z.infer<typeof probeForm>;
export const probeKinds = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
export type ProbeKind = (typeof probeKinds)[number];
export const probeTimingFields = Object.keys(timing) as (keyof typeof timing)[];
