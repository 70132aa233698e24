import { toKubectlCommand, toSecretManifest, type SecretForm } from '@berth/contracts';
import { YamlPreview } from '../../../shared/ui/yaml-preview';

const hidden = '********';

/** What will be created, as YAML and as the kubectl command; passwords never appear on screen. */
export function SecretPreview({ form }: { form: SecretForm }) {
  const registries = form.registries.map((r) => ({ ...r, password: r.password === '' ? '' : hidden }));
  let manifest: ReturnType<typeof toSecretManifest>;
  try {
    manifest = toSecretManifest({ name: form.name, namespace: form.namespace, registries });
  } catch (error) {
    return (
      <p className="field-hint">
        No preview yet: {error instanceof Error ? error.message : 'the registries are incomplete'}
      </p>
    );
  }
  const shown = {
    ...manifest,
    data: { '.dockerconfigjson': '(base64 of the registries below, with their passwords)' },
  };
  const auths = Object.fromEntries(
    registries.map(({ server, username, password, email }) => [
      server,
      { username, password, ...(email ? { email } : {}) },
    ]),
  );
  return (
    <details className="preview">
      <summary>YAML and kubectl</summary>
      <YamlPreview value={shown} label="Secret YAML" />
      <YamlPreview value={{ auths }} label="Registries in .dockerconfigjson" />
      <p className="field-label">Equivalent kubectl command, for bash or zsh (it asks for the password)</p>
      <pre className="code" aria-label="kubectl command">
        {toKubectlCommand(form)}
      </pre>
    </details>
  );
}
