import type { SecretForm } from './secret-form';

// Characters no shell reads specially inside a word (zsh's `=` only at a word's start, where no value of ours goes).
const plainWord = /^[A-Za-z0-9@%+=:,./_-]+$/;

/** A value as one shell word for bash and zsh: as is when plain, else in single quotes (`'` as `'\''`). */
export function shellQuote(value: string): string {
  return plainWord.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

// Asks without echoing; `IFS=` keeps spaces at either end and `-r` keeps backslashes. zsh's `read -p` is not a prompt.
const askPassword = (registry: SecretForm['registries'][number], variable: string) =>
  `printf '%s: ' ${shellQuote(`Password for ${registry.username} at ${registry.server.trim()}`)}; IFS= read -rs ${variable}; echo`;

/** The docker-registry flags of one registry, its password taken from a shell variable; the schema trims server and email. */
function registryFlags(registry: SecretForm['registries'][number], variable: string): string {
  const email = registry.email?.trim() ?? '';
  return [
    `--docker-server=${shellQuote(registry.server.trim())}`,
    `--docker-username=${shellQuote(registry.username)}`,
    `--docker-password="$${variable}"`,
    ...(email === '' ? [] : [`--docker-email=${shellQuote(email)}`]),
  ].join(' ');
}

// kubectl writes each entry exactly as `create secret docker-registry` stores it; the shell cuts it out of its
// `{"auths":{...}}` and joins the entries in the form's order, the bytes Berth stores.
const authsEntry =
  `auths_entry() { e=$(kubectl create secret docker-registry entry --dry-run=client -o go-template='{{index .data ".dockerconfigjson" | base64decode}}' "$@")` +
  ` && e=\${e#'{"auths":{'} && e=\${e%'}}'} && printf '%s' "$e"; }`;

/**
 * What the Create Secret dialog does, as text to paste into bash or zsh: it asks for each password without showing it,
 * in a subshell the shell reads whole before running, so neither the pasted lines nor the password stay behind.
 * One registry is `kubectl create secret docker-registry`; several (which that command cannot take) are built entry by
 * entry with kubectl and created as a `kubernetes.io/dockerconfigjson` secret read from stdin.
 */
export function toKubectlCommand(form: SecretForm): string {
  const name = shellQuote(form.name || 'NAME');
  const namespace = shellQuote(form.namespace || 'default');
  const [only, ...more] = form.registries;
  if (only !== undefined && more.length === 0) {
    return [
      '(',
      `  ${askPassword(only, 'password')}`,
      `  kubectl create secret docker-registry ${name} -n ${namespace} ${registryFlags(only, 'password')}`,
      ')',
    ].join('\n');
  }
  const numbers = form.registries.map((_, i) => i + 1);
  return [
    '(',
    '  set -e',
    ...form.registries.map((registry, i) => `  ${askPassword(registry, `password_${i + 1}`)}`),
    `  ${authsEntry}`,
    ...form.registries.map(
      (registry, i) => `  entry_${i + 1}=$(auths_entry ${registryFlags(registry, `password_${i + 1}`)})`,
    ),
    `  printf '{"auths":{${numbers.map(() => '%s').join(',')}}}' ${numbers.map((n) => `"$entry_${n}"`).join(' ')} |`,
    `    kubectl create secret generic ${name} -n ${namespace} --type=kubernetes.io/dockerconfigjson --from-file=.dockerconfigjson=/dev/stdin`,
    ')',
  ].join('\n');
}
