import { describe, expect, it } from 'vitest';
import { MissingPackagesError, missingPackages } from './debian-packages';

describe('Debian packages', () => {
  it('finds what is missing with dpkg', async () => {
    expect(await missingPackages(['dpkg', 'berth-no-such-package'])).toEqual(['berth-no-such-package']);
  });

  it('tells a non-root user the exact command to run', () => {
    expect(new MissingPackagesError(['etcd-server', 'rsync']).message).toContain(
      'sudo apt-get update && sudo apt-get install -y etcd-server rsync',
    );
  });
});
