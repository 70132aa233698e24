import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';

async function open(query = '', routes: Parameters<typeof fakeBff>[0] = {}) {
  const received = fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items: [] } }, ...routes });
  const view = renderRoute(`/namespaces/default/workloads/create${query}`);
  // The route's chunk is lazy: on a busy machine its first import takes longer than findBy's default second.
  await screen.findByRole('form', { name: 'Create Workload' }, { timeout: 10_000 });
  return { ...view, received, user: userEvent.setup() };
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(/Workload Name/), 'web');
  await user.type(screen.getByLabelText(/Container Name/), 'web');
  await user.type(screen.getByLabelText(/Image Name/), 'nginx');
}

// The YAML view stays mounted (hidden) while the form shows.
const yamlBox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'YAML', hidden: true });
const yamlText = () => yamlBox().value;

describe('Create Workload: kinds', () => {
  it.each([
    ['', 'Deployment', ['Pods', 'Upgrade Mode', 'Max. Surge', 'Max. Unavailable']],
    ['?kind=statefulsets', 'StatefulSet', ['Pods', 'Headless Service Name', 'Partition']],
    ['?kind=daemonsets', 'DaemonSet', ['Upgrade Mode', 'Max. Unavailable']],
    ['?kind=jobs', 'Job', ['Completions', 'Parallelism', 'Backoff Limit', 'Restart Policy']],
    ['?kind=cronjobs', 'CronJob', ['Schedule', 'Concurrency Policy', 'Completions', 'Restart Policy']],
  ])('%s shows the %s sections', async (query, kind, labels) => {
    await open(query);
    expect(await screen.findByRole('radio', { name: kind })).toBeChecked();
    for (const label of labels) expect(screen.getByLabelText(new RegExp(`^\\*?\\s*${label}`))).toBeInTheDocument();
    if (kind === 'DaemonSet' || kind === 'Job' || kind === 'CronJob') {
      expect(screen.queryByRole('spinbutton', { name: /Pods/ })).not.toBeInTheDocument();
    }
  });

  it('shows the next run times of a CronJob schedule as it is typed', async () => {
    const { user } = await open('?kind=cronjobs');
    await user.type(await screen.findByLabelText(/Schedule/), '0 3 * * *');
    const runs = await screen.findByRole('list', { name: 'Next Runs' });
    expect(within(runs).getAllByRole('listitem')).toHaveLength(5);
  });

  it('switches kind from the picker, keeping the containers', async () => {
    const { user, router } = await open();
    await fillValid(user);
    await user.click(screen.getByRole('radio', { name: 'Job' }));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=jobs'));
    expect(await screen.findByLabelText(/Backoff Limit/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Image Name/)).toHaveValue('nginx');
  });

  it('checks the chosen kind as the click ends, not after the URL has followed', async () => {
    const { user } = await open();
    const job = screen.getByRole<HTMLInputElement>('radio', { name: 'Job' });
    // A window listener runs after React's own, once React has put a controlled radio back to what it renders.
    let checkedAsTheClickEnds: boolean | undefined;
    window.addEventListener('click', () => (checkedAsTheClickEnds = job.checked), { once: true });
    await user.click(job);
    expect(checkedAsTheClickEnds).toBe(true);
  });
});

describe('Create Workload: YAML', () => {
  it('keeps the form and the YAML in sync both ways', async () => {
    const { user } = await open();
    await fillValid(user);
    await user.click(screen.getByRole('tab', { name: 'YAML' }));
    expect(yamlText()).toContain('replicas: 1');
    fireEvent.change(yamlBox(), { target: { value: yamlText().replace('replicas: 1', 'replicas: 3') } });
    await user.click(screen.getByRole('tab', { name: 'Form' }));
    const pods = screen.getByRole('spinbutton', { name: /Pods/ });
    expect(pods).toHaveValue(3);
    await user.clear(pods);
    await user.type(pods, '5');
    await user.click(screen.getByRole('tab', { name: 'YAML' }));
    expect(yamlText()).toContain('replicas: 5');
  });

  it.each([
    ['v1.20.2', 'batch/v1beta1'],
    ['v1.30.0', 'batch/v1'],
  ])(
    'shows a CronJob in the version the cluster serves (%s: %s), so kubectl can apply the YAML',
    async (v, apiVersion) => {
      const cluster = { context: 'berth-local', server: 'https://127.0.0.1:6443', user: 'admin', version: v };
      const { user } = await open('?kind=cronjobs', {
        'GET /api/cluster': { body: { ...cluster, cronJobApiVersion: apiVersion } },
      });
      await fillValid(user);
      await user.type(screen.getByLabelText(/Schedule/), '0 3 * * *');
      await user.click(screen.getByRole('tab', { name: 'YAML' }));
      expect(yamlText()).toContain(`apiVersion: ${apiVersion}\nkind: CronJob`);
    },
  );

  it('keeps a field the form cannot show, and says so', async () => {
    const { user } = await open();
    await fillValid(user);
    await user.click(screen.getByRole('tab', { name: 'YAML' }));
    const text = yamlText().replace(/( +)image: nginx\n/, '$1image: nginx\n$1securityContext:\n$1  privileged: true\n');
    fireEvent.change(yamlBox(), { target: { value: text } });
    const line = text.split('\n').findIndex((l) => l.includes('securityContext')) + 1;
    expect(
      within(screen.getByRole('list', { name: 'YAML problems' })).getByText(
        new RegExp(`^Line ${line}: .*securityContext`),
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Form' }));
    expect(screen.getByRole('note')).toHaveTextContent(/only in the YAML: .*securityContext/);
    const pods = screen.getByRole('spinbutton', { name: /Pods/ });
    await user.clear(pods);
    await user.type(pods, '2');
    await user.click(screen.getByRole('tab', { name: 'YAML' }));
    expect(yamlText()).toContain('replicas: 2');
    expect(yamlText()).toContain('privileged: true');
  });
});

describe('Create Workload: dry run', () => {
  const invalid = (path: string, message: string) => ({
    status: 422,
    body: {
      status: 422,
      reason: 'Invalid',
      message: `Deployment "web" is invalid: ${path}: ${message}`,
      fields: [{ path, message }],
    },
  });

  it('puts a dry-run error on the field it belongs to, and creates nothing', async () => {
    const { user, received } = await open('', {
      'POST /api/namespaces/default/deployments': invalid('spec.template.spec.containers[0].image', 'Required value'),
    });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Create Workload' }));
    const error = await screen.findByText('Required value');
    expect(screen.getByLabelText(/Image Name/).getAttribute('aria-describedby')).toContain(error.id);
    const posts = received.filter((r) => r.method === 'POST');
    expect(posts.map((p) => p.path)).toEqual(['/api/namespaces/default/deployments?dryRun=All']);
    expect((posts[0]?.body as { manifest: string }).manifest).toContain('kind: Deployment');
  });

  it('puts a dry-run error the form has no field for on its YAML line', async () => {
    const { user, received } = await open('', {
      'POST /api/namespaces/default/deployments': invalid('spec.selector', 'Invalid value: selector does not match'),
    });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Create Workload' }));
    const problems = await screen.findByRole('list', { name: 'YAML problems' });
    const line =
      yamlText()
        .split('\n')
        .findIndex((l) => /^\s*selector:/.test(l)) + 1;
    expect(
      within(problems).getByText(`Line ${line}: spec.selector: Invalid value: selector does not match`),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'YAML' })).toHaveAttribute('aria-selected', 'true');
    expect(received.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('creates from YAML: any kind goes to its own route, dry run first', async () => {
    const job = ['apiVersion: batch/v1', 'kind: Job', 'metadata:', '  name: once', 'spec:', '  template:', '    spec:']
      .concat([
        '      restartPolicy: Never',
        '      containers:',
        '        - name: once',
        '          image: busybox',
        '',
      ])
      .join('\n');
    const { user, received, router } = await open('?view=yaml', {
      'POST /api/namespaces/default/jobs': { status: 201, body: { name: 'once', namespace: 'default' } },
    });
    fireEvent.change(await screen.findByRole('textbox', { name: 'YAML' }), { target: { value: job } });
    await user.click(screen.getByRole('button', { name: 'Create Workload' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/default/workloads/jobs/once'));
    const posts = received.filter((r) => r.method === 'POST');
    expect(posts.map((p) => p.path)).toEqual([
      '/api/namespaces/default/jobs?dryRun=All',
      '/api/namespaces/default/jobs',
    ]);
    expect(posts[1]?.body).toEqual({ manifest: job });
  });
});
