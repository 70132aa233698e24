// The node's registry mirror map (containerd's `registry.mirrors`, CCE's "image repository configuration").
export type RegistryMirrors = Record<string, string>;

/** Docker Hub is known by several names; the image reference grammar calls it `docker.io`. */
function mirrorKey(registry: string): string {
  const host = registry
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}

/** Parses one `--mirror docker.io=http://127.0.0.1:5001` value. */
export function parseMirrorFlag(value: string): [registry: string, endpoint: string] {
  const at = value.indexOf('=');
  const registry = at > 0 ? mirrorKey(value.slice(0, at)) : '';
  const endpoint =
    at > 0
      ? value
          .slice(at + 1)
          .trim()
          .replace(/\/+$/, '')
      : '';
  if (!registry || !endpoint)
    throw new Error(`--mirror wants REGISTRY=ENDPOINT (e.g. docker.io=http://127.0.0.1:5001), got "${value}"`);
  return [registry, endpoint];
}

export function parseMirrorFlags(values: readonly string[]): RegistryMirrors {
  return Object.fromEntries(values.map(parseMirrorFlag));
}

/** Where the node sends requests for an image of `registry`: its mirror when one is configured, else the registry itself. */
export function registryEndpoint(registry: string, mirrors: RegistryMirrors): string {
  return mirrors[mirrorKey(registry)] ?? registry;
}
