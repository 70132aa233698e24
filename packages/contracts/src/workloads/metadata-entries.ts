import { z } from 'zod';
import { dnsSubdomainProblems } from '../names';
import { repeatedEntries } from '../repeated-entries';

// apimachinery's IsQualifiedName and IsValidLabelValue.
const qualifiedNamePart = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const partRule = "must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit";

/** What is wrong with a label or annotation key (`[prefix/]name`); [] when valid. */
export function qualifiedNameProblems(key: string): string[] {
  if (key === '') return ['key must not be empty'];
  const parts = key.split('/');
  if (parts.length > 2) return ["key may hold at most one '/', between a DNS prefix and the name"];
  const name = parts.at(-1) ?? '';
  const problems: string[] = [];
  if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    if (prefix === '') problems.push("key prefix before '/' must not be empty");
    else problems.push(...dnsSubdomainProblems(prefix).map((p) => `key prefix ${p}`));
  }
  if (name === '') problems.push('key name must not be empty');
  else if (name.length > 63 || !qualifiedNamePart.test(name)) problems.push(`key name ${partRule}`);
  return problems;
}

/** What is wrong with a label value (empty is allowed); [] when valid. */
export function labelValueProblems(value: string): string[] {
  if (value === '' || (value.length <= 63 && qualifiedNamePart.test(value))) return [];
  return [`value ${partRule}`];
}

const key = z.string().check((ctx) => {
  for (const message of qualifiedNameProblems(ctx.value))
    ctx.issues.push({ code: 'custom', message, input: ctx.value });
});

// The console sets `app: <name>` itself: it is the selector every kind's pods are found by.
const reservedLabel = 'app';

/** One label of the workload and its pods, beside `app: <name>`. */
export const labelEntry = z.object({
  key: key.refine((k) => k !== reservedLabel, { error: "key 'app' is set to the workload name; use another key" }),
  value: z.string().check((ctx) => {
    for (const message of labelValueProblems(ctx.value)) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  }),
});

/** One annotation of the workload: any text as the value. */
export const annotationEntry = z.object({ key, value: z.string() });

/** An issue on each entry whose key an earlier entry already has, as the API server keeps only one. */
function repeatedKeys(entries: readonly { key: string }[], what: string): z.core.$ZodRawIssue[] {
  return repeatedEntries(entries, 'entries', 'key', `another ${what} already has this key`).map((issue) => ({
    ...issue,
    path: issue.path?.slice(1),
  }));
}

export const labelEntries = z
  .array(labelEntry)
  .check((ctx) => void ctx.issues.push(...repeatedKeys(ctx.value, 'label')));
export const annotationEntries = z
  .array(annotationEntry)
  .check((ctx) => void ctx.issues.push(...repeatedKeys(ctx.value, 'annotation')));
export type LabelEntry = z.infer<typeof labelEntry>;
