import { decodeBase64, encodeBase64 } from './base64';
import { parseRegistryKey } from './registry-key';

/** One registry login as a user enters it (and as `kubectl create secret docker-registry` takes it). */
export interface RegistryCredential {
  server: string;
  username: string;
  password: string;
  email?: string;
}

/** One `auths` entry as stored in a docker config; `auth` is base64("username:password"). */
export interface DockerConfigEntry {
  username?: string;
  password?: string;
  email?: string;
  auth?: string;
}

/** What kubectl uses when `--docker-server` is not given. */
export const kubectlDefaultServer = 'https://index.docker.io/v1/';

/** Thrown for text that is not a docker config; the reason never quotes a password or an `auth` value. */
export class InvalidDockerConfigError extends Error {
  override readonly name = 'InvalidDockerConfigError';
  constructor(readonly reason: string) {
    super(`invalid docker config: ${reason}`);
  }
}

// Go's json.Marshal escapes these even inside strings; matching it keeps our bytes equal to kubectl's.
const goHtmlEscapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** Like kubectl's DockerConfigEntry with `omitempty` on every field, in its field order. */
function toStoredEntry({ username, password, email }: RegistryCredential): DockerConfigEntry {
  return {
    ...(username === '' ? {} : { username }),
    ...(password === '' ? {} : { password }),
    ...(email === undefined || email === '' ? {} : { email }),
    auth: encodeBase64(`${username}:${password}`),
  };
}

/** The exact `.dockerconfigjson` that `kubectl create secret docker-registry` stores, one `auths` key per entry. */
export function buildDockerConfigJson(entries: readonly RegistryCredential[]): string {
  return buildDockerConfig(entries, 'dockerconfigjson');
}

/** A docker config in either format: `{"auths":{...}}`, or the legacy `.dockercfg`'s flat map of the same entries. */
export function buildDockerConfig(entries: readonly RegistryCredential[], format: DockerConfigFormat): string {
  const servers = new Set<string>();
  const members = entries.map((entry) => {
    const server = entry.server === '' ? kubectlDefaultServer : entry.server;
    if (servers.has(server)) throw new InvalidDockerConfigError(`registry '${server}' is listed more than once`);
    servers.add(server);
    return `${JSON.stringify(server)}:${JSON.stringify(toStoredEntry(entry))}`;
  });
  // Written member by member because a JS object would move integer-like keys such as "5000" to the front.
  const map = `{${members.join(',')}}`;
  const json = format === 'dockercfg' ? map : `{"auths":${map}}`;
  return json.replace(/[<>&\u2028\u2029]/g, (c) => goHtmlEscapes[c] ?? c);
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Go's encoding/json matches field names case-insensitively, and a later key wins. */
function field(object: JsonObject, name: string): unknown {
  const lower = name.toLowerCase();
  let value: unknown;
  // Only a key of the name's length can fold to it, so most keys are never lowercased (a list reads thousands).
  for (const key of Object.keys(object))
    if (key.length === name.length && key.toLowerCase() === lower) value = object[key];
  return value;
}

function stringField(object: JsonObject, name: string, where: string): string {
  const value = field(object, name);
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new InvalidDockerConfigError(`the ${name} of ${where} must be a string`);
  return value;
}

/** Decode `auth` like the kubelet: base64 of "username:password", split at the first ':'. */
export function decodeAuth(auth: string, server: string): { username: string; password: string } {
  const decoded = decodeBase64(auth);
  const colon = decoded?.indexOf(':') ?? -1;
  if (decoded === undefined || colon === -1) {
    throw new InvalidDockerConfigError(`the auth of '${server}' is not base64 of "username:password"`);
  }
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The username and password the kubelet uses for an entry: `auth`, when present, overrides the fields. */
export function effectiveCredentials(server: string, entry: DockerConfigEntry): { username: string; password: string } {
  if (entry.auth !== undefined && entry.auth !== '') return decodeAuth(entry.auth, server);
  return { username: entry.username ?? '', password: entry.password ?? '' };
}

/** How a docker config is written: `{"auths": {...}}` (`.dockerconfigjson`), or the legacy flat map (`.dockercfg`). */
export type DockerConfigFormat = 'dockerconfigjson' | 'dockercfg';

export interface ParsedDockerConfig {
  format: DockerConfigFormat;
  entries: RegistryCredential[];
  /** Problems a user should hear about; never holds a password or an `auth` value. */
  warnings: string[];
}

export interface ParseDockerConfigOptions {
  /** The secret type decides the shape for the kubelet; leave unset to recognise `{auths}` versus the flat map. */
  format?: DockerConfigFormat;
}

const hasOuterSpace = (value: string) => value !== value.trim();

function entryWarnings(
  server: string,
  entry: DockerConfigEntry,
  credentials: RegistryCredential,
  usesHelper: boolean,
): string[] {
  const warnings: string[] = [];
  const key = parseRegistryKey(server);
  if (key === undefined) {
    warnings.push(`'${server}' is not a registry address the kubelet can read; it ignores this entry`);
  } else if ((key.hadScheme || key.hadApiVersionPath) && server !== kubectlDefaultServer) {
    warnings.push(
      `'${server}' is written with a scheme or an API path; the kubelet reads it as '${key.key}', which works`,
    );
  }
  if (hasOuterSpace(server)) warnings.push(`registry '${server.trim()}' has spaces around it`);
  const hasAuth = entry.auth !== undefined && entry.auth !== '';
  const hasFields = (entry.username ?? '') !== '' || (entry.password ?? '') !== '';
  if (hasAuth && hasFields && (entry.username !== credentials.username || entry.password !== credentials.password)) {
    warnings.push(`the auth of '${server}' does not agree with its username and password; the kubelet uses auth`);
  }
  if (credentials.username === '' && credentials.password === '' && !usesHelper) {
    warnings.push(`'${server}' has no username or password`);
  }
  for (const name of ['username', 'password', 'email'] as const) {
    if (hasOuterSpace(credentials[name] ?? ''))
      warnings.push(`the ${name} of '${server}' has spaces or line breaks at its start or end`);
  }
  return warnings;
}

function readEntry(server: string, value: unknown): DockerConfigEntry {
  if (!isObject(value)) throw new InvalidDockerConfigError(`the entry for '${server}' must be an object`);
  const where = `'${server}'`;
  return {
    username: stringField(value, 'username', where),
    password: stringField(value, 'password', where),
    email: stringField(value, 'email', where),
    auth: stringField(value, 'auth', where),
  };
}

function parseJson(text: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The parser's own message may quote the text, and with it a password.
    throw new InvalidDockerConfigError('it is not valid JSON');
  }
  if (!isObject(value)) throw new InvalidDockerConfigError('it must be a JSON object');
  return value;
}

/**
 * Read a `.dockerconfigjson` (`{"auths": {...}}`) or a legacy `.dockercfg` (flat map of server to entry) like the kubelet,
 * and list what a user should know about it.
 */
export function parseDockerConfigJson(text: string, options: ParseDockerConfigOptions = {}): ParsedDockerConfig {
  const root = parseJson(text);
  const helpers = ['credsStore', 'credHelpers'].filter((name) => field(root, name) !== undefined);
  const format =
    options.format ?? (field(root, 'auths') !== undefined || helpers.length > 0 ? 'dockerconfigjson' : 'dockercfg');
  const rawAuths = format === 'dockercfg' ? root : (field(root, 'auths') ?? {});
  if (!isObject(rawAuths)) throw new InvalidDockerConfigError("'auths' must be an object");
  const entries: RegistryCredential[] = [];
  const warnings: string[] = [];
  for (const [server, value] of Object.entries(rawAuths)) {
    const entry = readEntry(server, value);
    const credentials = {
      server,
      ...effectiveCredentials(server, entry),
      ...(entry.email ? { email: entry.email } : {}),
    };
    entries.push(credentials);
    warnings.push(...entryWarnings(server, entry, credentials, helpers.length > 0));
  }
  const hasCredentials = entries.some((e) => e.username !== '' || e.password !== '');
  if (helpers.length > 0 && !hasCredentials) {
    warnings.unshift(
      `the credentials live in a credential helper (${helpers.join(', ')}), not in this file, so the kubelet cannot use them`,
    );
  } else if (entries.length === 0) {
    warnings.unshift('it lists no registries, so the kubelet finds no credentials in it');
  }
  return { format, entries, warnings };
}

/** The `auths` map of some entries, the shape `matchCredentials` takes. */
export function toAuths(entries: readonly RegistryCredential[]): Record<string, DockerConfigEntry> {
  return Object.fromEntries(entries.map(({ server, username, password }) => [server, { username, password }]));
}
