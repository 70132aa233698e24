import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';

const pullSecret = (name: string, type: string) => ({
  name,
  namespace: 'default',
  type,
  dataCount: 1,
  created: '2026-01-01T00:00:00Z',
  registries: [{ server: 'r.example.com', username: 'robot$project+name' }],
});

function open(defaultPulls: string[]) {
  fakeBff({
    'GET /api/namespaces/default/secrets': {
      body: {
        items: [
          pullSecret('regcred', 'kubernetes.io/dockerconfigjson'),
          pullSecret('legacy', 'kubernetes.io/dockercfg'),
        ],
      },
    },
    'GET /api/namespaces/default/serviceaccounts': {
      body: { items: [{ name: 'default', imagePullSecrets: defaultPulls }] },
    },
  });
  renderRoute('/namespaces/default/workloads/create');
  return userEvent.setup();
}

// The first render loads the lazy Create Workload route: on a busy machine that takes more than findBy's 1 s.
describe("Create Workload's ServiceAccount credentials note", () => {
  it('says what the default ServiceAccount gives while no credential is picked, and goes once one is', async () => {
    const user = open(['regcred']);
    const note = await screen.findByRole('note', { name: 'ServiceAccount credentials' }, { timeout: 5000 });
    expect(note).toHaveTextContent(
      "No credential picked: the pods get ServiceAccount default's image pull secrets: regcred.",
    );
    await user.click(screen.getByRole('checkbox', { name: 'regcred' }));
    expect(screen.queryByRole('note', { name: 'ServiceAccount credentials' })).not.toBeInTheDocument();
  });

  it('says the pods pull without credentials when default gives none', async () => {
    open([]);
    expect(
      await screen.findByRole('note', { name: 'ServiceAccount credentials' }, { timeout: 5000 }),
    ).toHaveTextContent('ServiceAccount default gives none');
  });

  it('offers a legacy dockercfg secret in the picker, marked as such', async () => {
    open([]);
    const legacy = await screen.findByRole('checkbox', { name: 'legacy' }, { timeout: 5000 });
    expect(legacy).toHaveAccessibleDescription('r.example.com (legacy .dockercfg)');
  });
});
