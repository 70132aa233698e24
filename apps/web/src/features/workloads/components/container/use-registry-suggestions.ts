import { catalogRefusedReason, type SecretSummary } from '@berth/contracts';
import { useFormContext, useWatch } from 'react-hook-form';
import { ApiError } from '../../../../shared/api/api-error';
import { useSecrets } from '../../../../shared/api/list-secrets';
import { useRegistryRepositories } from '../../api/list-registry-repositories';
import { useRegistryTags } from '../../api/list-registry-tags';
import { browseTarget, repositoryIn } from '../../lib/registry-browse-target';
import type { ContainerSlot, WorkloadFormInput } from './form-paths';
import { useDebouncedValue } from './use-debounced-value';

export interface RegistrySuggestions {
  repositories: string[];
  repositoriesLoading: boolean;
  /** Why there are no repositories to offer (a closed catalog, refused credentials), or that the list is cut short. */
  repositoriesNote?: string;
  tags: string[];
  tagsLoading: boolean;
  tagsNote?: string;
}

function noteOf(error: unknown): string | undefined {
  if (error === null || error === undefined) return undefined;
  if (error instanceof ApiError && error.reason === catalogRefusedReason) return error.message;
  return `Suggestions unavailable: ${error instanceof Error ? error.message : 'the request failed'}`;
}

/** The registry's repositories and the image's tags, read through the credentials chosen for the pod, as the user types. */
export function useRegistrySuggestions({ list, index }: ContainerSlot): RegistrySuggestions {
  const { control } = useFormContext<WorkloadFormInput>();
  const [namespace, chosen, image] = useWatch({
    control,
    name: ['namespace', 'imagePullSecrets', `${list}.${index}.image`],
  });
  const credentials = chosen ?? [];
  const secrets = useSecrets(namespace);
  const servers = credentials
    .flatMap((name) => secrets.data?.items.find((s) => s.name === name) ?? [])
    .flatMap((secret: SecretSummary) => secret.registries.map((r) => r.server));
  // The text is debounced, not the target: a fresh object each render would restart the timer for ever.
  const target = browseTarget(useDebouncedValue(image ?? ''), servers);
  const catalog = useRegistryRepositories(namespace, target.registry, credentials);
  const listed = catalog.data?.items;
  const repository = target.registry && target.image ? repositoryIn(target.registry, target.image) : undefined;
  // A name the catalog lists, or any name when there is no catalog to tell: no tag request per half-typed repository.
  const known =
    listed === undefined ||
    (repository !== undefined && (catalog.data?.truncated === true || listed.includes(repository)));
  const tags = useRegistryTags(namespace, known && !catalog.isLoading ? target.image : undefined, credentials);
  const registry = target.registry;
  return {
    repositories: registry && listed ? listed.map((name) => `${registry}/${name}`) : [],
    repositoriesLoading: catalog.isFetching,
    ...withNote(
      'repositoriesNote',
      noteOf(catalog.error) ??
        (catalog.data?.truncated ? 'The registry holds more repositories than are listed: type to narrow' : undefined),
    ),
    tags: tags.data?.items ?? [],
    tagsLoading: tags.isFetching,
    ...withNote(
      'tagsNote',
      noteOf(tags.error) ?? (tags.data?.truncated ? 'The repository holds more tags than are listed' : undefined),
    ),
  };
}

const withNote = <K extends string>(key: K, note: string | undefined) =>
  (note === undefined ? {} : { [key]: note }) as Partial<Record<K, string>>;
