// Journey 34: a legacy kubernetes.io/dockercfg secret is offered by the credential picker, pulls for a workload, and is
// edited in its own type to add a Harbor robot account whose password holds shell characters; the Create Secret
// preview's kubectl command quotes the robot name and never prints the password.
import { awesomeappWorkload, registryLogin } from '../fixtures/cluster-env';
import { expect, test } from '../fixtures/test';
import { WorkloadDetailPage } from '../pages/workload-detail-page';

const robot = { server: 'harbor.example.com', username: 'robot$project+name', password: `r0b'o"t $x \`id\` \\ !` };

function dockercfg(secret: {
  data?: Record<string, string>;
}): Record<string, { username?: string; password?: string }> {
  return JSON.parse(Buffer.from(secret.data?.['.dockercfg'] ?? '', 'base64').toString()) as Record<
    string,
    { username?: string; password?: string }
  >;
}

test('a dockercfg secret is picked, pulls, and takes a robot$ account edited in its own type', async ({
  page,
  kube,
  namespace,
  createWorkloadPage,
  secretsPage,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');

  await test.step('a legacy dockercfg secret legacy holds the registry login', async () => {
    const config = { [registry.server]: { username: registry.username, password: registry.password } };
    await kube.core.createNamespacedSecret({
      namespace,
      body: {
        metadata: { name: 'legacy' },
        type: 'kubernetes.io/dockercfg',
        data: { '.dockercfg': Buffer.from(JSON.stringify(config)).toString('base64') },
      },
    });
  });

  await test.step('Create Workload offers it and pulls with it', async () => {
    await createWorkloadPage.goto(namespace);
    await expect(createWorkloadPage.imageAccessCredential).toContainText('(legacy .dockercfg)');
    await createWorkloadPage.fill(awesomeappWorkload('foo', registry, ['legacy']));
    await createWorkloadPage.submit.click();
    await expect(new WorkloadDetailPage(page, 'foo').podsWith('Running')).toHaveCount(1, { timeout: 90_000 });
  });

  await test.step('Edit adds the robot account and keeps the type', async () => {
    await page.goto(`/namespaces/${namespace}/secrets/legacy`);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit secret legacy' });
    await dialog.getByRole('button', { name: 'Add another registry' }).click();
    const second = dialog.getByRole('group', { name: 'Registry 2' });
    await second.getByLabel('Image Repository Address').fill(robot.server);
    await second.getByLabel('Username').fill(robot.username);
    await second.getByRole('textbox', { name: 'Password', exact: true }).fill(robot.password);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('table', { name: 'Registries' })).toContainText(robot.username);
    await expect(page.getByText('kubernetes.io/dockercfg', { exact: true })).toBeVisible();
    const stored = await kube.core.readNamespacedSecret({ name: 'legacy', namespace });
    expect(stored.type).toBe('kubernetes.io/dockercfg');
    expect(dockercfg(stored)).toMatchObject({
      [registry.server]: { username: registry.username, password: registry.password },
      [robot.server]: { username: robot.username, password: robot.password },
    });
  });

  await test.step("the Create Secret preview's kubectl command quotes robot$ and never prints the password", async () => {
    await secretsPage.goto(namespace);
    await secretsPage.createSecret.click();
    const dialog = secretsPage.dialog;
    await dialog.name.fill('robot');
    await dialog.server.fill(robot.server);
    await dialog.username.fill(robot.username);
    await dialog.password.fill(robot.password);
    const command = dialog.root.getByLabel('kubectl command');
    await expect(command).toContainText(`--docker-username='robot$project+name'`);
    await expect(command).not.toContainText(robot.password);
    await dialog.ok.click();
    await expect(dialog.root).toBeHidden();
    const created = await kube.core.readNamespacedSecret({ name: 'robot', namespace });
    const auths = (
      JSON.parse(Buffer.from(created.data?.['.dockerconfigjson'] ?? '', 'base64').toString()) as {
        auths: Record<string, { username?: string; password?: string }>;
      }
    ).auths;
    expect(auths[robot.server]).toMatchObject({ username: robot.username, password: robot.password });
  });
});
