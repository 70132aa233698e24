import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PulledImages } from './pulled-images';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('PulledImages', () => {
  it('remembers pulled images across restarts of the agent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-pulled-'));
    dirs.push(dir);
    const first = PulledImages.inStateDir(dir);
    expect(first.get('docker.io/library/nginx:latest')).toBeUndefined();
    first.record(
      'docker.io/library/nginx:latest',
      'docker.io/library/nginx@sha256:1',
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(PulledImages.inStateDir(dir).get('docker.io/library/nginx:latest')).toEqual({
      imageID: 'docker.io/library/nginx@sha256:1',
      pulledAt: '2026-01-01T00:00:00.000Z',
    });
  });
});
