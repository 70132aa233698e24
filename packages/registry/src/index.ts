// @berth/registry: the Registry v2 client of docs/architecture.md ("Registry v2 handshake").
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
