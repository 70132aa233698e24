// Journey 13: the first screen on the screens people have (issue 13). The seed through the console on a phone-sized
// viewport (390×844), no page scrolling sideways at 360 px, and the Create Secret dialog's OK and Cancel in view at
// 360×640 and 1280×720, however long the form grows.
import type { Locator } from '@playwright/test';
import { awesomeappWorkload, registryLogin } from '../fixtures/cluster-env';
import { expect, test } from '../fixtures/test';

test.use({ viewport: { width: 390, height: 844 } });

test('the seed on a phone; every page at 360 px without sideways scrolling; dialog buttons always in view', async ({
  page,
  namespace,
  shell,
  secretsPage,
  workloadsPage,
  createWorkloadPage,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const dialog = secretsPage.dialog;
  const footerInView = async () => {
    await expect(dialog.ok).toBeInViewport({ ratio: 1 });
    await expect(dialog.cancel).toBeInViewport({ ratio: 1 });
  };

  await test.step('at 390×844 the navigation is a closed menu; opening it shows the links', async () => {
    await workloadsPage.goto(namespace);
    await expect(workloadsPage.heading).toBeVisible();
    expect(await shell.scrollsSideways()).toBe(false);
    await expect(shell.menu).toHaveAttribute('aria-expanded', 'false');
    await expect(shell.navigation).toBeHidden();
    await shell.menu.click();
    await expect(shell.menu).toHaveAttribute('aria-expanded', 'true');
    await shell.configMapsAndSecretsLink.click();
    await expect(secretsPage.heading).toBeVisible();
    await expect(shell.navigation).toBeHidden();
  });

  await test.step('Create Secret: test for the private registry, OK and Cancel in view throughout', async () => {
    await secretsPage.createSecret.click();
    await footerInView();
    await dialog.fill('test', registry);
    await footerInView();
    await dialog.ok.click();
    await expect(dialog.root).toBeHidden();
    await expect(secretsPage.cell('test', 'type')).toHaveText('kubernetes.io/dockerconfigjson');
    expect(await shell.scrollsSideways()).toBe(false);
  });

  await test.step('Create Workload: a secret made from the credential group; its toast covers no form button', async () => {
    await shell.follow(shell.workloadsLink);
    await workloadsPage.createWorkload.click();
    const secretDialog = createWorkloadPage.secretDialog;
    await createWorkloadPage.createSecret.click();
    await secretDialog.fill('test-2', registry);
    await secretDialog.ok.click();
    await expect(secretDialog.root).toBeHidden();
    const toast = page.getByRole('status').filter({ hasText: 'Secret test-2 created' });
    await expect(toast).toBeVisible();
    // The toast stays 6 s: while it shows, scrolled to the bottom, each form button must be in view and uncovered.
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    for (const name of ['Create Workload', 'Cancel']) {
      const button = createWorkloadPage.form.getByRole('button', { name, exact: true });
      await expect(button).toBeInViewport({ ratio: 1 });
      const [over, under] = [await toast.boundingBox(), await button.boundingBox()];
      if (!over || !under) throw new Error(`the toast or ${name} has no box`);
      const apart =
        over.y + over.height <= under.y ||
        under.y + under.height <= over.y ||
        over.x >= under.x + under.width ||
        under.x >= over.x + over.width;
      expect(apart, `the toast overlaps ${name}`).toBe(true);
      // What a tap at the button's centre lands on (a string: e2e is typechecked without the DOM library).
      const centre = `${under.x + under.width / 2}, ${under.y + under.height / 2}`;
      const hit = await page.evaluate(`document.elementFromPoint(${centre})?.closest('button')?.textContent`);
      expect(hit, `a tap on ${name} lands elsewhere`).toBe(name);
    }
    await expect(toast).toBeVisible();
  });

  await test.step('Create Workload: foo, the private image, tag v1, credential test', async () => {
    await createWorkloadPage.fill({ ...awesomeappWorkload('foo', registry, ['test']), pullPolicy: 'Always' });
    await createWorkloadPage.submit.click();
    await expect(page).toHaveURL(new RegExp(`/namespaces/${namespace}/workloads/foo$`));
  });

  await test.step('the workload reaches Running with READY 1/1', async () => {
    await shell.follow(shell.workloadsLink);
    await expect(workloadsPage.cell('foo', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expect(workloadsPage.cell('foo', 'ready')).toHaveText('1/1');
  });

  await test.step('at 360×640 no page scrolls sideways (tables scroll in their own frame)', async () => {
    await page.setViewportSize({ width: 360, height: 640 });
    const pages: [string, Locator][] = [
      ['workloads', workloadsPage.cell('foo', 'ready')],
      ['workloads/create', createWorkloadPage.form],
      ['workloads/foo', page.getByRole('table', { name: 'Pods' })],
      ['secrets', secretsPage.cell('test', 'data')],
      ['secrets/test', page.getByRole('table', { name: 'Registries' })],
      ['secrets?create=secret', dialog.ok],
    ];
    for (const [path, loaded] of pages) {
      await page.goto(`/namespaces/${namespace}/${path}`);
      await expect(loaded).toBeVisible();
      expect(await shell.scrollsSideways(), `/namespaces/${namespace}/${path} scrolls sideways`).toBe(false);
    }
  });

  for (const viewport of [
    { width: 360, height: 640 },
    { width: 1280, height: 720 },
  ]) {
    await test.step(`at ${viewport.width}×${viewport.height} the dialog keeps OK and Cancel in view`, async () => {
      await page.setViewportSize(viewport);
      await secretsPage.goto(namespace);
      await secretsPage.createSecret.click();
      await footerInView();
      await dialog.root.getByRole('button', { name: 'Add another registry' }).click();
      await expect(dialog.root.getByRole('group', { name: 'Registry 2' })).toBeVisible();
      await footerInView();
      // A second registry is typed data: Cancel asks before throwing it away, and focus goes back to Create Secret.
      await dialog.cancel.click();
      await page
        .getByRole('alertdialog', { name: 'Discard what you typed?' })
        .getByRole('button', { name: 'Discard' })
        .click();
      await expect(dialog.root).toBeHidden();
      await expect(secretsPage.createSecret).toBeFocused();
    });
  }
});
