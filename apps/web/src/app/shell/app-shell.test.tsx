import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../testing/fake-bff';
import { renderRoute } from '../../testing/render-route';

const secret = (name: string, type = 'kubernetes.io/dockerconfigjson') => ({
  name,
  namespace: 'default',
  type,
  dataCount: 1,
  created: '2026-01-01T00:00:00Z',
  registries: type === 'Opaque' ? [] : [{ server: 'www.example.com', username: 'ssl' }],
});

describe('App shell', () => {
  it('shows the cluster, its Kubernetes version and the navigation', async () => {
    fakeBff({ 'GET /api/namespaces/default/deployments': { body: { items: [] } } });
    renderRoute('/');
    const cluster = await screen.findByLabelText('Cluster');
    expect(await within(cluster).findByText('berth-local')).toBeInTheDocument();
    expect(await within(cluster).findByText('v1.20.2')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Workloads' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'ConfigMaps and Secrets' })).toHaveAttribute(
      'href',
      '/namespaces/default/secrets',
    );
  });

  it('has a Menu button that opens and closes the navigation (shown on narrow screens)', async () => {
    fakeBff({ 'GET /api/namespaces/default/deployments': { body: { items: [] } } });
    const { router } = renderRoute('/namespaces/default/workloads');
    const menu = await screen.findByRole('button', { name: 'Menu' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveAttribute('aria-controls', nav.id);
    const user = userEvent.setup();
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(nav).toHaveClass('side-nav-open');
    await user.click(within(nav).getByRole('link', { name: 'ConfigMaps and Secrets' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/default/secrets'));
    expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  it.each([
    ['the Menu button', (_nav: HTMLElement, menu: HTMLElement) => menu],
    ['a link in the menu', (nav: HTMLElement) => within(nav).getByRole('link', { name: 'Workloads' })],
  ])('closes the open menu on Escape from %s, and gives focus back to Menu', async (_where, focusIn) => {
    fakeBff({ 'GET /api/namespaces/default/deployments': { body: { items: [] } } });
    renderRoute('/namespaces/default/workloads');
    const menu = await screen.findByRole('button', { name: 'Menu' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const user = userEvent.setup();
    await user.click(menu);
    expect(nav).toHaveClass('side-nav-open');
    focusIn(nav, menu).focus();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(nav).not.toHaveClass('side-nav-open');
    expect(menu).toHaveFocus();
  });

  it('says when the API server is unreachable, marks lists stale and disables writes', async () => {
    fakeBff({
      'GET /api/readyz': {
        status: 503,
        body: {
          status: 503,
          reason: 'ClusterUnavailable',
          message: 'The API server at https://127.0.0.1:6443 is unreachable',
        },
      },
      'GET /api/namespaces/default/secrets': { body: { items: [secret('test')] } },
    });
    renderRoute('/namespaces/default/secrets');
    expect(await screen.findByText(/The Kubernetes API server is unreachable/)).toBeInTheDocument();
    expect(await screen.findByText(/Stale: last known state/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create Secret' })).toBeDisabled();
    expect(screen.getByText('Unreachable')).toBeInTheDocument();
  });

  it('keeps filters in the URL and switches namespace from the selector', async () => {
    fakeBff({
      'GET /api/namespaces/default/secrets': {
        body: { items: [secret('test'), secret('app-config', 'Opaque'), secret('other')] },
      },
      'GET /api/namespaces/team-b/secrets': { body: { items: [] } },
    });
    const { router } = renderRoute('/namespaces/default/secrets?type=kubernetes.io%2Fdockerconfigjson&q=te');
    const table = await screen.findByRole('table', { name: 'Secrets' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('link', { name: 'test' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Type'), '');
    await waitFor(() => expect(router.state.location.search).toBe('?q=te'));
    await user.selectOptions(screen.getByLabelText('Namespace'), 'team-b');
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/team-b/secrets'));
    expect(await screen.findByText('No secrets in namespace team-b yet.')).toBeInTheDocument();
  });

  it('renders a 403 as a sentence', async () => {
    fakeBff({
      'GET /api/namespaces/team-b/deployments': {
        status: 403,
        body: { status: 403, reason: 'Forbidden', message: 'forbidden' },
      },
    });
    renderRoute('/namespaces/team-b/workloads');
    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot list deployments in namespace team-b.');
  });

  it('windows a table of thousands of secrets', async () => {
    const items = Array.from({ length: 5000 }, (_, i) => secret(`secret-${String(i).padStart(4, '0')}`));
    fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items } } });
    renderRoute('/namespaces/default/secrets');
    const table = await screen.findByRole('table', { name: 'Secrets' });
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    expect(within(table).getAllByRole('row').length).toBeLessThan(100);
    expect(screen.getByText('5000 secrets')).toBeInTheDocument();
  });
});
