import { render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../../shared/api/query-client';
import { AnnouncerProvider } from '../../../../shared/ui/announcer';
import { fakeBff } from '../../../../testing/fake-bff';
import { permissionsAnswer } from '../../../../testing/permissions';
import { RunNowButton } from './run-now-button';

describe('RunNowButton', () => {
  it('ties each refused button to its own reason when two are on one page (one fixed id named the first for both)', async () => {
    fakeBff({
      'GET /api/namespaces/team-a/permissions': { body: permissionsAnswer(true, { createJobs: false }) },
      'GET /api/namespaces/team-b/permissions': { body: permissionsAnswer(true, { createJobs: false }) },
    });
    render(
      <QueryClientProvider client={createQueryClient()}>
        <AnnouncerProvider>
          <RunNowButton namespace="team-a" name="nightly" disabled={false} />
          <RunNowButton namespace="team-b" name="nightly" disabled={false} />
        </AnnouncerProvider>
      </QueryClientProvider>,
    );
    for (const namespace of ['team-a', 'team-b'])
      expect(
        await screen.findByRole('button', { name: 'Run now', description: new RegExp(`namespace ${namespace}$`) }),
      ).toBeDisabled();
  });
});
