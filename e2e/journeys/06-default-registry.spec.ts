// Journey 6: an image without a registry comes from docker.io; the form says so, and it runs through the node's mirror.
import { expect, test } from '../fixtures/test';
import { containing } from '../support/text';

test('nginx:latest shows the docker.io hint and runs', async ({
  page,
  namespace,
  workloadsPage,
  createWorkloadPage,
}) => {
  await test.step('Create Workload with image nginx:latest shows where it is pulled from', async () => {
    await createWorkloadPage.goto(namespace);
    await createWorkloadPage.fill({ name: 'web', containerName: 'nginx', image: 'nginx:latest' });
    await expect(createWorkloadPage.imageName).toHaveAccessibleDescription(
      containing('nginx:latest is pulled from docker.io/library/nginx:latest'),
    );
  });

  await test.step('create it', async () => {
    await createWorkloadPage.submit.click();
    await expect(page.getByRole('heading', { name: 'web', level: 1 })).toBeVisible();
  });

  await test.step('it runs: READY 1/1', async () => {
    await workloadsPage.goto(namespace);
    await expect(workloadsPage.cell('web', 'image')).toHaveText('nginx:latest');
    await expect(workloadsPage.cell('web', 'status')).toHaveText('Running', { timeout: 60_000 });
    await expect(workloadsPage.cell('web', 'ready')).toHaveText('1/1');
  });
});
