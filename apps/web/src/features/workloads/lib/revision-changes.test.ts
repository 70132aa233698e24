import type { WorkloadRevision } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import { revisionChanges } from './revision-changes';

const revision = (n: number, image: string, secrets: string[], extra: Partial<WorkloadRevision> = {}) => ({
  revision: n,
  source: `web-${n}`,
  containers: [{ name: 'app', image }],
  initContainers: [],
  imagePullSecrets: secrets,
  created: '2026-12-01T00:00:00Z',
  current: false,
  ...extra,
});

describe('revisionChanges', () => {
  it('names each image and the credentials that change, A → B', () => {
    expect(revisionChanges(revision(2, 'r/app:2', ['b']), revision(1, 'r/app:1', ['a']))).toEqual([
      { what: 'app', from: 'r/app:2', to: 'r/app:1' },
      { what: 'Image Access Credential', from: 'b', to: 'a' },
    ]);
  });

  it('shows containers that come or go, and nothing when only the template metadata differs', () => {
    const sidecar = revision(1, 'r/app:1', [], {
      containers: [
        { name: 'app', image: 'r/app:1' },
        { name: 'log', image: 'r/log:1' },
      ],
      initContainers: [{ name: 'init', image: 'busybox' }],
    });
    expect(revisionChanges(revision(2, 'r/app:1', []), sidecar)).toEqual([
      { what: 'log', from: '(none)', to: 'r/log:1' },
      { what: 'init container init', from: '(none)', to: 'busybox' },
    ]);
    expect(revisionChanges(revision(3, 'r/app:1', ['a']), revision(2, 'r/app:1', ['a']))).toEqual([]);
  });
});
