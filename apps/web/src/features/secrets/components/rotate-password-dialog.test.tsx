import { credentialRotationRequest, credentialRotationSearch } from '@berth/contracts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../shared/api/query-client';
import { AnnouncerProvider } from '../../../shared/ui/announcer';
import { fakeBff } from '../../../testing/fake-bff';
import { RotatePasswordDialog } from './rotate-password-dialog';

const login = { server: 'harbor.example.com', username: 'robot$project+name' };
const result = (result: string) => ({
  body: { secrets: [{ namespace: 'default', name: 'regcred', result }], hiddenNamespaces: [], failingWorkloads: [] },
});

describe('RotatePasswordDialog', () => {
  it('finds the secrets before a password is typed (it was a 422), and rotates only with one', async () => {
    const received = fakeBff({
      // Validated by the contract the BFF validates with: an empty password was a 422 there.
      'POST /api/registry-credentials/rotate': ({ url, body }) => {
        const dryRun = url.searchParams.get('dryRun') === 'true';
        const valid = (dryRun ? credentialRotationSearch : credentialRotationRequest).safeParse(body).success;
        if (!valid) return { status: 422, body: { status: 422, reason: 'Invalid', message: 'enter the password' } };
        return result(dryRun ? 'found' : 'updated');
      },
    });
    render(
      <QueryClientProvider client={createQueryClient()}>
        <AnnouncerProvider>
          <RotatePasswordDialog open onOpenChange={() => undefined} namespace="default" login={login} />
        </AnnouncerProvider>
      </QueryClientProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Find secrets' }));
    const found = await screen.findByRole('list', { name: 'Secrets holding this login' });
    expect(within(found).getByText('default/regcred')).toBeInTheDocument();
    const rotate = screen.getByRole('button', { name: 'Rotate in 1 secrets' });
    expect(rotate).toBeDisabled();
    await user.type(screen.getByLabelText('New password'), 'n3w$pw');
    await user.click(rotate);
    expect(await screen.findByText('default/regcred: updated')).toBeInTheDocument();
    const posts = received.filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.path, r.body])).toEqual([
      ['/api/registry-credentials/rotate?dryRun=true', { ...login, namespaces: ['default'] }],
      ['/api/registry-credentials/rotate', { ...login, password: 'n3w$pw', namespaces: ['default'] }],
    ]);
  });
});
