import type { ServiceSummary } from '@berth/contracts';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../../../shared/api/query-client';
import { AnnouncerProvider } from '../../../shared/ui/announcer';
import { fakeBff } from '../../../testing/fake-bff';
import { AccessSection } from './access-section';

const base = '/api/namespaces/default/services';
const web: ServiceSummary = {
  name: 'web',
  namespace: 'default',
  type: 'NodePort',
  clusterIP: '10.0.0.10',
  ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }],
  selector: { app: 'web' },
  created: '2026-01-01T00:00:00Z',
};
const other: ServiceSummary = { ...web, name: 'other', selector: { app: 'other' } };

function renderSection() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <AnnouncerProvider>
        <AccessSection
          namespace="default"
          selector={{ app: 'web' }}
          containerPorts={[{ containerPort: 8080, protocol: 'TCP', name: 'http' }]}
        />
      </AnnouncerProvider>
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe('AccessSection', () => {
  it("lists the Services reaching the workload's pods: type, cluster IP, port:targetPort/protocol, node port", async () => {
    fakeBff({ [`GET ${base}`]: { body: { items: [other, web] } } });
    renderSection();
    const table = await screen.findByRole('table', { name: 'Services' });
    const [, row, ...rest] = within(table).getAllByRole('row');
    expect(rest).toEqual([]);
    expect(
      within(row ?? table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['web', 'NodePort', '10.0.0.10', '80:8080/TCP', '30080', 'EditDelete']);
  });

  it('edits the type and ports in a dialog: leaving NodePort drops the node port', async () => {
    const received = fakeBff({
      [`GET ${base}`]: { body: { items: [web] } },
      [`PATCH ${base}/web`]: { body: { ...web, type: 'ClusterIP' } },
    });
    const user = renderSection();
    await user.click(await screen.findByRole('button', { name: 'Edit Service web' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Service web' });
    await user.selectOptions(within(dialog).getByLabelText(/Access Type/), 'ClusterIP');
    const port = within(dialog).getByLabelText(/Service Port/);
    await user.clear(port);
    await user.type(port, '81');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(received.find((r) => r.method === 'PATCH')?.body).toEqual({
      type: 'ClusterIP',
      ports: [{ name: 'http', protocol: 'TCP', port: 81, targetPort: 8080 }],
    });
  });

  it("adds a Service selecting the pods, and puts the API server's field error on its field", async () => {
    const received = fakeBff({
      [`GET ${base}`]: { body: { items: [] } },
      [`POST ${base}`]: {
        status: 422,
        body: {
          status: 422,
          reason: 'Invalid',
          message: 'The Service "web" is invalid',
          fields: [{ path: 'spec.ports[0].nodePort', message: 'provided port is already allocated' }],
        },
      },
    });
    const user = renderSection();
    expect(await screen.findByText('No Service reaches these pods.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add Service' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Service' });
    expect(within(dialog).getByLabelText(/Service Name/)).toHaveValue('web');
    await user.selectOptions(within(dialog).getByLabelText(/Access Type/), 'NodePort');
    await user.type(within(dialog).getByLabelText(/Node Port/), '30080');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('provided port is already allocated')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Node Port/)).toHaveAttribute('aria-invalid', 'true');
    const posted = received.find((r) => r.method === 'POST')?.body as { manifest: string };
    expect(JSON.parse(posted.manifest)).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'default' },
      spec: {
        type: 'NodePort',
        selector: { app: 'web' },
        ports: [{ name: 'http', protocol: 'TCP', port: 8080, targetPort: 8080, nodePort: 30080 }],
      },
    });
  });

  it('deletes a Service after confirming', async () => {
    const received = fakeBff({
      [`GET ${base}`]: { body: { items: [web] } },
      [`DELETE ${base}/web`]: { status: 204 },
    });
    const user = renderSection();
    await user.click(await screen.findByRole('button', { name: 'Delete Service web' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Service web?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(received.some((r) => r.method === 'DELETE' && r.path === `${base}/web`)).toBe(true);
  });
});
