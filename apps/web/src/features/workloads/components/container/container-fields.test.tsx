import { workloadForm, type WorkloadForm } from '@berth/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../../shared/api/query-client';
import { fakeBff } from '../../../../testing/fake-bff';
import { ContainerFields } from './container-fields';
import type { WorkloadFormInput } from './form-paths';

const container = (name: string, image: string) => ({ name, image, tag: '', imagePullPolicy: 'Always' as const });
const pullSecret = (name: string, server: string) => ({
  name,
  namespace: 'default',
  type: 'kubernetes.io/dockerconfigjson',
  dataCount: 1,
  created: '2026-01-01T00:00:00Z',
  registries: [{ server, username: `${name}-user` }],
});

/** The create page's part that matters here: a react-hook-form context with the contracts' resolver, and a submit. */
function Harness({
  values,
  onValid,
  children,
}: {
  values: WorkloadFormInput;
  onValid: (form: WorkloadForm) => void;
  children: ReactNode;
}) {
  const form = useForm<WorkloadFormInput, unknown, WorkloadForm>({
    resolver: zodResolver(workloadForm),
    mode: 'onChange',
    defaultValues: values,
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(e) => void form.handleSubmit(onValid)(e)}>
        {children}
        <button type="submit">Submit</button>
      </form>
    </FormProvider>
  );
}

function renderFields(
  values: Partial<WorkloadFormInput>,
  children: ReactNode,
  routes: Parameters<typeof fakeBff>[0] = {},
) {
  const received = fakeBff({
    'GET /api/namespaces/default/secrets': {
      body: {
        items: [
          pullSecret('test', 'www.example.com'),
          { ...pullSecret('app-secret', ''), type: 'Opaque', registries: [] },
        ],
      },
    },
    ...routes,
  });
  const onValid = vi.fn<(form: WorkloadForm) => void>();
  const form = {
    name: 'web',
    namespace: 'default',
    imagePullSecrets: [],
    containers: [container('web', 'nginx')],
    ...values,
  };
  render(
    <QueryClientProvider client={createQueryClient()}>
      <Harness values={form as WorkloadFormInput} onValid={onValid}>
        {children}
      </Harness>
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), received, onValid };
}

describe('ContainerFields', () => {
  it('puts the quota error on the limit field and marks its tab', async () => {
    const { user } = renderFields({}, <ContainerFields list="containers" index={0} />);
    await user.click(screen.getByRole('tab', { name: 'CPU and Memory' }));
    await user.type(screen.getByLabelText('CPU Request'), '500m');
    const limit = screen.getByLabelText('CPU Limit');
    await user.type(limit, '250m');
    await waitFor(() => expect(limit).toHaveAttribute('aria-invalid', 'true'));
    expect(limit).toHaveAccessibleDescription(/at least the request/);
    expect(await screen.findByRole('tab', { name: /CPU and Memory \(has errors\)/ })).toBeInTheDocument();
  });

  it('opens the tab holding the error when a submit fails', async () => {
    const resources = { requests: { memory: '1Gi' }, limits: { memory: '512Mi' } };
    const { user } = renderFields(
      { containers: [{ ...container('web', 'nginx'), resources }] },
      <ContainerFields list="containers" index={0} />,
    );
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByRole('tab', { name: 'CPU and Memory (has errors)', selected: true })).toBeVisible();
    expect(screen.getByLabelText('Memory Limit')).toHaveAccessibleDescription(/Memory Quota limit must be at least/);
  });

  it('takes environment variables from a value, a Secret key and a ConfigMap key, with the names from the cluster', async () => {
    const { user, onValid } = renderFields({}, <ContainerFields list="containers" index={0} />, {
      'GET /api/namespaces/default/secrets/app-secret/keys': { body: { keys: ['password', 'username'] } },
      'GET /api/namespaces/default/configmaps': { body: { items: [{ name: 'app-config', keys: ['LOG_LEVEL'] }] } },
    });
    await user.click(screen.getByRole('tab', { name: 'Environment Variables' }));
    const add = screen.getByRole('button', { name: 'Add Variable' });
    await user.click(add);
    await user.type(screen.getByLabelText(/Variable 1 name/), 'MODE');
    await user.type(screen.getByLabelText('Variable 1 value'), 'production');
    await user.click(add);
    await user.type(screen.getByLabelText(/Variable 2 name/), 'DB_PASSWORD');
    await user.selectOptions(screen.getByLabelText('Variable 2 source'), 'Secret key');
    await user.selectOptions(await screen.findByRole('combobox', { name: /Variable 2 secret/ }), 'app-secret');
    const secretKey = screen.getByRole('combobox', { name: /Variable 2 key/ });
    await user.selectOptions(secretKey, await within(secretKey).findByRole('option', { name: 'password' }));
    await user.click(add);
    await user.type(screen.getByLabelText(/Variable 3 name/), 'LOG_LEVEL');
    await user.selectOptions(screen.getByLabelText('Variable 3 source'), 'ConfigMap key');
    const configMap = screen.getByRole('combobox', { name: /Variable 3 ConfigMap/ });
    await user.selectOptions(configMap, await within(configMap).findByRole('option', { name: 'app-config' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Variable 3 key/ }), 'LOG_LEVEL');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onValid).toHaveBeenCalled());
    expect(onValid.mock.calls[0]?.[0].containers[0]?.env).toEqual([
      { source: 'value', name: 'MODE', value: 'production' },
      { source: 'secretKey', name: 'DB_PASSWORD', secret: 'app-secret', key: 'password' },
      { source: 'configMapKey', name: 'LOG_LEVEL', configMap: 'app-config', key: 'LOG_LEVEL' },
    ]);
  });

  it('shows the fields of each probe type, and submits them', async () => {
    const { user, onValid } = renderFields({}, <ContainerFields list="containers" index={0} />);
    await user.click(screen.getByRole('tab', { name: 'Health Check' }));
    await user.selectOptions(screen.getByLabelText('Liveness check'), 'HTTP request');
    await user.clear(screen.getByLabelText(/Liveness path/));
    await user.type(screen.getByLabelText(/Liveness path/), '/healthz');
    expect(screen.getByLabelText('Liveness scheme')).toHaveValue('HTTP');
    await user.type(screen.getByLabelText('Liveness period (seconds)'), '5');
    await user.selectOptions(screen.getByLabelText('Readiness check'), 'TCP port');
    expect(screen.queryByLabelText(/Readiness path/)).not.toBeInTheDocument();
    await user.clear(screen.getByLabelText(/Readiness port/));
    await user.type(screen.getByLabelText(/Readiness port/), '8080');
    await user.selectOptions(screen.getByLabelText('Startup check'), 'Command');
    await user.type(screen.getByLabelText('Startup command'), 'cat{Enter}/tmp/ready');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onValid).toHaveBeenCalled());
    expect(onValid.mock.calls[0]?.[0].containers[0]).toMatchObject({
      livenessProbe: { type: 'httpGet', path: '/healthz', port: 80, scheme: 'HTTP', periodSeconds: 5 },
      readinessProbe: { type: 'tcpSocket', port: 8080 },
      startupProbe: { type: 'exec', command: ['cat', '/tmp/ready'] },
    });
  });

  it('gives init containers no Health Check tab, and says why a probe from YAML is refused', async () => {
    const setup = { ...container('setup', 'busybox'), livenessProbe: { type: 'tcpSocket' as const, port: 80 } };
    const { user, onValid } = renderFields(
      { initContainers: [setup] },
      <ContainerFields list="initContainers" index={0} />,
    );
    const group = screen.getByRole('group', { name: 'Init Container 1: setup' });
    expect(within(group).getByRole('tab', { name: 'Basic Info' })).toBeInTheDocument();
    expect(within(group).queryByRole('tab', { name: /Health Check/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await within(group).findByRole('alert')).toHaveTextContent('livenessProbe: init containers take no probes');
    expect(onValid).not.toHaveBeenCalled();
  });

  it("checks each container's own image, with the pod's credentials", async () => {
    const { user, received } = renderFields(
      {
        containers: [container('web', 'nginx'), container('app', 'www.example.com/janedoe/awesomeapp')],
        imagePullSecrets: ['test'],
      },
      <>
        <ContainerFields list="containers" index={0} />
        <ContainerFields list="containers" index={1} />
      </>,
      {
        'POST /api/namespaces/default/image-checks': {
          body: {
            image: 'www.example.com/janedoe/awesomeapp:latest',
            registry: 'www.example.com',
            repository: 'janedoe/awesomeapp',
            reference: 'latest',
            credential: { secret: 'test', key: 'www.example.com', username: 'test-user' },
            outcome: 'ok',
          },
        },
      },
    );
    const web = screen.getByRole('group', { name: 'Container 1: web' });
    const app = screen.getByRole('group', { name: 'Container 2: app' });
    expect(await within(web).findByRole('alert')).toHaveTextContent(
      'None of the selected credentials covers docker.io',
    );
    expect(within(app).getByText(/The kubelet will use credential test/)).toBeInTheDocument();
    await user.click(within(app).getByRole('button', { name: 'Check image' }));
    await waitFor(() => expect(within(app).getByRole('status')).toHaveTextContent('The image can be pulled with test'));
    expect(received.find((r) => r.method === 'POST')?.body).toEqual({
      image: 'www.example.com/janedoe/awesomeapp',
      imagePullSecrets: ['test'],
    });
  });

  it("offers the registry's repositories and tags through the chosen credential, by keyboard, and keeps free typing", async () => {
    const { user, received, onValid } = renderFields(
      { containers: [container('web', '')], imagePullSecrets: ['test'] },
      <ContainerFields list="containers" index={0} />,
      {
        'GET /api/namespaces/default/registry/repositories': {
          body: { registry: 'www.example.com', items: ['janedoe/awesomeapp', 'janedoe/other'], truncated: false },
        },
        'GET /api/namespaces/default/registry/tags': {
          body: {
            registry: 'www.example.com',
            repository: 'janedoe/awesomeapp',
            items: ['v1', 'v2'],
            truncated: false,
          },
        },
      },
    );
    const image = screen.getByRole('combobox', { name: /Image Name/ });
    await user.type(image, 'www.example.com/jane');
    expect(await screen.findByRole('option', { name: 'www.example.com/janedoe/awesomeapp' })).toBeInTheDocument();
    expect(image).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    const first = screen.getByRole('option', { name: 'www.example.com/janedoe/awesomeapp' });
    expect(image).toHaveAttribute('aria-activedescendant', first.id);
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(image).toHaveValue('www.example.com/janedoe/awesomeapp');
    expect(image).toHaveAttribute('aria-expanded', 'false');
    const tag = screen.getByRole('combobox', { name: /Image Tag/ });
    await user.click(tag);
    await user.click(await screen.findByRole('option', { name: 'v2' }));
    expect(tag).toHaveValue('v2');
    // Escape closes the list, and a tag the registry does not list can still be typed.
    await user.clear(tag);
    await user.type(tag, 'v3');
    await user.keyboard('{Escape}');
    expect(tag).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onValid).toHaveBeenCalled());
    expect(onValid.mock.calls[0]?.[0].containers[0]).toMatchObject({
      image: 'www.example.com/janedoe/awesomeapp',
      tag: 'v3',
    });
    const asked = received.filter((r) => r.path.includes('/registry/'));
    expect(asked.map((r) => r.path)).toContain(
      '/api/namespaces/default/registry/repositories?registry=www.example.com&credentials=test',
    );
    expect(asked.map((r) => r.path)).toContain(
      '/api/namespaces/default/registry/tags?image=www.example.com%2Fjanedoe%2Fawesomeapp&credentials=test',
    );
    // Debounced: one catalog request for the whole typed name, not one per keystroke.
    expect(asked.filter((r) => r.path.includes('/repositories')).length).toBe(1);
  });

  it('says when the registry keeps its catalog closed, and offers the tags of a typed repository', async () => {
    renderFields(
      { containers: [container('web', 'www.example.com/janedoe/awesomeapp')], imagePullSecrets: ['test'] },
      <ContainerFields list="containers" index={0} />,
      {
        'GET /api/namespaces/default/registry/repositories': {
          status: 502,
          body: {
            status: 502,
            reason: 'RegistryCatalogRefused',
            message: 'This registry does not list its repositories; type a repository to see its tags',
          },
        },
        'GET /api/namespaces/default/registry/tags': {
          body: { registry: 'www.example.com', repository: 'janedoe/awesomeapp', items: ['v1'], truncated: false },
        },
      },
    );
    const image = screen.getByRole('combobox', { name: /Image Name/ });
    await waitFor(() =>
      expect(image).toHaveAccessibleDescription(/This registry does not list its repositories; type a repository/),
    );
    const tag = screen.getByRole('combobox', { name: /Image Tag/ });
    await userEvent.setup().click(tag);
    expect(await screen.findByRole('option', { name: 'v1' })).toBeInTheDocument();
  });

  it('names the tags that exist when the checked tag does not', async () => {
    const { user } = renderFields(
      {
        containers: [{ ...container('web', 'www.example.com/janedoe/awesomeapp'), tag: 'v404' }],
        imagePullSecrets: ['test'],
      },
      <ContainerFields list="containers" index={0} />,
      {
        'POST /api/namespaces/default/image-checks': {
          body: {
            image: 'www.example.com/janedoe/awesomeapp:v404',
            registry: 'www.example.com',
            repository: 'janedoe/awesomeapp',
            reference: 'v404',
            credential: { secret: 'test', key: 'www.example.com', username: 'test-user' },
            outcome: 'not-found',
            message: 'manifest unknown: manifest unknown',
            existingTags: ['v1', 'v2'],
          },
        },
      },
    );
    await user.click(screen.getByRole('button', { name: 'Check image' }));
    expect(await screen.findByText(/Tag v404 does not exist; the repository has: v1, v2/)).toHaveTextContent(
      /^No such tag with test/,
    );
  });

  it('opens the tag list on Down pressed before the tags arrive, with the first one active once they do', async () => {
    let answer: ((reply: { body: unknown }) => void) | undefined;
    const { user } = renderFields(
      { containers: [container('web', 'www.example.com/janedoe/awesomeapp')], imagePullSecrets: ['test'] },
      <ContainerFields list="containers" index={0} />,
      {
        'GET /api/namespaces/default/registry/repositories': {
          body: { registry: 'www.example.com', items: ['janedoe/awesomeapp'], truncated: false },
        },
        'GET /api/namespaces/default/registry/tags': () =>
          new Promise((resolve) => {
            answer = resolve;
          }),
      },
    );
    const tag = screen.getByRole('combobox', { name: /Image Tag/ });
    await user.click(tag);
    await user.keyboard('{ArrowDown}');
    expect(tag).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(answer).toBeDefined());
    answer?.({
      body: { registry: 'www.example.com', repository: 'janedoe/awesomeapp', items: ['v1', 'v2'], truncated: false },
    });
    const first = await screen.findByRole('option', { name: 'v1' });
    expect(tag).toHaveAttribute('aria-expanded', 'true');
    expect(tag).toHaveAttribute('aria-activedescendant', first.id);
  });
});
