import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';

const created = {
  name: 'pull',
  namespace: 'default',
  type: 'kubernetes.io/dockerconfigjson',
  dataCount: 1,
  created: '2026-01-01T00:00:00Z',
  registries: [{ server: '127.0.0.1:5002', username: 'janedoe' }],
};

/** The Secrets page as the pull explainer's Create Secret link opens it. */
function openFromLink(returnTo: string) {
  let items: (typeof created)[] = [];
  fakeBff({
    'GET /api/namespaces/default/secrets': () => ({ body: { items } }),
    'POST /api/namespaces/default/secrets': () => {
      items = [created];
      return { status: 201, body: { ...created, warnings: [] } };
    },
    'GET /api/namespaces/default/deployments/web': {
      status: 404,
      body: { status: 404, reason: 'NotFound', message: 'gone' },
    },
  });
  const query = new URLSearchParams({ create: '1', name: 'pull', registry: '127.0.0.1:5002', returnTo });
  return renderRoute(`/namespaces/default/secrets?${query.toString()}`);
}

async function createIt() {
  const user = userEvent.setup();
  const dialog = await screen.findByRole('dialog', { name: 'Create Secret' });
  expect(within(dialog).getByLabelText(/^\*?\s*Name$/)).toHaveValue('pull');
  expect(within(dialog).getByLabelText(/Image Repository Address/)).toHaveValue('127.0.0.1:5002');
  await user.type(within(dialog).getByLabelText(/Username/), 'janedoe');
  await user.type(within(dialog).getByLabelText(/^\*?\s*Password$/), 'pw');
  await user.click(within(dialog).getByRole('button', { name: 'OK' }));
}

describe('Create Secret opened by a link', () => {
  it('starts with the missing name and the registry, and once created goes back to the page that asked', async () => {
    const { router } = openFromLink('/namespaces/default/workloads/web?tab=events');
    await createIt();
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/default/workloads/web'));
    expect(router.state.location.search).toBe('?tab=events');
  });

  it('back to Create Workload, names the new credential for the form to select', async () => {
    const { router } = openFromLink('/namespaces/default/workloads/create?kind=jobs');
    await createIt();
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/default/workloads/create'));
    expect(router.state.location.search).toBe('?kind=jobs&credential=pull');
    expect(await screen.findByRole('checkbox', { name: 'pull' })).toBeChecked();
  });

  it.each([
    'https://evil.example/namespaces/default/workloads/web',
    '//evil.example/namespaces/default/workloads/web',
    '/\\evil.example/namespaces/default',
    'javascript:alert(1)',
    '/api/namespaces/default/secrets',
  ])('stays on the Secrets page for a returnTo that is not a console page (%s)', async (returnTo) => {
    const { router } = openFromLink(returnTo);
    await createIt();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/namespaces/default/secrets');
    expect(router.state.location.search).toBe('');
  });
});
