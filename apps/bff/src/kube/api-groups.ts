// The calls the BFF makes, by API group, named and shaped as client-node's generated clients name them
// (`core.readNamespacedSecret({ name, namespace })`), answering the API server's JSON (timestamps as RFC 3339 text).
import type {
  CoreV1EventList,
  KubeConfig,
  V1Deployment,
  V1DeploymentList,
  V1Namespace,
  V1NamespaceList,
  V1PodList,
  V1Preconditions,
  V1ReplicaSetList,
  V1Secret,
  V1SecretList,
  V1SelfSubjectAccessReview,
  V1Service,
  V1ServiceAccountList,
  V1ServiceList,
  V1Status,
  V1TokenReview,
  VersionInfo,
} from '@kubernetes/client-node';
import { type KubeRequest, kubeRequestJson, segment } from './kube-request';
import type { JsonOf, ModelOrJson } from './list-json';

interface Named {
  name: string;
  namespace: string;
}

interface InNamespace {
  namespace: string;
}

/** `dryRun: 'All'` asks the API server to validate and admit a write without persisting it. */
interface Write<Body> {
  body: Body;
  dryRun?: string;
}

/** An API group's calls: each a request made with the kubeconfig's credentials, answering JSON. */
class ApiGroup {
  constructor(
    private readonly kubeConfig: KubeConfig,
    private readonly prefix: string,
  ) {}

  protected call<T>(method: KubeRequest['method'], path: string, options: Omit<KubeRequest, 'method' | 'path'> = {}) {
    return kubeRequestJson<JsonOf<T>>(this.kubeConfig, { method, path: `${this.prefix}${path}`, ...options });
  }
}

const namespaced = (namespace: string, resource: string, name?: string) =>
  `/namespaces/${segment(namespace)}/${resource}${name === undefined ? '' : `/${segment(name)}`}`;

/** The core group (`/api/v1`). */
export class CoreV1 extends ApiGroup {
  constructor(kubeConfig: KubeConfig) {
    super(kubeConfig, '/api/v1');
  }

  listNamespace() {
    return this.call<V1NamespaceList>('GET', '/namespaces');
  }

  readNamespace({ name }: { name: string }) {
    return this.call<V1Namespace>('GET', `/namespaces/${segment(name)}`);
  }

  listNamespacedSecret({ namespace }: InNamespace) {
    return this.call<V1SecretList>('GET', namespaced(namespace, 'secrets'));
  }

  readNamespacedSecret({ name, namespace }: Named) {
    return this.call<V1Secret>('GET', namespaced(namespace, 'secrets', name));
  }

  createNamespacedSecret({ namespace, body, dryRun }: InNamespace & Write<ModelOrJson<V1Secret>>) {
    return this.call<V1Secret>('POST', namespaced(namespace, 'secrets'), { body, query: { dryRun } });
  }

  replaceNamespacedSecret({ name, namespace, body, dryRun }: Named & Write<ModelOrJson<V1Secret>>) {
    return this.call<V1Secret>('PUT', namespaced(namespace, 'secrets', name), { body, query: { dryRun } });
  }

  /** `preconditions`: delete only the very object read (its uid and resourceVersion), else 409. */
  deleteNamespacedSecret({ name, namespace, preconditions }: Named & { preconditions?: V1Preconditions }) {
    const body = preconditions === undefined ? undefined : { kind: 'DeleteOptions', apiVersion: 'v1', preconditions };
    return this.call<V1Status>('DELETE', namespaced(namespace, 'secrets', name), body ? { body } : {});
  }

  listNamespacedServiceAccount({ namespace }: InNamespace) {
    return this.call<V1ServiceAccountList>('GET', namespaced(namespace, 'serviceaccounts'));
  }

  listNamespacedPod({ namespace }: InNamespace) {
    return this.call<V1PodList>('GET', namespaced(namespace, 'pods'));
  }

  listNamespacedEvent({ namespace }: InNamespace) {
    return this.call<CoreV1EventList>('GET', namespaced(namespace, 'events'));
  }

  listNamespacedService({ namespace }: InNamespace) {
    return this.call<V1ServiceList>('GET', namespaced(namespace, 'services'));
  }

  readNamespacedService({ name, namespace }: Named) {
    return this.call<V1Service>('GET', namespaced(namespace, 'services', name));
  }

  createNamespacedService({ namespace, body, dryRun }: InNamespace & Write<ModelOrJson<V1Service>>) {
    return this.call<V1Service>('POST', namespaced(namespace, 'services'), { body, query: { dryRun } });
  }

  /** A JSON merge patch (RFC 7386): a list in it, such as `spec.ports`, replaces the stored one whole. */
  patchNamespacedService({ name, namespace, body, dryRun }: Named & Write<object>) {
    return this.call<V1Service>('PATCH', namespaced(namespace, 'services', name), {
      body,
      query: { dryRun },
      contentType: 'application/merge-patch+json',
    });
  }

  deleteNamespacedService({ name, namespace }: Named) {
    return this.call<V1Status>('DELETE', namespaced(namespace, 'services', name));
  }
}

/** The apps group (`/apis/apps/v1`). */
export class AppsV1 extends ApiGroup {
  constructor(kubeConfig: KubeConfig) {
    super(kubeConfig, '/apis/apps/v1');
  }

  listNamespacedDeployment({ namespace }: InNamespace) {
    return this.call<V1DeploymentList>('GET', namespaced(namespace, 'deployments'));
  }

  readNamespacedDeployment({ name, namespace }: Named) {
    return this.call<V1Deployment>('GET', namespaced(namespace, 'deployments', name));
  }

  createNamespacedDeployment({ namespace, body, dryRun }: InNamespace & Write<ModelOrJson<V1Deployment>>) {
    return this.call<V1Deployment>('POST', namespaced(namespace, 'deployments'), { body, query: { dryRun } });
  }

  /** A JSON Patch (RFC 6902), the patch type client-node sends by default. */
  patchNamespacedDeployment({ name, namespace, body, dryRun }: Named & Write<readonly object[]>) {
    return this.call<V1Deployment>('PATCH', namespaced(namespace, 'deployments', name), {
      body,
      query: { dryRun },
      contentType: 'application/json-patch+json',
    });
  }

  deleteNamespacedDeployment({ name, namespace, propagationPolicy }: Named & { propagationPolicy?: string }) {
    return this.call<V1Status>('DELETE', namespaced(namespace, 'deployments', name), { query: { propagationPolicy } });
  }

  listNamespacedReplicaSet({ namespace }: InNamespace) {
    return this.call<V1ReplicaSetList>('GET', namespaced(namespace, 'replicasets'));
  }
}

/** The API server's build (`/version`). */
export class Version extends ApiGroup {
  constructor(kubeConfig: KubeConfig) {
    super(kubeConfig, '');
  }

  getCode() {
    return this.call<VersionInfo>('GET', '/version');
  }
}

/** TokenReviews (`/apis/authentication.k8s.io/v1`). */
export class AuthenticationV1 extends ApiGroup {
  constructor(kubeConfig: KubeConfig) {
    super(kubeConfig, '/apis/authentication.k8s.io/v1');
  }

  createTokenReview({ body }: { body: V1TokenReview }) {
    return this.call<V1TokenReview>('POST', '/tokenreviews', { body });
  }
}

/** SelfSubjectAccessReviews (`/apis/authorization.k8s.io/v1`). */
export class AuthorizationV1 extends ApiGroup {
  constructor(kubeConfig: KubeConfig) {
    super(kubeConfig, '/apis/authorization.k8s.io/v1');
  }

  createSelfSubjectAccessReview({ body }: { body: V1SelfSubjectAccessReview }) {
    return this.call<V1SelfSubjectAccessReview>('POST', '/selfsubjectaccessreviews', { body });
  }
}
