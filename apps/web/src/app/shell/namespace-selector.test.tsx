import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { streamWatches } from '@berth/contracts';
import { fakeBff } from '../../testing/fake-bff';
import { FakeEventSource } from '../../testing/fake-event-source';
import { renderRoute } from '../../testing/render-route';
import { rememberedNamespaces } from './remembered-namespaces';

const forbidden = (message: string) => ({ status: 403, body: { status: 403, reason: 'Forbidden', message } });
const restrictedUser = { mode: 'single-user', username: 'berth-restricted' };
const refuseEveryWatch = (source: FakeEventSource | undefined) => {
  for (const watch of streamWatches)
    act(() =>
      source?.emit('status', { kind: 'status', watch, state: 'forbidden', message: `You cannot watch ${watch}` }),
    );
};
const suggestions = () =>
  Array.from(document.querySelectorAll<HTMLOptionElement>('#namespace-history option'), (o) => o.value);

describe('Namespace selector when namespaces cannot be listed', () => {
  it('says so, opens a typed namespace, and remembers the ones used', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    fakeBff({
      'GET /api/session': { body: restrictedUser },
      'GET /api/namespaces': forbidden('namespaces is forbidden'),
      'GET /api/namespaces/default/deployments': forbidden('deployments is forbidden'),
      'GET /api/namespaces/team-a/deployments': { body: { items: [] } },
    });
    const { router } = renderRoute('/namespaces/default/workloads');
    const banner = await screen.findByRole('banner');
    expect(await within(banner).findByText('You cannot list namespaces: type the one to open.')).toBeInTheDocument();
    const field = within(banner).getByRole('combobox', { name: 'Namespace' });
    expect(field).toHaveValue('default');
    expect(field).toHaveAccessibleDescription('You cannot list namespaces: type the one to open.');
    act(() => FakeEventSource.last?.onopen?.());
    refuseEveryWatch(FakeEventSource.last);
    // RBAC refused everything in default: not a namespace this user works in.
    await waitFor(() => expect(rememberedNamespaces('berth-local', 'berth-restricted')).toEqual([]));

    const user = userEvent.setup();
    await user.clear(field);
    await user.type(field, 'Team_A{Enter}');
    expect(within(banner).getByRole('alert')).toHaveTextContent('uppercase letters are not allowed');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.pathname).toBe('/namespaces/default/workloads');

    await user.clear(field);
    await user.type(field, 'team-a');
    await user.click(within(banner).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/team-a/workloads'));
    expect(await screen.findByText('No workloads in namespace team-a yet.', { exact: false })).toBeInTheDocument();
    act(() => FakeEventSource.last?.onopen?.());
    await waitFor(() => expect(suggestions()).toEqual(['team-a']));
    expect(within(banner).getByRole('combobox', { name: 'Namespace' })).toHaveValue('team-a');
    expect(rememberedNamespaces('berth-local', 'berth-restricted')).toEqual(['team-a']);
  });

  it('keeps the list of a user who may list namespaces', async () => {
    fakeBff({ 'GET /api/namespaces/default/deployments': { body: { items: [] } } });
    renderRoute('/namespaces/default/workloads');
    const banner = await screen.findByRole('banner');
    const select = within(banner).getByLabelText('Namespace');
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['default', 'team-b']),
    );
    expect(within(banner).queryByText(/You cannot list namespaces/)).not.toBeInTheDocument();
  });
});
