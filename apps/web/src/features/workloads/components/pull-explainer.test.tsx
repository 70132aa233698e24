import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { explainPullFailure } from '../lib/explain-pull-failure';
import { PullExplainer } from './pull-explainer';

const image = 'www.example.com/janedoe/awesomeapp:v1';

function renderExplainer(
  message: string,
  events: { reason: string; message: string }[] = [],
  imagePullSecrets = ['test'],
) {
  const failure = explainPullFailure({
    container: { image, state: 'waiting', reason: 'ImagePullBackOff', message },
    events,
    imagePullSecrets,
  });
  if (failure === undefined) throw new Error('expected a pull failure');
  const onEditImage = vi.fn();
  const onPickCredential = vi.fn();
  const element = (
    <PullExplainer
      failure={failure}
      namespace="default"
      container="foo"
      onEditImage={onEditImage}
      onPickCredential={onPickCredential}
    />
  );
  const router = createMemoryRouter([{ path: '*', element }], {
    initialEntries: ['/namespaces/default/workloads/web?tab=events'],
  });
  render(<RouterProvider router={router} />);
  return { onEditImage, onPickCredential };
}

describe('PullExplainer', () => {
  it('a missing secret: Create Secret opens the dialog prefilled, to come back here; or pick another', async () => {
    const { onPickCredential } = renderExplainer('unauthorized', [
      {
        reason: 'FailedToRetrieveImagePullSecret',
        message: 'Unable to retrieve some image pull secrets (test); attempting to pull the image may not succeed.',
      },
    ]);
    const alert = screen.getByRole('alert', { name: 'An image pull secret is missing in the namespace' });
    const href = within(alert).getByRole('link', { name: 'Create Secret' }).getAttribute('href') ?? '';
    const [path, query] = href.split('?');
    expect(path).toBe('/namespaces/default/secrets');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      create: '1',
      name: 'test',
      registry: 'www.example.com',
      returnTo: '/namespaces/default/workloads/web?tab=events',
    });
    await userEvent.click(within(alert).getByRole('button', { name: 'Pick another credential' }));
    expect(onPickCredential).toHaveBeenCalledOnce();
  });

  it('an unreachable registry: the network prerequisites, in the seed’s words', async () => {
    renderExplainer('dial tcp: lookup www.example.com: no such host');
    const alert = screen.getByRole('alert', { name: 'The cluster cannot reach the registry' });
    await userEvent.click(within(alert).getByText('Network prerequisites'));
    expect(within(alert).getByText(/SNAT rule or an EIP/)).toBeVisible();
  });

  it('rate limited: add a credential', async () => {
    const { onPickCredential } = renderExplainer('toomanyrequests: You have reached your pull rate limit');
    await userEvent.click(screen.getByRole('button', { name: 'Add a credential' }));
    expect(onPickCredential).toHaveBeenCalledOnce();
  });

  it('refused credentials: Edit secret opens that secret’s edit dialog, to come back here', () => {
    renderExplainer('unauthorized: authentication required');
    const link = screen.getByRole('link', { name: 'Edit secret test' });
    const [path, query] = (link.getAttribute('href') ?? '').split('?');
    expect(path).toBe('/namespaces/default/secrets/test');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      edit: '1',
      returnTo: '/namespaces/default/workloads/web?tab=events',
    });
  });

  it('not found: edit the image', async () => {
    const { onEditImage } = renderExplainer('manifest unknown');
    await userEvent.click(screen.getByRole('button', { name: 'Edit image' }));
    expect(onEditImage).toHaveBeenCalledOnce();
  });
});
