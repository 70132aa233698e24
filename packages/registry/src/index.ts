// @berth/registry: the Registry v2 client; ARCHITECTURE.md says where each step of the handshake lives.
export { registryBaseUrl, isLoopbackHost } from './scheme';
export { parseChallenges, type AuthChallenge } from './challenge';
export type { RegistryOutcome } from './outcome';
export type { RegistryCredentials } from './handshake';
export {
  AddressPolicy,
  defaultAddressPolicy,
  classifyAddress,
  parseCidr,
  type AddressPolicyOptions,
} from './address-policy';
export { scrubRegistryText, maxMessageLength } from './scrub';
export { checkManifest, manifestMediaTypes, type CheckManifestOptions } from './manifest';
export { checkCredentials, type CheckCredentialsOptions } from './credentials';
export {
  listRepositories,
  listTags,
  listBounds,
  type ListOptions,
  type ListTagsOptions,
  type ListOutcome,
} from './registry-lists';
