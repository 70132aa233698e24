// Journey 7: a credential for the Bearer-token registry, tested, picked, checked, and pulled with for real.
import { awesomeappWorkload, registryLogin } from '../fixtures/cluster-env';
import { expect, test } from '../fixtures/test';

test('a credential for the Bearer-token registry works end to end', async ({
  page,
  namespace,
  secretsPage,
  workloadsPage,
  createWorkloadPage,
}) => {
  const registry = registryLogin('BERTH_TOKEN_REGISTRY');
  const dialog = secretsPage.dialog;

  await test.step('Create Secret for the token registry: Test credentials logs in', async () => {
    await secretsPage.goto(namespace);
    await secretsPage.createSecret.click();
    await dialog.fill('token-login', registry);
    await dialog.testCredentials.click();
    await expect(dialog.credentialsAnswer).toHaveText(/^Login succeeded/);
    await dialog.ok.click();
    await expect(dialog.root).toBeHidden();
    await expect(secretsPage.cell('token-login', 'registries')).toHaveText(`${registry.server} (${registry.username})`);
  });

  await test.step('Create Workload with it: Check image says the image can be pulled with it', async () => {
    await createWorkloadPage.goto(namespace);
    await createWorkloadPage.fill(awesomeappWorkload('tokenapp', registry, ['token-login']));
    await createWorkloadPage.checkImage.click();
    await expect(createWorkloadPage.checkImageAnswer).toHaveText(
      new RegExp(`^The image can be pulled with token-login \\(${registry.username}\\)`),
    );
    await createWorkloadPage.submit.click();
    // The dry run, then the create: leaving before the workload's page opens would abandon them.
    await expect(page).toHaveURL(new RegExp(`/namespaces/${namespace}/workloads/tokenapp$`));
  });

  await test.step('it runs: READY 1/1', async () => {
    await workloadsPage.goto(namespace);
    await expect(workloadsPage.cell('tokenapp', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expect(workloadsPage.cell('tokenapp', 'ready')).toHaveText('1/1');
  });
});
