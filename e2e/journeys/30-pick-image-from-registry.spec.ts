// Journey 30 (issue 19): the repository and tag are picked from what the htpasswd registry holds, read through the
// credential chosen for the pod, and the workload pulls them for real.
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { expect, test } from '../fixtures/test';
import { ImagePickers } from '../pages/image-pickers';
import { kubectlCreatePullSecret } from '../support/kubectl-seed';

test("Create Workload offers the registry's repositories and tags, and the picked image runs", async ({
  page,
  namespace,
  createWorkloadPage,
  workloadsPage,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const pickers = new ImagePickers(createWorkloadPage.form);

  await test.step('kubectl create secret docker-registry br-private', () =>
    kubectlCreatePullSecret(namespace, 'br-private', registry));

  await test.step("with br-private chosen, typing part of a name offers the registry's repository", async () => {
    await createWorkloadPage.goto(namespace);
    await createWorkloadPage.workloadName.fill('picked');
    await createWorkloadPage.containerName.fill('picked');
    await createWorkloadPage.credential('br-private').check();
    await pickers.imageName.fill('awesome');
    await pickers.repository(awesomeappImage(registry)).click();
    await expect(pickers.imageName).toHaveValue(awesomeappImage(registry));
    await expect(pickers.imageName).toHaveAttribute('aria-expanded', 'false');
  });

  await test.step('the Image Tag field offers v1 and v2; v1 is picked with the keyboard', async () => {
    await pickers.imageTag.focus();
    await pickers.imageTag.press('ArrowDown');
    await expect(pickers.tag('v1')).toBeVisible();
    await expect(pickers.tag('v2')).toBeVisible();
    await expect(pickers.imageTag).toHaveAttribute(
      'aria-activedescendant',
      (await pickers.tag('v1').getAttribute('id')) ?? '',
    );
    await pickers.imageTag.press('Enter');
    await expect(pickers.imageTag).toHaveValue('v1');
  });

  await test.step('Create Workload: it runs, READY 1/1', async () => {
    await createWorkloadPage.submit.click();
    // The dry run, then the create: leaving before the workload's page opens would abandon them.
    await expect(page).toHaveURL(new RegExp(`/namespaces/${namespace}/workloads/picked$`));
    await workloadsPage.goto(namespace);
    await expect(workloadsPage.cell('picked', 'image')).toHaveText(`${awesomeappImage(registry)}:v1`);
    await expect(workloadsPage.cell('picked', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expect(workloadsPage.cell('picked', 'ready')).toHaveText('1/1');
  });
});
