import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../shared/api/query-client';
import { fakeBff } from '../../../testing/fake-bff';
import { CopySecretSection } from './copy-secret-section';

const copiesPath = '/api/namespaces/default/secrets/regcred/copies';
const source = { type: 'kubernetes.io/dockerconfigjson', registries: [] };

function renderSection() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <CopySecretSection namespace="default" name="regcred" disabled={false} />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe('CopySecretSection', () => {
  it('says how many namespaces were left out of the comparison (it cut at 50 silently)', async () => {
    fakeBff({ [`GET ${copiesPath}`]: { body: { source, copies: [], notCompared: 12 } } });
    renderSection();
    expect(
      await screen.findByText('Only the first 50 other namespaces were compared: 12 more were not.'),
    ).toBeInTheDocument();
  });

  it('lets a user who may not list namespaces type them: compared and copied there, never a 403 about a URL', async () => {
    const received = fakeBff({
      'GET /api/namespaces': {
        status: 403,
        body: { status: 403, reason: 'Forbidden', message: 'namespaces is forbidden' },
      },
      [`GET ${copiesPath}`]: ({ url }) =>
        url.searchParams.get('namespaces') === 'team-x'
          ? {
              body: {
                source,
                copies: [{ namespace: 'team-x', state: 'missing', registries: [], differences: [] }],
                notCompared: 0,
              },
            }
          : { status: 403, body: { status: 403, reason: 'Forbidden', message: 'name them with ?namespaces=a,b' } },
      [`POST ${copiesPath}`]: { body: { results: [{ namespace: 'team-x', result: 'created' }] } },
    });
    const user = renderSection();
    await user.type(await screen.findByLabelText('Namespace to copy to'), 'team-x');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('checkbox', { name: 'team-x' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(within(await screen.findByRole('list', { name: 'Copy results' })).getByText('team-x: copied')).toBeVisible();
    expect(screen.queryByText(/namespaces=a,b/)).toBeNull();
    const gets = received.filter((r) => r.method === 'GET' && r.path.startsWith(copiesPath)).map((r) => r.path);
    expect(gets.length).toBeGreaterThan(0);
    expect(gets.every((path) => path === `${copiesPath}?namespaces=team-x`)).toBe(true);
    expect(received.find((r) => r.method === 'POST')?.body).toEqual({ namespaces: ['team-x'] });
  });
});
