import { z } from 'zod';
import {
  apiError,
  clusterInfo,
  clusterList,
  configMapList,
  credentialRotationRequest,
  credentialRotationResult,
  pullSecretUsers,
  secretCopies,
  secretCopyRequest,
  secretCopyResults,
  serviceAccountList,
  serviceAccountSummary,
  cronJobDetail,
  cronJobList,
  cronJobPatch,
  cronJobRun,
  cronJobRunRequest,
  cronJobSummary,
  daemonSetDetail,
  daemonSetList,
  daemonSetPatch,
  daemonSetSummary,
  jobDetail,
  jobList,
  jobPatch,
  jobSummary,
  statefulSetDetail,
  statefulSetList,
  statefulSetPatch,
  statefulSetSummary,
  workloadManifestRequest,
  deploymentDetail,
  deploymentList,
  deploymentManifestRequest,
  deploymentPatch,
  deploymentSummary,
  healthStatus,
  imageCheckRequest,
  imageCheckResult,
  namespaceList,
  namespacePermissions,
  retryPullsResult,
  podDetail,
  registryCheckRequest,
  registryCheckResult,
  registryRepositoryList,
  registryTagList,
  secretCreated,
  secretDetail,
  secretForm,
  secretImportRequest,
  secretKeys,
  secretList,
  secretSummary,
  secretUpdateRequest,
  serviceList,
  serviceManifestRequest,
  servicePatch,
  serviceSummary,
  sessionInfo,
  signInRequest,
  streamMessage,
  workloadForm,
  rollbackRequest,
  rolloutPlurals,
  rolloutResult,
  workloadRevisions,
} from '@berth/contracts';

type Schema = z.ZodType;

interface Operation {
  summary: string;
  body?: Schema;
  response?: Schema;
  status?: number;
  query?: string[];
}

const json = (schema: Schema, io: 'input' | 'output') => ({
  'application/json': { schema: z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) },
});

function operation({ summary, body, response, status = 200, query = [] }: Operation) {
  return {
    summary,
    parameters: query.map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
    ...(body ? { requestBody: { required: true, content: json(body, 'input') } } : {}),
    responses: {
      [status]: response ? { description: 'OK', content: json(response, 'output') } : { description: 'Done' },
      default: { description: 'The one error envelope', content: json(apiError, 'output') },
    },
  };
}

const ns = '/api/namespaces/{ns}';

/** The five routes of a workload kind after Deployments (resources/workloads/workload-routes.ts). */
function workloadPaths(
  plural: string,
  kind: string,
  changes: string,
  schemas: { list: Schema; summary: Schema; detail: Schema; patch: Schema },
) {
  return {
    [`${ns}/${plural}`]: {
      get: operation({ summary: `${kind}s with their console status`, response: schemas.list }),
      post: operation({
        summary: `Create from a manifest: one ${kind} and any v1 Services, made together or not at all`,
        body: workloadManifestRequest,
        response: schemas.summary,
        status: 201,
        query: ['dryRun'],
      }),
    },
    [`${ns}/${plural}/{name}`]: {
      get: operation({ summary: 'Conditions, pods and events', response: schemas.detail }),
      patch: operation({
        summary: `Change ${changes}`,
        body: schemas.patch,
        response: schemas.summary,
        query: ['dryRun'],
      }),
      delete: operation({ summary: `Delete the ${kind} (its pods follow, as with kubectl delete)`, status: 204 }),
    },
    ...retryPullsPath(plural),
  };
}

/** `kubectl rollout` of Deployments, StatefulSets and DaemonSets (resources/rollouts/); pause and resume: Deployments. */
function rolloutPaths() {
  const actions = (plural: string) => ({
    [`${ns}/${plural}/{name}/revisions`]: {
      get: operation({
        summary: 'Revisions with images, credentials and change cause, newest first',
        response: workloadRevisions,
      }),
    },
    [`${ns}/${plural}/{name}/rollback`]: {
      post: operation({
        summary: 'kubectl rollout undo --to-revision',
        body: rollbackRequest,
        response: rolloutResult,
        query: ['dryRun'],
      }),
    },
    [`${ns}/${plural}/{name}/restart`]: {
      post: operation({ summary: 'kubectl rollout restart', response: rolloutResult, query: ['dryRun'] }),
    },
    ...(plural === 'deployments'
      ? {
          [`${ns}/${plural}/{name}/pause`]: {
            post: operation({ summary: 'kubectl rollout pause', response: rolloutResult, query: ['dryRun'] }),
          },
          [`${ns}/${plural}/{name}/resume`]: {
            post: operation({ summary: 'kubectl rollout resume', response: rolloutResult, query: ['dryRun'] }),
          },
        }
      : {}),
  });
  return Object.assign({}, ...rolloutPlurals.map(actions)) as Record<string, object>;
}
/** "Retry now" (resources/workloads/retry-pulls.ts), on every workload kind. */
const retryPullsPath = (plural: string) => ({
  [`${ns}/${plural}/{name}/retry-pulls`]: {
    post: operation({
      summary: 'Delete the pods failing to pull (ErrImagePull, ImagePullBackOff), so new ones pull at once',
      response: retryPullsResult,
    }),
  },
});

/** What one cluster serves (app.ts's clusterApi): `/api/...` for the default cluster, and under `/api/clusters/{cluster}`. */
const isPerCluster = (path: string) =>
  path === '/api/cluster' || path === '/api/registry-credentials/rotate' || path.startsWith('/api/namespaces');

/** Each per-cluster path again under `/api/clusters/{cluster}`, with the same operations. */
function withClusterPaths(paths: Record<string, object>): Record<string, object> {
  const scoped = Object.entries(paths)
    .filter(([path]) => isPerCluster(path))
    .map(([path, operations]): [string, object] => [`/api/clusters/{cluster}${path.slice('/api'.length)}`, operations]);
  return { ...paths, ...Object.fromEntries(scoped) };
}

/** The OpenAPI 3.1 description of the BFF, generated from the same zod schemas that validate the traffic. */
export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Berth BFF', version: '1' },
    paths: withClusterPaths({
      '/api/clusters': {
        get: operation({
          summary: "Every kubeconfig context: server, user, version and reachability (unanswered ones are 'checking')",
          response: clusterList,
        }),
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document',
          responses: {
            200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } },
          },
        },
      },
      '/api/healthz': { get: operation({ summary: 'The process is up', response: healthStatus }) },
      '/api/readyz': { get: operation({ summary: 'The API server is reachable', response: healthStatus }) },
      '/api/clusters/{cluster}/readyz': {
        get: operation({ summary: "The named cluster's API server is reachable", response: healthStatus }),
      },
      '/api/session': {
        get: operation({
          summary: 'Who is signed in, and the CSRF token for unsafe requests (401: sign in)',
          response: sessionInfo,
        }),
        post: operation({
          summary: 'Sign in with a bearer token (token mode); sets the session cookie',
          body: signInRequest,
          response: sessionInfo,
          status: 201,
        }),
        delete: operation({ summary: 'Sign out: the session ends on the server', status: 204 }),
      },
      '/api/cluster': {
        get: operation({ summary: 'Context, server, user and Kubernetes version', response: clusterInfo }),
      },
      '/api/namespaces': { get: operation({ summary: 'Namespaces', response: namespaceList }) },
      [`${ns}/secrets`]: {
        get: operation({ summary: 'Secrets like kubectl get secret', response: secretList, query: ['type'] }),
        post: operation({
          summary: 'Create a pull secret from the form or a config.json',
          body: z.union([secretForm, secretImportRequest]),
          response: secretCreated,
          status: 201,
          query: ['dryRun'],
        }),
      },
      [`${ns}/secrets/{name}`]: {
        get: operation({ summary: 'A secret and who uses it', response: secretDetail }),
        put: operation({
          summary: 'Edit registries; a left-out password is kept',
          body: secretUpdateRequest,
          response: secretSummary,
          query: ['dryRun'],
        }),
        delete: operation({ summary: 'Delete the secret', status: 204 }),
      },
      [`${ns}/secrets/{name}/keys`]: {
        get: operation({ summary: "The names of the secret's data keys, never their values", response: secretKeys }),
      },
      [`${ns}/secrets/{name}/users`]: {
        get: operation({
          summary:
            'Workloads pulling with the secret (themselves or through their ServiceAccount) and ServiceAccounts carrying it',
          response: pullSecretUsers,
        }),
      },
      [`${ns}/secrets/{name}/copies`]: {
        get: operation({
          summary: 'The secret of the same name in other namespaces, compared by keyed digests, never values',
          response: secretCopies,
          query: ['namespaces'],
        }),
        post: operation({
          summary: 'Copy the secret to other namespaces; one result each, an existing one kept unless overwrite',
          body: secretCopyRequest,
          response: secretCopyResults,
          query: ['dryRun'],
        }),
      },
      [`${ns}/serviceaccounts`]: {
        get: operation({ summary: 'ServiceAccounts and their imagePullSecrets', response: serviceAccountList }),
      },
      [`${ns}/serviceaccounts/{sa}/image-pull-secrets/{secret}`]: {
        put: operation({
          summary: "Add the secret to the ServiceAccount's imagePullSecrets",
          response: serviceAccountSummary,
        }),
        delete: operation({
          summary: "Remove the secret from the ServiceAccount's imagePullSecrets",
          response: serviceAccountSummary,
        }),
      },
      '/api/registry-credentials/rotate': {
        post: operation({
          summary:
            'A new password in every pull secret holding a registry and username, in the namespaces chosen (?dryRun only finds them, and needs no password)',
          body: credentialRotationRequest,
          response: credentialRotationResult,
          query: ['dryRun'],
        }),
      },
      [`${ns}/services`]: {
        get: operation({ summary: 'Services like kubectl get service -o wide', response: serviceList }),
        post: operation({
          summary: 'Create one Service from a manifest',
          body: serviceManifestRequest,
          response: serviceSummary,
          status: 201,
          query: ['dryRun'],
        }),
      },
      [`${ns}/services/{name}`]: {
        get: operation({ summary: 'A Service', response: serviceSummary }),
        patch: operation({
          summary: 'Change the type and port mappings',
          body: servicePatch,
          response: serviceSummary,
          query: ['dryRun'],
        }),
        delete: operation({ summary: 'Delete the Service', status: 204 }),
      },
      [`${ns}/pods/{pod}`]: {
        get: operation({ summary: 'A pod: its containers and init containers, owner and events', response: podDetail }),
      },
      [`${ns}/pods/{pod}/log`]: {
        get: {
          summary: "A container's log through the API server's pods/log; streamed as it is written while following",
          parameters: ['container', 'follow', 'previous', 'tailLines', 'timestamps'].map((name) => ({
            name,
            in: 'query',
            required: false,
            schema: { type: 'string' },
          })),
          responses: {
            200: { description: 'The log', content: { 'text/plain': { schema: { type: 'string' } } } },
            default: { description: 'The one error envelope', content: json(apiError, 'output') },
          },
        },
      },
      [`${ns}/configmaps`]: {
        get: operation({
          summary: 'ConfigMaps with the names of their keys, never the values',
          response: configMapList,
        }),
      },
      [`${ns}/deployments`]: {
        get: operation({ summary: 'Deployments with their console status', response: deploymentList }),
        post: operation({
          summary: 'Create from the workload form, or from a manifest with any v1 Services',
          body: z.union([workloadForm, deploymentManifestRequest]),
          response: deploymentSummary,
          status: 201,
          query: ['dryRun'],
        }),
      },
      [`${ns}/deployments/{name}`]: {
        get: operation({ summary: 'Conditions, pods and events', response: deploymentDetail }),
        patch: operation({
          summary: 'Change replicas, image or pull secrets',
          body: deploymentPatch,
          response: deploymentSummary,
          query: ['dryRun'],
        }),
        delete: operation({ summary: 'Delete the Deployment', status: 204 }),
      },
      ...retryPullsPath('deployments'),
      ...workloadPaths('statefulsets', 'StatefulSet', 'replicas, image or pull secrets', {
        list: statefulSetList,
        summary: statefulSetSummary,
        detail: statefulSetDetail,
        patch: statefulSetPatch,
      }),
      ...workloadPaths('daemonsets', 'DaemonSet', 'image or pull secrets', {
        list: daemonSetList,
        summary: daemonSetSummary,
        detail: daemonSetDetail,
        patch: daemonSetPatch,
      }),
      ...workloadPaths('jobs', 'Job', 'parallelism', {
        list: jobList,
        summary: jobSummary,
        detail: jobDetail,
        patch: jobPatch,
      }),
      ...workloadPaths('cronjobs', 'CronJob', 'suspend, image or pull secrets', {
        list: cronJobList,
        summary: cronJobSummary,
        detail: cronJobDetail,
        patch: cronJobPatch,
      }),
      ...rolloutPaths(),
      [`${ns}/cronjobs/{name}/jobs`]: {
        post: operation({
          summary: 'Run now: a Job from its template, as kubectl create job --from=cronjob/{name}',
          body: cronJobRunRequest,
          response: cronJobRun,
          status: 201,
        }),
      },
      '/api/registry-checks': {
        post: operation({
          summary: 'Can these credentials log in?',
          body: registryCheckRequest,
          response: registryCheckResult,
        }),
      },
      [`${ns}/image-checks`]: {
        post: operation({
          summary: 'Which credential the kubelet would use, and can it pull?',
          body: imageCheckRequest,
          response: imageCheckResult,
        }),
      },
      [`${ns}/registry/repositories`]: {
        get: operation({
          summary: "The registry's repositories, read with the named pull secrets the kubelet would use",
          response: registryRepositoryList,
          query: ['registry', 'credentials'],
        }),
      },
      [`${ns}/registry/tags`]: {
        get: operation({
          summary: "The tags of the image's repository, read with the named pull secrets the kubelet would use",
          response: registryTagList,
          query: ['image', 'credentials'],
        }),
      },
      [`${ns}/permissions`]: {
        get: operation({
          summary: 'May the signed-in user create secrets and Deployments here?',
          response: namespacePermissions,
        }),
      },
      [`${ns}/stream`]: {
        get: {
          summary: 'Server-Sent Events; each data line is one message',
          responses: {
            200: {
              description: 'text/event-stream',
              content: {
                'text/event-stream': {
                  schema: z.toJSONSchema(streamMessage, { io: 'output', unrepresentable: 'any' }),
                },
              },
            },
          },
        },
      },
    }),
  };
}
