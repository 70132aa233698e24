import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';

async function openFilledDialog() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Create Secret' }));
  const dialog = await screen.findByRole('dialog', { name: 'Create Secret' });
  await user.type(within(dialog).getByLabelText(/Image Repository Address/), 'www.example.com');
  await user.type(within(dialog).getByLabelText(/Username/), 'ssl');
  await user.type(within(dialog).getByLabelText(/^\*?\s*Password$/), 'xxx');
  return { user, dialog };
}

const refused = { body: { server: 'www.example.com', outcome: 'unauthorized', message: 'HTTP 401' } };

/** Hold the registry check's answer until `release` is called, so the test can look at the pending button. */
function holdRegistryCheck() {
  const answer = globalThis.fetch;
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    if (input.includes('/api/registry-checks')) await held;
    return answer(input, init);
  });
  return () => release();
}

describe('Test credentials', () => {
  it('keeps keyboard focus on the button while the test runs and after the answer', async () => {
    const received = fakeBff({
      'GET /api/namespaces/default/secrets': { body: { items: [] } },
      'POST /api/registry-checks': refused,
    });
    renderRoute('/namespaces/default/secrets');
    const release = holdRegistryCheck();
    const { user, dialog } = await openFilledDialog();
    const button = within(dialog).getByRole('button', { name: 'Test credentials for Registry 1' });
    button.focus();
    await user.keyboard('{Enter}');
    // A disabled button drops focus to <body> in browsers; aria-disabled keeps it where the user left it.
    expect(button).toHaveTextContent('Testing…');
    expect(button).not.toBeDisabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    release();
    expect(await within(dialog).findByText('The registry refused these credentials: HTTP 401')).toBeInTheDocument();
    expect(button).not.toBeDisabled();
    expect(button).toHaveFocus();
    expect(received.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it.each([/Image Repository Address/, /Username/, /^\*?\s*Password$/])(
    'clears the answer when %s changes, since it no longer describes what is typed',
    async (field) => {
      fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items: [] } }, 'POST /api/registry-checks': refused });
      renderRoute('/namespaces/default/secrets');
      const { user, dialog } = await openFilledDialog();
      await user.click(within(dialog).getByRole('button', { name: 'Test credentials for Registry 1' }));
      expect(await within(dialog).findByText('The registry refused these credentials: HTTP 401')).toBeInTheDocument();
      await user.type(within(dialog).getByLabelText(field), 'x');
      expect(within(dialog).queryByText(/The registry refused/)).not.toBeInTheDocument();
    },
  );

  it('is disabled while the address is invalid, and says why in the field label', async () => {
    const received = fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items: [] } } });
    renderRoute('/namespaces/default/secrets');
    const { user, dialog } = await openFilledDialog();
    await user.type(within(dialog).getByLabelText(/Image Repository Address/), '/v2/path');
    const button = within(dialog).getByRole('button', { name: 'Test credentials for Registry 1' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/^Image Repository Address must be a registry address/);
    expect(received.filter((r) => r.path === '/api/registry-checks')).toHaveLength(0);
  });
});
