import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';

const message = '0/1 nodes are available: 1 Insufficient cpu.';
const pending = {
  name: 'big',
  namespace: 'default',
  ready: '0/1',
  upToDate: 1,
  available: 0,
  images: ['nginx:latest'],
  imagePullSecrets: [],
  status: 'Unavailable',
  reason: 'MinimumReplicasUnavailable',
  created: '2026-01-01T00:00:00Z',
  replicas: 1,
  conditions: [],
  pods: [
    {
      name: 'big-6d4b7c9f8-abcde',
      phase: 'Pending',
      scheduling: { reason: 'Unschedulable', message },
      created: '2026-01-01T00:00:01Z',
      containers: [],
    },
  ],
  events: [],
};

describe('Workload detail of a workload no node can take', () => {
  it("says why it is Pending in the scheduler's words, and what to lower", async () => {
    fakeBff({ 'GET /api/namespaces/default/deployments/big': { body: pending } });
    renderRoute('/namespaces/default/workloads/big');
    const explainer = await screen.findByRole('alert', { name: `Pending: ${message}` });
    expect(within(explainer).getByText(/Lower the CPU Quota request/)).toBeInTheDocument();
  });
});
