import { z } from 'zod';
import { dnsLabelName, dnsSubdomainName } from './names';
import { isRegistryAddress } from './registry-address';
import { parseRegistryKey } from './registry-key';
import { repeatedEntries } from './repeated-entries';

// host[:port] as a registry address, allowing the kubelet's '*' label globs; an optional scheme and path are read by parseRegistryKey.
const registryHost = /^(?:[a-zA-Z0-9*](?:[a-zA-Z0-9*.-]*[a-zA-Z0-9*])?|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;

/** True when the kubelet can read `server` as an `auths` key naming a registry (a path such as `r.io/team` included). */
export function isRegistryServer(server: string): boolean {
  const key = parseRegistryKey(server);
  return key !== undefined && !/\s/.test(server) && registryHost.test(key.host);
}

export const registryAddressMessage =
  'must be a registry address such as www.example.com, localhost:5000 or https://index.docker.io/v1/ (a host and port, no path)';

/** A registry address typed in: a host with an optional port and scheme, as `docker login` takes it. */
export const registryServer = z
  .string()
  .trim()
  .min(1, { error: 'enter the image repository address, e.g. www.example.com', abort: true })
  .refine(isRegistryAddress, { error: registryAddressMessage, abort: true });

const lineBreak = /[\r\n]/;

/** One registry login in the Create Secret dialog. */
export const registryCredentialForm = z.object({
  server: registryServer,
  username: z
    .string()
    .min(1, { error: 'enter the username' })
    // The kubelet splits `auth` at its first ':', so a username holding one would log in as its first part.
    .refine((u) => !u.includes(':'), { error: "a username cannot contain ':'" })
    .refine((u) => !lineBreak.test(u), { error: 'a username cannot contain a line break' }),
  password: z
    .string()
    .min(1, { error: 'enter the password' })
    // The shown kubectl command reads the password with `read`, and `docker login --password-stdin`, up to a line break.
    .refine((p) => !lineBreak.test(p), { error: 'a password cannot contain a line break' }),
  email: z.string().trim().optional(),
});

/** The Create Secret dialog: a `kubernetes.io/dockerconfigjson` secret holding one or more registry logins. */
export const secretForm = z
  .object({
    name: dnsSubdomainName,
    namespace: dnsLabelName,
    registries: z.array(registryCredentialForm).min(1, { error: 'add at least one image repository' }),
  })
  .check((ctx) => {
    ctx.issues.push(...repeatedEntries(ctx.value.registries, 'registries', 'server', 'this address is already listed'));
  });

export type RegistryCredentialForm = z.infer<typeof registryCredentialForm>;
export type SecretForm = z.infer<typeof secretForm>;
