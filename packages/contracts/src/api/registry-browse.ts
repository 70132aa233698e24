import { z } from 'zod';
import { dnsSubdomainName } from '../names';
import { isRegistryAddress } from '../registry-address';
import { credentialChoice } from './checks';

/** `credentials=a,b`: the pull secrets selected for the pod, in the pod's order; each becomes a Secret read's path segment. */
const credentialNames = z
  .string()
  .max(50 * 254)
  .optional()
  .transform((value) => (value ? value.split(',').filter(Boolean) : []))
  .pipe(z.array(dnsSubdomainName).max(50));

/** `GET …/registry/repositories?registry=…&credentials=a,b`: the registry's catalog. */
export const registryRepositoriesQuery = z.object({
  registry: z
    .string()
    .min(1)
    .max(300)
    .refine(isRegistryAddress, 'must be a registry address such as www.example.com or localhost:5000 (no path)'),
  credentials: credentialNames,
});

/** `GET …/registry/tags?image=…&credentials=a,b`: the tags of the image's repository (a tag or digest in `image` is ignored). */
export const registryTagsQuery = z.object({
  image: z.string().min(1).max(1024),
  credentials: credentialNames,
});

/** Why a list is shorter than the registry's: Berth reads a bounded number of pages and entries. */
const listed = {
  items: z.array(z.string()),
  truncated: z.boolean(),
  /** The pull secret and key the kubelet's rules pick for this registry; absent: read anonymously. */
  credential: credentialChoice.optional(),
};

export const registryRepositoryList = z.strictObject({ registry: z.string(), ...listed });

export const registryTagList = z.strictObject({
  registry: z.string(),
  repository: z.string(),
  ...listed,
});

/** The envelope's `reason` when the registry answers but keeps its catalog closed (Docker Hub and many others). */
export const catalogRefusedReason = 'RegistryCatalogRefused';

export type RegistryRepositoriesQuery = z.input<typeof registryRepositoriesQuery>;
export type RegistryTagsQuery = z.input<typeof registryTagsQuery>;
export type RegistryRepositoryList = z.infer<typeof registryRepositoryList>;
export type RegistryTagList = z.infer<typeof registryTagList>;
