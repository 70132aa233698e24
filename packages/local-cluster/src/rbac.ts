// Namespace team-a and the restricted user's Role there: the "may edit secrets, deployments, pods in team-a only" user.
import {
  ApiException,
  CoreV1Api,
  KubeConfig,
  RbacAuthorizationV1Api,
  type V1Role,
  type V1RoleBinding,
} from '@kubernetes/client-node';
import { restrictedUser } from './tokens';

export const restrictedNamespace = 'team-a';
const roleName = 'berth-restricted-editor';

const edit = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
const read = ['get', 'list', 'watch'];

export const restrictedRole: V1Role = {
  metadata: { name: roleName, namespace: restrictedNamespace },
  rules: [
    { apiGroups: [''], resources: ['secrets', 'pods'], verbs: edit },
    // A workload's access Service is edited with it; the env pickers read ConfigMap key names (as the built-in edit role).
    { apiGroups: [''], resources: ['services'], verbs: edit },
    { apiGroups: [''], resources: ['configmaps'], verbs: read },
    { apiGroups: ['apps'], resources: ['deployments'], verbs: edit },
    { apiGroups: ['apps'], resources: ['replicasets'], verbs: read },
    { apiGroups: [''], resources: ['events'], verbs: read },
    { apiGroups: ['events.k8s.io'], resources: ['events'], verbs: read },
  ],
};

export const restrictedRoleBinding: V1RoleBinding = {
  metadata: { name: roleName, namespace: restrictedNamespace },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: roleName },
  subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: restrictedUser }],
};

function isConflict(error: unknown): boolean {
  return error instanceof ApiException && error.code === 409;
}

/** Create, or replace what a previous run left, so a changed Role takes effect on the next `up`. */
export async function applyRestrictedAccess(adminKubeconfig: string): Promise<void> {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(adminKubeconfig);
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const rbac = kubeConfig.makeApiClient(RbacAuthorizationV1Api);
  const namespace = restrictedNamespace;
  await core.createNamespace({ body: { metadata: { name: namespace } } }).catch((error: unknown) => {
    if (!isConflict(error)) throw error;
  });
  await rbac.createNamespacedRole({ namespace, body: restrictedRole }).catch((error: unknown) => {
    if (!isConflict(error)) throw error;
    return rbac.replaceNamespacedRole({ name: roleName, namespace, body: restrictedRole });
  });
  await rbac.createNamespacedRoleBinding({ namespace, body: restrictedRoleBinding }).catch((error: unknown) => {
    if (!isConflict(error)) throw error;
    return rbac.replaceNamespacedRoleBinding({ name: roleName, namespace, body: restrictedRoleBinding });
  });
}
