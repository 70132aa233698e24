import type { SecretSummary } from '@berth/contracts';
import { useFormContext, useWatch } from 'react-hook-form';
import { useSecrets } from '../../../../shared/api/list-secrets';
import { imageHints } from '../../lib/image-hints';
import { CheckImage } from '../container/check-image';
import { ImageHintList } from '../container/image-hint-list';
import { BoundField } from './bound-field';
import type { WorkloadFormInput } from './form-model';

/** Today's container fields (name, image, tag, pull policy) until the container editor's ContainerFields replace them. */
export function LegacyContainerFields({ list, index }: { list: 'containers' | 'initContainers'; index: number }) {
  const { control } = useFormContext<WorkloadFormInput>();
  const [namespace, selected, image, tag] = useWatch({
    control,
    name: ['namespace', 'imagePullSecrets', `${list}.${index}.image`, `${list}.${index}.tag`],
  });
  const secrets = useSecrets(namespace);
  const chosen = selected ?? [];
  const selectedSecrets = chosen.flatMap(
    (name) => secrets.data?.items.find((s) => s.name === name) ?? [],
  ) satisfies SecretSummary[];
  const hints = imageHints(image ?? '', tag, selectedSecrets);
  const id = `${list === 'containers' ? 'container' : 'init-container'}-${index}`;
  return (
    <>
      <BoundField id={`${id}-name`} label="Container Name" path={`${list}.${index}.name`} required />
      <BoundField
        id={`${id}-image`}
        label="Image Name"
        path={`${list}.${index}.image`}
        required
        hint={<ImageHintList hints={hints} selectedCount={chosen.length} />}
      />
      <BoundField
        id={`${id}-tag`}
        label="Image Tag"
        path={`${list}.${index}.tag`}
        hint="Empty means latest, unless the image names a tag or digest"
      />
      <BoundField
        id={`${id}-pull-policy`}
        label="Pull Policy"
        path={`${list}.${index}.imagePullPolicy`}
        options={['Always', 'IfNotPresent', 'Never']}
      />
      <CheckImage namespace={namespace} image={hints?.written} imagePullSecrets={chosen} />
    </>
  );
}
