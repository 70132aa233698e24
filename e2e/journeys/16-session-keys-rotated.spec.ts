// Journey 16 (issue 18, proof 4): two replicas in sign-in mode share one session key file. A session signed in on one
// works on the other; a rotation (new key first) keeps it; once the old key is removed the console asks to sign in again.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { restrictedToken } from '../fixtures/cluster-env';
import { expect, test as base } from '../fixtures/test';
import { withOwnBff } from '../fixtures/own-bff';
import type { RunningBff } from '../support/bff-process';

const keyFile = path.join(mkdtempSync(path.join(tmpdir(), 'berth-e2e-keys-')), 'session-keys');
/** As a mounted Secret changes: the whole file replaced at once. */
function writeKeys(...keys: string[]): void {
  writeFileSync(`${keyFile}.new`, `${keys.join('\n')}\n`);
  renameSync(`${keyFile}.new`, keyFile);
}
const [oldKey, newKey] = [randomBytes(32).toString('base64'), randomBytes(32).toString('base64')];
writeKeys(oldKey);

const env = { BERTH_AUTH: 'token', BERTH_SESSION_KEY_FILE: keyFile, BERTH_LOG_LEVEL: 'debug' };
// Two replicas on two ports of 127.0.0.1: cookies ignore the port, so the browser sends one session to both.
const test = base.extend<{ replicas: [RunningBff, RunningBff] }>({
  replicas: ({ kubeconfig }, use) =>
    withOwnBff(kubeconfig, 'bff-replica-a.log', env, (a) =>
      withOwnBff(kubeconfig, 'bff-replica-b.log', env, (b) => use([a, b])),
    ),
});

test('a session works on both replicas, survives a key rotation, and ends when its key is removed', async ({
  page,
  context,
  replicas: [a, b],
}) => {
  const signedIn = page.getByText('Signed in as');
  const signInHeading = page.getByRole('heading', { name: 'Sign in to Berth' });
  const connection = page
    .getByRole('banner')
    .getByRole('definition')
    .filter({ hasText: /^(Connecting|Live|Reconnecting|Not permitted|Unreachable|Not live)$/ });
  const sessionCookie = async () => (await context.cookies(a.url)).find((c) => c.name === 'berth-session')?.value;

  await test.step('sign in on replica A; replica B knows the session and streams for it', async () => {
    await page.goto(`${a.url}/namespaces/team-a/secrets`);
    await page.getByLabel('Token').fill(restrictedToken());
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(signedIn).toContainText('berth-restricted');
    await page.goto(`${b.url}/namespaces/team-a/secrets`);
    await expect(signedIn).toContainText('berth-restricted');
    await expect(connection).toHaveText('Live');
  });

  const sealedWithOldKey = await sessionCookie();
  await test.step('rotate: new key first, old key second; the session still works on both', async () => {
    writeKeys(newKey, oldKey);
    for (const replica of [a, b]) {
      await page.goto(`${replica.url}/namespaces/team-a/secrets`);
      await expect(signedIn).toContainText('berth-restricted');
      await expect(connection).toHaveText('Live');
    }
    // Still the cookie sealed before the rotation: re-sealing waits for a minute of use.
    expect(await sessionCookie()).toBe(sealedWithOldKey);
  });

  await test.step('remove the old key: both replicas refuse the cookie and show the sign-in page', async () => {
    writeKeys(newKey);
    for (const replica of [a, b]) {
      // Each replica re-reads the key file at most once a second.
      await expect
        .poll(
          async () =>
            (await fetch(`${replica.url}/api/session`, { headers: { cookie: `berth-session=${sealedWithOldKey}` } }))
              .status,
        )
        .toBe(401);
    }
    await page.goto(`${b.url}/namespaces/team-a/secrets`);
    await expect(signInHeading).toBeVisible();
    await page.goto(`${a.url}/namespaces/team-a/secrets`);
    await expect(signInHeading).toBeVisible();
  });
});
