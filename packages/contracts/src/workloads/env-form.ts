import { z } from 'zod';
import { dnsSubdomainName } from '../names';

// apimachinery's IsEnvVarName: C identifiers plus '-' and '.', and not a directory change.
const envNamePattern = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** What is wrong with an environment variable name; [] when valid. */
export function envNameProblems(name: string): string[] {
  if (name === '') return ['name must not be empty'];
  const problems: string[] = [];
  if (!envNamePattern.test(name))
    problems.push("name must be letters, digits, '_', '-' or '.', not starting with a digit, e.g. MY_ENV.NAME");
  problems.push(...chDirProblems('name', name));
  return problems;
}

const envName = z.string().check((ctx) => {
  for (const message of envNameProblems(ctx.value)) ctx.issues.push({ code: 'custom', message, input: ctx.value });
});

/** A directory change is refused in env names and data keys alike (apimachinery's hasChDirPrefix). */
function chDirProblems(what: string, value: string): string[] {
  return value === '.' || value === '..' || value.startsWith('..')
    ? [`${what} must not be '.' or start with '..'`]
    : [];
}

// A ConfigMap or Secret data key: IsConfigMapKey.
const dataKey = z.string().check((ctx) => {
  const problems = chDirProblems('key', ctx.value);
  if (!/^[-._a-zA-Z0-9]+$/.test(ctx.value)) problems.unshift("key must be letters, digits, '-', '_' or '.'");
  if (ctx.value.length > 253) problems.push('key must be at most 253 characters');
  for (const message of problems) ctx.issues.push({ code: 'custom', message, input: ctx.value });
});

/** One environment variable: a value, a key of a Secret, or a key of a ConfigMap. */
export const envVarForm = z.discriminatedUnion(
  'source',
  [
    z.object({ source: z.literal('value'), name: envName, value: z.string() }),
    z.object({ source: z.literal('secretKey'), name: envName, secret: dnsSubdomainName, key: dataKey }),
    z.object({ source: z.literal('configMapKey'), name: envName, configMap: dnsSubdomainName, key: dataKey }),
  ],
  { error: "source must be 'value', 'secretKey' or 'configMapKey'" },
);

export type EnvVarForm = z.infer<typeof envVarForm>;
