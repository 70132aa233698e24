import type { SecretForm } from '@berth/contracts';

const masked = '********';

// POSIX single quotes, so what the user copies runs as shown.
function quote(value: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(value) ? value : `'${value.replaceAll("'", `'"'"'`)}'`;
}

/** The `kubectl create secret docker-registry` equivalent of the form, password masked; one command per registry kubectl allows. */
export function toKubectlCommand(form: SecretForm): string {
  const name = quote(form.name || 'NAME');
  const namespace = quote(form.namespace || 'default');
  if (form.registries.length !== 1) {
    return `kubectl create secret generic ${name} -n ${namespace} --type=kubernetes.io/dockerconfigjson --from-file=.dockerconfigjson=config.json`;
  }
  const [registry] = form.registries;
  const parts = [
    `kubectl create secret docker-registry ${name} -n ${namespace}`,
    `--docker-server=${quote(registry?.server ?? '')}`,
    `--docker-username=${quote(registry?.username ?? '')}`,
    `--docker-password=${masked}`,
  ];
  if (registry?.email) parts.push(`--docker-email=${quote(registry.email)}`);
  return parts.join(' ');
}
