// Pure search for secret values in recorded text: names the kind of value and where it was found, never the value.
import { pullSecretTypes } from '@berth/contracts';

/** A value that must never appear, and what to call it in a report (e.g. "a registry password"). */
export interface SecretValue {
  kind: string;
  value: string;
}

/** A shape that must never appear, for secrets whose values the tests cannot know (e.g. tokens a registry issued). */
export interface SecretShape {
  kind: string;
  pattern: RegExp;
}

export interface Recording {
  file: string;
  text: string;
}

export interface Leak {
  kind: string;
  file: string;
  line: number;
}

/** Shorter values would match ordinary text by chance; every secret the suite uses is longer. */
export const shortestScannedValue = 8;

/** A signed JWT (header.claims.signature): what registry token services and service-account tokens hand out. */
export const jwtShape: SecretShape = {
  kind: 'a JWT bearer token',
  pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/,
};

/** A base64 `.dockerconfigjson` of any secret, whoever made it: every one starts with the base64 of `{"auths":`. */
export const dockerConfigJsonShape: SecretShape = { kind: 'a base64 .dockerconfigjson', pattern: /eyJhdXRocyI6/ };

/** A log line's `password` field that pino's redaction missed (it writes "[Redacted]"). */
export const loggedPasswordShape: SecretShape = {
  kind: 'an unredacted password field',
  pattern: /"password"\s*:\s*"(?!\[Redacted\])[^"]/,
};

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Every line of every recording that holds one of `values` or matches one of `shapes`, once per kind, file and line. */
export function findLeaks(
  recordings: readonly Recording[],
  values: readonly SecretValue[],
  shapes: readonly SecretShape[] = [],
): Leak[] {
  // Thousands of pull secrets often share a few logins: each distinct value is searched once.
  const scanned = [
    ...new Map(values.filter((v) => v.value.length >= shortestScannedValue).map((v) => [v.value, v])).values(),
  ];
  const leaks = new Map<string, Leak>();
  const add = (kind: string, file: string, text: string, index: number) => {
    const leak = { kind, file, line: lineOf(text, index) };
    leaks.set(`${leak.file}:${leak.line}:${kind}`, leak);
  };
  for (const { file, text } of recordings) {
    for (const { kind, value } of scanned) {
      for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + 1)) add(kind, file, text, i);
    }
    for (const { kind, pattern } of shapes) {
      for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) add(kind, file, text, match.index);
    }
  }
  return [...leaks.values()];
}

/** One line per leak: the kind and the place, so the report itself leaks nothing. */
export function leakReport(leaks: readonly Leak[]): string {
  const lines = leaks.slice(0, 50).map((l) => `  ${l.kind} in ${l.file}:${l.line}`);
  const more = leaks.length > 50 ? [`  … and ${leaks.length - 50} more`] : [];
  return [`${leaks.length} secret value(s) leaked:`, ...lines, ...more].join('\n');
}

/** The values one image-pull secret holds, read the way the kubelet reads them (`auths`, or the legacy flat map). */
export function pullSecretValues(data: Readonly<Record<string, string>>): SecretValue[] {
  const values: SecretValue[] = [];
  for (const { key, format } of Object.values(pullSecretTypes)) {
    const encoded = data[key];
    if (encoded === undefined) continue;
    const json = Buffer.from(encoded, 'base64').toString('utf8');
    values.push({ kind: `the base64 ${key}`, value: encoded }, { kind: `the decoded ${key}`, value: json });
    values.push(...entryValues(json, format === 'dockerconfigjson'));
  }
  return values;
}

function entryValues(json: string, underAuths: boolean): SecretValue[] {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    return [];
  }
  const entries = underAuths ? field(root, 'auths') : root;
  if (typeof entries !== 'object' || entries === null) return [];
  return Object.values(entries).flatMap((entry: unknown) => {
    const username = field(entry, 'username');
    const password = field(entry, 'password');
    const auth = field(entry, 'auth');
    const found: SecretValue[] = [];
    if (typeof password === 'string') {
      found.push({ kind: 'a registry password', value: password });
      if (typeof username === 'string') found.push(basicAuth(username, password));
    }
    if (typeof auth === 'string') found.push({ kind: 'an auth value', value: auth });
    return found;
  });
}

/** The `auth` value (base64 of "user:password") a login would have, stored or sent as Basic credentials. */
export function basicAuth(username: string, password: string): SecretValue {
  return { kind: 'an auth value', value: Buffer.from(`${username}:${password}`, 'utf8').toString('base64') };
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value
    ? (value as Record<string, unknown>)[name]
    : undefined;
}
