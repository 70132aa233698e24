import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../testing/fake-bff';
import { renderRoute } from '../../testing/render-route';

describe('ConnectionBanner', () => {
  it("shows a failed credential plugin's own words and exit status, and disables writes", async () => {
    const message =
      'The credential plugin aws of user prod-admin failed with exit status 255: Error loading SSO Token\nrun aws sso login';
    fakeBff({
      'GET /api/readyz': { status: 503, body: { status: 503, reason: 'CredentialPluginFailed', message } },
      'GET /api/namespaces/default/secrets': { body: { items: [] } },
    });
    renderRoute('/namespaces/default/secrets');
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Berth has no credentials for the cluster.');
    expect(banner).toHaveTextContent('failed with exit status 255: Error loading SSO Token');
    expect(screen.getByText('run aws sso login')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create Secret' })).toBeDisabled();
    expect(screen.getByText('No credentials')).toBeInTheDocument();
  });
});
