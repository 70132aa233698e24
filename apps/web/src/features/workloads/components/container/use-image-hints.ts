import type { SecretSummary } from '@berth/contracts';
import { useFormContext, useWatch } from 'react-hook-form';
import { useSecrets } from '../../../../shared/api/list-secrets';
import { imageHints, type ImageHints } from '../../lib/image-hints';
import type { ContainerSlot, WorkloadFormInput } from './form-paths';

/** One container's image with the pod's chosen credentials: where it is pulled from and which credential the kubelet uses. */
export function useImageHints({ list, index }: ContainerSlot): {
  namespace: string;
  imagePullSecrets: string[];
  hints: ImageHints | undefined;
} {
  const { control } = useFormContext<WorkloadFormInput>();
  const [namespace, chosen, image, tag] = useWatch({
    control,
    name: ['namespace', 'imagePullSecrets', `${list}.${index}.image`, `${list}.${index}.tag`],
  });
  const imagePullSecrets = chosen ?? [];
  const secrets = useSecrets(namespace);
  const selected = imagePullSecrets.flatMap(
    (name) => secrets.data?.items.find((s) => s.name === name) ?? [],
  ) satisfies SecretSummary[];
  return { namespace, imagePullSecrets, hints: imageHints(image ?? '', tag, selected) };
}
