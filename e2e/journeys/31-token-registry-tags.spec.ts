// Journey 31 (issue 19): the token registry keeps its catalog closed, and says so; a typed repository still lists its
// tags, and a tag that does not exist is named with the ones that do.
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { expect, test } from '../fixtures/test';
import { ImagePickers } from '../pages/image-pickers';
import { kubectlCreatePullSecret } from '../support/kubectl-seed';

test('the token registry lists the tags of a typed repository, and a missing tag names the real ones', async ({
  namespace,
  createWorkloadPage,
}) => {
  const registry = registryLogin('BERTH_TOKEN_REGISTRY');
  const pickers = new ImagePickers(createWorkloadPage.form);

  await test.step('kubectl create secret docker-registry br-token', () =>
    kubectlCreatePullSecret(namespace, 'br-token', registry));

  await test.step('with br-token chosen, Image Name says the registry does not list its repositories', async () => {
    await createWorkloadPage.goto(namespace);
    await createWorkloadPage.credential('br-token').check();
    await expect(pickers.imageName).toHaveAccessibleDescription(
      /This registry does not list its repositories; type a repository to see its tags/,
    );
  });

  await test.step('typing the repository lists its tag v1', async () => {
    await pickers.imageName.fill(awesomeappImage(registry));
    await pickers.imageTag.click();
    await expect(pickers.tag('v1')).toBeVisible();
  });

  await test.step('Check image on v404 says no such tag, and that the repository has v1', async () => {
    await pickers.imageTag.fill('v404');
    await createWorkloadPage.checkImage.click();
    await expect(createWorkloadPage.checkImageAnswer).toHaveText(
      new RegExp(
        `^No such tag with br-token \\(${registry.username}\\): .*Tag v404 does not exist; the repository has: v1\\.$`,
      ),
    );
  });
});
