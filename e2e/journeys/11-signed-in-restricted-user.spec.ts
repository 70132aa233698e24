// Journey 11: sign-in mode in Chromium. The local cluster's restricted user signs in with its token, works in team-a,
// gets sentences instead of errors elsewhere, and signs out; the browser never holds the token (issue 7).
import { registryLogin, restrictedToken } from '../fixtures/cluster-env';
import { expect, test as base } from '../fixtures/test';
import { withOwnBff } from '../fixtures/own-bff';
import type { RunningBff } from '../support/bff-process';

// The namespace the local cluster's RBAC lets the restricted user edit (packages/local-cluster/src/rbac.ts).
const ownNamespace = 'team-a';

// A BFF of its own in token mode: it knows the cluster from the admin kubeconfig but acts only as whoever signs in.
// The local registries are on loopback, which sign-in mode's registry checks refuse unless --registry-allow covers it.
const test = base.extend<{ bff: RunningBff }>({
  bff: ({ kubeconfig }, use) =>
    withOwnBff(
      kubeconfig,
      'bff-token-mode.log',
      { BERTH_AUTH: 'token', BERTH_REGISTRY_ALLOW: '127.0.0.0/8', BERTH_LOG_LEVEL: 'debug' },
      use,
    ),
});

test('the restricted user signs in, works in team-a, reads 403 sentences elsewhere, and signs out', async ({
  page,
  context,
  kube,
  namespace,
  secretsPage,
  bff,
}) => {
  const token = restrictedToken();
  const secretName = `e2e-restricted-${Date.now().toString(36)}`;
  const connection = page
    .getByRole('banner')
    .getByRole('definition')
    .filter({ hasText: /^(Connecting|Live|Reconnecting|Not permitted|Unreachable|Not live)$/ });

  await test.step('sign in with the token: the console names the user', async () => {
    await page.goto(`${bff.url}/namespaces/${ownNamespace}/secrets`);
    await expect(page.getByRole('heading', { name: 'Sign in to Berth' })).toBeVisible();
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Signed in as')).toContainText('berth-restricted');
  });

  await test.step('the browser holds an HttpOnly, SameSite=Strict session cookie and never the token', async () => {
    const cookies = await context.cookies(bff.url);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookies[0]?.value).not.toContain(token);
    // A string: e2e is typechecked without the DOM library, and tsx-compiled functions carry helpers the page lacks.
    const storage = await page.evaluate<string[]>(
      '[document.cookie, JSON.stringify(localStorage), JSON.stringify(sessionStorage)]',
    );
    expect(storage[0], 'document.cookie').toBe('');
    for (const text of storage) expect(text).not.toContain(token);
  });

  await test.step('in team-a the user creates a pull secret through the dialog', async () => {
    await expect(secretsPage.heading).toBeVisible();
    await expect(connection).toHaveText('Live');
    await expect(secretsPage.createSecret).toBeEnabled();
    await secretsPage.createSecret.click();
    await secretsPage.dialog.fill(secretName, registryLogin('BERTH_REGISTRY'));
    await secretsPage.dialog.ok.click();
    await expect(secretsPage.row(secretName)).toHaveCount(1);
    const made = await kube.core.readNamespacedSecret({ namespace: ownNamespace, name: secretName });
    expect(made.type).toBe('kubernetes.io/dockerconfigjson');
  });

  await test.step('and deletes it from its detail page', async () => {
    await secretsPage.row(secretName).getByRole('link', { name: secretName, exact: true }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('dialog', { name: `Delete secret ${secretName}?` })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect
      .poll(async () =>
        (await kube.core.listNamespacedSecret({ namespace: ownNamespace })).items.some(
          (s) => s.metadata?.name === secretName,
        ),
      )
      .toBe(false);
  });

  await test.step('elsewhere the list says what the user cannot do, and Create Secret says why it is off', async () => {
    await page.goto(`${bff.url}/namespaces/${namespace}/secrets`);
    await expect(page.getByRole('alert')).toHaveText(`You cannot list secrets in namespace ${namespace}.`);
    await expect(secretsPage.createSecret).toBeDisabled();
    await expect(page.locator('#create-secret-forbidden')).toContainText(namespace);
    // The live stream says the watches were refused, not that it is reconnecting.
    await expect(connection).toHaveText('Not permitted');
  });

  await test.step('sign out: back to the sign-in page, and the old cookie is dead', async () => {
    const [oldCookie] = await context.cookies(bff.url);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Berth' })).toBeVisible();
    const replayed = await fetch(`${bff.url}/api/namespaces/${ownNamespace}/secrets`, {
      headers: { cookie: `${oldCookie?.name}=${oldCookie?.value}` },
    });
    expect(replayed.status).toBe(401);
  });
});
