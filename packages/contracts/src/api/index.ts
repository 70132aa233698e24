// The request and response shapes of the BFF's HTTP API (apps/bff), shared with the SPA.
export * from './errors';
export * from './cluster';
export * from './clusters';
export * from './secrets';
export * from './deployments';
export * from './statefulsets';
export * from './daemonsets';
export * from './jobs';
export * from './cronjobs';
export * from './workload-patch';
export * from './services';
export * from './configmaps';
export * from './lists';
export * from './checks';
export * from './stream';
export * from './session';
export * from './pods';
