// A kubeconfig the image can read: flattened by kubectl (certificate files inlined, since the image holds none of this
// machine's paths), owned by the image's user and readable by it alone, bound read-only where KUBECONFIG names it.
import { execFileSync } from 'node:child_process';
import { chownSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { imageUser } from './image-spec';
import type { ReadOnlyBind } from './run-image';

/** Where the image finds a bound kubeconfig. */
export const kubeconfigTarget = '/etc/berth/kubeconfig';

/** Writes the flattened kubeconfig into `dir` and answers its bind and the environment that names it. */
export function kubeconfigBind(
  kubeconfig: string,
  kubectl: string,
  dir: string,
): { bind: ReadOnlyBind; env: { KUBECONFIG: string } } {
  const flat = execFileSync(kubectl, ['--kubeconfig', kubeconfig, 'config', 'view', '--raw', '--flatten', '--minify'], {
    encoding: 'utf8',
  });
  const file = path.join(dir, 'kubeconfig');
  writeFileSync(file, flat, { mode: 0o400 });
  chownSync(file, imageUser.uid, imageUser.gid);
  return { bind: { source: file, target: kubeconfigTarget }, env: { KUBECONFIG: kubeconfigTarget } };
}
