// The session-keys Secret volume as the kubelet writes it for the manifests' pod: the file owned by root and the pod's
// fsGroup, with the volume's defaultMode. Read from the built Deployment, so the proofs fail if the image's user could
// not read its keys in a cluster.
import { chmodSync, chownSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { V1Deployment } from '@kubernetes/client-node';
import type { BuiltObject } from './kustomize-build';

export interface SecretVolumeFile {
  file: string;
  remove: () => void;
}

export function sessionKeysVolumeFile(built: readonly BuiltObject[], sessionKeysFile: string): SecretVolumeFile {
  const pod = (built.find((o) => o.kind === 'Deployment') as V1Deployment | undefined)?.spec?.template.spec;
  const volume = pod?.volumes?.find((v) => v.secret?.secretName?.startsWith('berth-session-keys'));
  if (volume?.secret === undefined) throw new Error('the Deployment mounts no session-keys Secret');
  const dir = mkdtempSync(path.join(tmpdir(), 'berth-secret-volume-'));
  chmodSync(dir, 0o755);
  const file = path.join(dir, 'session-keys');
  copyFileSync(sessionKeysFile, file);
  // The kubelet's defaults: mode 0644 without defaultMode, group root without fsGroup.
  chownSync(file, 0, pod?.securityContext?.fsGroup ?? 0);
  chmodSync(file, volume.secret.defaultMode ?? 0o644);
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
