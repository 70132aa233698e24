import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../testing/fake-bff';
import { renderRoute } from '../../testing/render-route';

/** Just enough of EventSource to play the BFF's stream. */
class FakeEventSource {
  static last: FakeEventSource | undefined;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  private readonly listeners = new Map<string, (event: MessageEvent<string>) => void>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, listener);
  }
  close() {}
  emit(type: string, data: unknown) {
    const event = new MessageEvent(type, { data: JSON.stringify(data) });
    (type === 'message' ? this.onmessage : this.listeners.get(type))?.(event);
  }
}

const deployment = (name: string, ready: string, status: string) => ({
  name,
  namespace: 'default',
  ready,
  upToDate: 1,
  available: ready === '1/1' ? 1 : 0,
  images: ['nginx:latest'],
  imagePullSecrets: [],
  status,
  created: '2026-01-01T00:00:00Z',
});

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
  it("refetches the detail when one of its pods changes, and shows the stream's reconnecting status", async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const detail = { ...deployment('foo', '0/1', 'Processing'), replicas: 1, conditions: [], pods: [], events: [] };
    const received = fakeBff({ 'GET /api/namespaces/default/deployments/foo': { body: detail } });
    renderRoute('/namespaces/default/workloads/foo');
    await screen.findByRole('heading', { name: 'foo' });
    const source = FakeEventSource.last;
    const pod = { name: 'foo-1', phase: 'Running', created: '2026-01-01T00:00:00Z', containers: [] };
    act(() => source?.emit('pod', { kind: 'pod', type: 'modified', object: pod, deployment: 'foo' }));
    await vi.waitFor(() =>
      expect(received.filter((r) => r.path === '/api/namespaces/default/deployments/foo')).toHaveLength(2),
    );
    act(() => source?.emit('status', { kind: 'status', watch: 'pods', state: 'reconnecting' }));
    expect(await screen.findByText('Reconnecting')).toBeInTheDocument();
  });
});
