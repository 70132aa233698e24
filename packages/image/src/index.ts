// The console's image: build it (umoci), push it (skopeo), and run its own files as a cluster would.
export { buildImage, ensureImageBuilt, imageLayoutDir, type BuildOptions } from './build-image';
export * as imageSpec from './image-spec';
export { readLayoutImage, type ImageConfig, type LayoutImage } from './oci-layout';
export { pushImage, readPushedImage, type RegistryAccess, type RegistryLogin } from './push-image';
export {
  runImage,
  waitUntilReady,
  type ExitStatus,
  type ReadOnlyBind,
  type RunImageOptions,
  type RunningImage,
} from './run-image';
export { unpackImage, type UnpackedImage } from './unpack-image';
export { kubeconfigBind, kubeconfigTarget } from './kubeconfig-bind';
