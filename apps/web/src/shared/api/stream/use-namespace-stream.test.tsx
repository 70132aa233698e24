import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { FakeEventSource } from '../../../testing/fake-event-source';
import { renderRoute } from '../../../testing/render-route';
import { deploymentSummary as deployment } from '../../../testing/summaries';

describe('useNamespaceStream', () => {
  it('writes watch events into the cached list without refetching', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const received = fakeBff({
      'GET /api/namespaces/default/deployments': { body: { items: [deployment('foo', '0/1', 'Processing')] } },
    });
    renderRoute('/namespaces/default/workloads');
    const table = await screen.findByRole('table', { name: 'Workloads' });
    const source = FakeEventSource.last;
    expect(source?.url).toBe('/api/namespaces/default/stream');
    act(() => source?.onopen?.());
    act(() =>
      source?.emit('deployment', { kind: 'deployment', type: 'modified', object: deployment('foo', '1/1', 'Running') }),
    );
    // react-query notifies on its own tick, so wait for the re-render rather than the act().
    await vi.waitFor(() => expect(within(table).getByRole('row', { name: /foo/ })).toHaveTextContent('Running'));
    act(() =>
      source?.emit('deployment', { kind: 'deployment', type: 'added', object: deployment('bar', '0/1', 'Processing') }),
    );
    expect(await within(table).findByRole('link', { name: 'bar' })).toBeInTheDocument();
    act(() =>
      source?.emit('deployment', { kind: 'deployment', type: 'deleted', object: deployment('foo', '1/1', 'Running') }),
    );
    await vi.waitFor(() => expect(within(table).queryByRole('link', { name: 'foo' })).not.toBeInTheDocument());
    expect(received.filter((r) => r.path === '/api/namespaces/default/deployments')).toHaveLength(1);
    expect(screen.getByText('Live')).toBeInTheDocument();
  });

  it('says Not permitted once RBAC refuses every watch, and Live while some still work', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    fakeBff({
      'GET /api/namespaces/default/deployments': { body: { items: [deployment('foo', '0/1', 'Processing')] } },
    });
    renderRoute('/namespaces/default/workloads');
    await screen.findByRole('table', { name: 'Workloads' });
    const source = FakeEventSource.last;
    act(() => source?.onopen?.());
    const refuse = (watch: string) =>
      act(() =>
        source?.emit('status', { kind: 'status', watch, state: 'forbidden', message: `You cannot watch ${watch}` }),
      );
    refuse('secrets');
    // A Role for Deployments only (the restricted user's in team-a): the other kinds' watches are refused.
    for (const watch of ['statefulsets', 'daemonsets', 'jobs', 'cronjobs']) refuse(watch);
    // A change behind the refusals: once it shows, they have been read too.
    act(() =>
      source?.emit('deployment', { kind: 'deployment', type: 'modified', object: deployment('foo', '1/1', 'Running') }),
    );
    const table = screen.getByRole('table', { name: 'Workloads' });
    expect(await within(table).findByText('Running')).toBeInTheDocument();
    expect(screen.getByText('Live')).toBeInTheDocument();
    for (const watch of ['replicasets', 'pods', 'deployments', 'events', 'services']) refuse(watch);
    expect(await screen.findByText('Not permitted')).toBeInTheDocument();
  });

  it('refetches after a gap in the stream', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const received = fakeBff({
      'GET /api/namespaces/default/deployments': { body: { items: [deployment('foo', '0/1', 'Processing')] } },
    });
    renderRoute('/namespaces/default/workloads');
    await screen.findByRole('table', { name: 'Workloads' });
    const source = FakeEventSource.last;
    act(() => source?.onopen?.());
    act(() => source?.onerror?.());
    expect(screen.getByText('Reconnecting')).toBeInTheDocument();
    act(() => source?.onopen?.());
    await vi.waitFor(() =>
      expect(received.filter((r) => r.path === '/api/namespaces/default/deployments')).toHaveLength(2),
    );
  });
});

describe('useNamespaceStream on a workload detail', () => {
  const detailPath = '/api/namespaces/default/deployments/foo';
  const pod = { name: 'foo-1', phase: 'Running', created: '2026-01-01T00:00:00Z', containers: [] };
  const processing = { ...deployment('foo', '0/1', 'Processing'), replicas: 1, conditions: [], pods: [], events: [] };
  const running = { ...deployment('foo', '1/1', 'Running'), replicas: 1, conditions: [], pods: [pod], events: [] };
  const factValue = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

  it("writes the stream's pods and status into the open detail, and shows the stream's reconnecting status", async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let server: object = processing;
    const received = fakeBff({ [`GET ${detailPath}`]: () => ({ body: server }) });
    renderRoute('/namespaces/default/workloads/foo');
    await screen.findByRole('heading', { name: 'foo' });
    const source = FakeEventSource.last;
    server = running;
    act(() => source?.emit('pod', { kind: 'pod', type: 'added', object: pod, deployment: 'foo' }));
    expect(await screen.findByRole('cell', { name: 'foo-1' })).toBeInTheDocument();
    act(() =>
      source?.emit('deployment', { kind: 'deployment', type: 'modified', object: deployment('foo', '1/1', 'Running') }),
    );
    await vi.waitFor(() => expect(factValue('Pods (READY)')).toBe('1/1'));
    expect(screen.getByText('Running', { selector: '.status' })).toBeInTheDocument();
    // The Deployment changed, so its conditions and events are read once more; the pod alone needed no GET.
    await vi.waitFor(() => expect(received.filter((r) => r.path === detailPath)).toHaveLength(2));
    act(() => source?.emit('status', { kind: 'status', watch: 'pods', state: 'reconnecting' }));
    expect(await screen.findByText('Reconnecting')).toBeInTheDocument();
  });

  it('shows Running when the workload got there while its first GET was in flight', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let server: object = processing;
    const received = fakeBff({ [`GET ${detailPath}`]: () => ({ body: server }) });
    // Hold the first detail answer (read while Processing) until the stream has said Running.
    const answer = globalThis.fetch;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
      const response = answer(input, init);
      const first = input.endsWith(detailPath) && received.filter((r) => r.path === detailPath).length === 1;
      return first ? held.then(() => response) : response;
    });
    renderRoute('/namespaces/default/workloads/foo');
    await vi.waitFor(() => expect(FakeEventSource.last?.url).toBe('/api/namespaces/default/stream'));
    await vi.waitFor(() => expect(received.filter((r) => r.path === detailPath)).toHaveLength(1));
    server = running;
    act(() => FakeEventSource.last?.emit('pod', { kind: 'pod', type: 'modified', object: pod, deployment: 'foo' }));
    act(() =>
      FakeEventSource.last?.emit('deployment', {
        kind: 'deployment',
        type: 'modified',
        object: deployment('foo', '1/1', 'Running'),
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    release();
    await screen.findByRole('heading', { name: 'foo' });
    await vi.waitFor(() => expect(factValue('Pods (READY)')).toBe('1/1'));
    expect(screen.getByText('Running', { selector: '.status' })).toBeInTheDocument();
    expect(received.filter((r) => r.path === detailPath)).toHaveLength(2);
  });
});
