import { useFormContext, useWatch } from 'react-hook-form';
import { useSecrets } from '../../../../shared/api/list-secrets';
import { useConfigMaps } from '../../api/list-configmaps';
import { useSecretKeys } from '../../api/get-secret-keys';
import type { ContainerList, WorkloadFormInput } from './form-paths';
import { NameSelect } from './name-select';

type EnvPath = `${ContainerList}.${number}.env.${number}`;

interface PickerProps {
  id: string;
  label: string;
  path: EnvPath;
}

/** The Secret or ConfigMap a variable reads, then one of its keys: names from the cluster, never values. */
export function EnvSourcePickers({ source, ...props }: PickerProps & { source: 'secretKey' | 'configMapKey' }) {
  return source === 'secretKey' ? <SecretKeyPickers {...props} /> : <ConfigMapKeyPickers {...props} />;
}

function SecretKeyPickers({ id, label, path }: PickerProps) {
  const { control, setValue } = useFormContext<WorkloadFormInput>();
  const [namespace, secret] = useWatch({ control, name: ['namespace', `${path}.secret`] });
  const secrets = useSecrets(namespace);
  const chosen = typeof secret === 'string' ? secret : '';
  const keys = useSecretKeys(namespace, chosen);
  return (
    <>
      <NameSelect
        id={`${id}-secret`}
        label={`${label} secret`}
        path={`${path}.secret`}
        names={secrets.data?.items.map((s) => s.name)}
        problem={secrets.error ? `Could not list secrets: ${secrets.error.message}` : undefined}
        onChange={() => setValue(`${path}.key`, '')}
      />
      <NameSelect
        id={`${id}-key`}
        label={`${label} key`}
        path={`${path}.key`}
        names={chosen === '' ? [] : keys.data?.keys}
        problem={keys.error ? `Could not read the secret's keys: ${keys.error.message}` : undefined}
      />
    </>
  );
}

function ConfigMapKeyPickers({ id, label, path }: PickerProps) {
  const { control, setValue } = useFormContext<WorkloadFormInput>();
  const [namespace, configMap] = useWatch({ control, name: ['namespace', `${path}.configMap`] });
  const configMaps = useConfigMaps(namespace);
  const items = configMaps.data?.items;
  return (
    <>
      <NameSelect
        id={`${id}-configmap`}
        label={`${label} ConfigMap`}
        path={`${path}.configMap`}
        names={items?.map((c) => c.name)}
        problem={configMaps.error ? `Could not list ConfigMaps: ${configMaps.error.message}` : undefined}
        onChange={() => setValue(`${path}.key`, '')}
      />
      <NameSelect
        id={`${id}-key`}
        label={`${label} key`}
        path={`${path}.key`}
        names={items === undefined ? undefined : (items.find((c) => c.name === configMap)?.keys ?? [])}
      />
    </>
  );
}
