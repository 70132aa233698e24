// Test helpers for deploy/: an overlay of the manifests, a service-account directory, the kustomize build.
export * from './deploy-overlay';
export * from './service-account-dir';
export * from './kustomize-build';
export * from './nginx-config';
export * from './nginx-proxy';
export * from './pod-run-spec';
export * from './secret-volume';
