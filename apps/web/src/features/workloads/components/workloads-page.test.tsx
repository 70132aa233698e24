import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';

const deployment = (name: string, status: string, reason?: string) => ({
  name,
  namespace: 'default',
  ready: status === 'Running' ? '1/1' : '0/1',
  upToDate: 1,
  available: status === 'Running' ? 1 : 0,
  images: ['nginx:latest'],
  imagePullSecrets: [],
  status,
  ...(reason ? { reason } : {}),
  created: new Date(Date.now() - 299_000).toISOString(),
});

describe('Workloads', () => {
  it('lists deployments like kubectl get deployment, with status and reason', async () => {
    fakeBff({
      'GET /api/namespaces/default/deployments': {
        body: { items: [deployment('foo', 'Running'), deployment('bar', 'Failed', 'ImagePullBackOff')] },
      },
    });
    renderRoute('/namespaces/default/workloads');
    const table = await screen.findByRole('table', { name: 'Workloads' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Name', 'Status', 'Pods (READY)', 'UP-TO-DATE', 'AVAILABLE', 'Image', 'Age']);
    const bar = within(table).getByRole('row', { name: /bar/ });
    expect(bar).toHaveTextContent('Failed (ImagePullBackOff)');
    expect(bar).toHaveTextContent('0/1');
    expect(within(table).getByRole('row', { name: /foo/ })).toHaveTextContent('4m59s');
  });

  it('counts one workload in the singular', async () => {
    fakeBff({ 'GET /api/namespaces/default/deployments': { body: { items: [deployment('foo', 'Running')] } } });
    renderRoute('/namespaces/default/workloads');
    expect(await screen.findByText('1 workload', { exact: true })).toBeInTheDocument();
  });

  it('says when there are none', async () => {
    fakeBff({ 'GET /api/namespaces/default/deployments': { body: { items: [] } } });
    renderRoute('/namespaces/default/workloads');
    expect(await screen.findByText('No workloads in namespace default yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create Workload' })).toHaveAttribute(
      'href',
      '/namespaces/default/workloads/create',
    );
  });
});
