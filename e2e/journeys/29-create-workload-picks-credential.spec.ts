// Journey 29: Create Workload selects the only pull secret covering the image's registry and says so; for a registry
// none covers it offers Create Secret prefilled with the address, and comes back with it selected and the form kept.
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { expect, test } from '../fixtures/fixes-test';
import { kubectlCreatePullSecret } from '../support/kubectl-seed';

test('Create Workload picks the only covering credential; none covers: create one from the form, all kept', async ({
  page,
  namespace,
  createWorkloadPage: form,
  workloadsPage,
}) => {
  const htpasswd = registryLogin('BERTH_REGISTRY');
  const token = registryLogin('BERTH_TOKEN_REGISTRY');
  const dialog = form.secretDialog;
  const note = (text: string) => form.form.getByRole('list', { name: 'Credentials for the images' }).getByText(text);

  await test.step('kubectl: one pull secret, htpasswd, for the htpasswd registry', () =>
    kubectlCreatePullSecret(namespace, 'htpasswd', htpasswd));

  await test.step('an image on the htpasswd registry: htpasswd is selected, and the form says why', async () => {
    await form.goto(namespace);
    await form.fill({ name: 'picked', containerName: 'app', image: awesomeappImage(htpasswd), tag: 'v1' });
    await expect(form.credential('htpasswd')).toBeChecked();
    await expect(
      note(`Selected htpasswd: the only pull secret in ${namespace} that covers ${htpasswd.server}.`),
    ).toBeVisible();
  });

  await test.step('the image moves to the token registry: none covers it, so Create Secret for it is offered', async () => {
    await form.imageName.fill(awesomeappImage(token));
    await expect(form.credential('htpasswd')).not.toBeChecked();
    await expect(note(`No pull secret in ${namespace} covers ${token.server}.`)).toBeVisible();
    await form.form.getByRole('button', { name: `Create Secret for ${token.server}` }).click();
  });

  await test.step('the dialog starts with the registry address; OK returns to the form with it selected', async () => {
    await expect(dialog.server).toHaveValue(token.server);
    await dialog.name.fill('token');
    await dialog.username.fill(token.username);
    await dialog.password.fill(token.password);
    await dialog.ok.click();
    await expect(dialog.root).toBeHidden();
    await expect(form.credential('token')).toBeChecked();
    await expect(form.workloadName).toHaveValue('picked');
    await expect(form.containerName).toHaveValue('app');
    await expect(form.imageName).toHaveValue(awesomeappImage(token));
    await expect(form.imageTag).toHaveValue('v1');
  });

  await test.step('Create Workload: it pulls with token and runs, READY 1/1', async () => {
    await form.submit.click();
    await expect(page.getByRole('heading', { name: 'picked', level: 1 })).toBeVisible();
    await workloadsPage.goto(namespace);
    await expect(workloadsPage.cell('picked', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expect(workloadsPage.cell('picked', 'ready')).toHaveText('1/1');
  });
});
