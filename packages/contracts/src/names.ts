import { z } from 'zod';

// kube-apiserver's rules (k8s.io/apimachinery validation.IsDNS1123Subdomain / IsDNS1123Label).
const dns1123Label = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const dns1123SubdomainPattern = new RegExp(`^${dns1123Label}(\\.${dns1123Label})*$`);
const dns1123LabelPattern = new RegExp(`^${dns1123Label}$`);
export const dnsSubdomainMaxLength = 253;
export const dnsLabelMaxLength = 63;

/** The apiserver's own test: regex and length. The problem lists below must agree with it. */
export function isDnsSubdomainName(name: string): boolean {
  return name.length <= dnsSubdomainMaxLength && dns1123SubdomainPattern.test(name);
}

export function isDnsLabelName(name: string): boolean {
  return name.length <= dnsLabelMaxLength && dns1123LabelPattern.test(name);
}

// Controls, format (bidi overrides, zero-width), separators and combining marks: quoted raw they are invisible,
// reorder the message around them (U+202E mirrors it) or merge with the quote marks.
const unprintable = /^[\p{C}\p{Z}\p{M}]$/u;

/** One offending character as a message shows it: itself in quotes, or its code point when it would not show. */
function quoted(c: string): string {
  if (c === ' ') return 'spaces';
  if (!unprintable.test(c)) return `'${c}'`;
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Characters outside a-z, 0-9 and the allowed punctuation, each reported once, in order of appearance. */
function characterProblems(name: string, allowDot: boolean): string[] {
  const problems: string[] = [];
  if (/[A-Z]/.test(name)) problems.push('uppercase letters are not allowed; use lowercase');
  if (name.includes('_'))
    problems.push(allowDot ? "'_' is not allowed; use '-' or '.'" : "'_' is not allowed; use '-'");
  if (!allowDot && name.includes('.')) problems.push("'.' is not allowed in this name");
  const others = [...new Set(Array.from(name).filter((c) => !/[a-z0-9A-Z_.-]/.test(c)))];
  if (others.length > 0) {
    const what = others.map(quoted).join(', ');
    const verb = others.length === 1 && others[0] !== ' ' ? 'is' : 'are';
    const allowed = allowDot ? "lowercase letters, digits, '-' and '.'" : "lowercase letters, digits and '-'";
    problems.push(`${what} ${verb} not allowed; use only ${allowed}`);
  }
  return problems;
}

function nameProblems(name: string, maxLength: number, allowDot: boolean): string[] {
  if (name === '') return ['must not be empty'];
  const problems: string[] = [];
  if (name.length > maxLength) problems.push(`must be at most ${maxLength} characters (${name.length} now)`);
  problems.push(...characterProblems(name, allowDot));
  // Position rules concern only allowed punctuation; a wrong character at an end is already reported above.
  const edge = allowDot ? /[-.]/ : /-/;
  if (edge.test(name.at(0) ?? '')) problems.push('must start with a lowercase letter or digit');
  if (edge.test(name.at(-1) ?? '')) problems.push('must end with a lowercase letter or digit');
  if (allowDot && /\.\.|\.-|-\./.test(name))
    problems.push("each '.'-separated part must start and end with a letter or digit");
  return problems;
}

/** Everything wrong with a Secret name (DNS-1123 subdomain), one plain-words message per problem; [] when valid. */
export function dnsSubdomainProblems(name: string): string[] {
  return nameProblems(name, dnsSubdomainMaxLength, true);
}

/** Everything wrong with a namespace, workload or container name (DNS-1123 label); [] when valid. */
export function dnsLabelProblems(name: string): string[] {
  return nameProblems(name, dnsLabelMaxLength, false);
}

function nameSchema(problems: (name: string) => string[]) {
  return z.string().check((ctx) => {
    for (const message of problems(ctx.value)) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  });
}

/** A Secret name as kube-apiserver accepts it: DNS-1123 subdomain, at most 253 characters. */
export const dnsSubdomainName = nameSchema(dnsSubdomainProblems);

/** A namespace, workload or container name as kube-apiserver accepts it: DNS-1123 label, at most 63 characters. */
export const dnsLabelName = nameSchema(dnsLabelProblems);
