// Journey 28: the explainer checks which registries the credentials cover before it blames a password; a Deployment
// with 3 of 4 pods available reads as partly available; Scale says why it refuses; a deleted credential is marked.
import { awesomeappImage, registryLogin } from '../fixtures/cluster-env';
import { expect, test } from '../fixtures/fixes-test';
import { kubectl } from '../fixtures/kubectl';
import { WorkloadFixes } from '../pages/workload-fixes';
import { kubectlCreatePullSecret, kubectlCreateSeedDeployment } from '../support/kubectl-seed';

test('wrong-registry explainer, partial state, scale refusals, deleted credential marked', async ({
  page,
  namespace,
  workloadsPage,
}) => {
  const htpasswd = registryLogin('BERTH_REGISTRY');
  const token = registryLogin('BERTH_TOKEN_REGISTRY');
  const tok = new WorkloadFixes(page, 'tok');
  const web = new WorkloadFixes(page, 'web');

  await test.step('kubectl: pull secret htpasswd; tok pulls from the token registry with it; web runs 4 pods', async () => {
    await kubectlCreatePullSecret(namespace, 'htpasswd', htpasswd);
    const image = `${awesomeappImage(token)}:v1`;
    await kubectlCreateSeedDeployment(namespace, { name: 'tok', image, pullSecret: 'htpasswd' });
    await kubectlCreateSeedDeployment(namespace, {
      name: 'web',
      image: `${awesomeappImage(htpasswd)}:v1`,
      pullSecret: 'htpasswd',
    });
    await kubectl(['-n', namespace, 'scale', 'deployment/web', '--replicas=4']);
  });

  await test.step('tok: none of the selected credentials covers the token registry; no password is blamed', async () => {
    await tok.goto(namespace);
    const explanation = tok.explanation(`None of the selected credentials covers ${token.server}`);
    await expect(explanation).toBeVisible({ timeout: 30_000 });
    await expect(explanation).toContainText(`hold logins for ${htpasswd.server}`);
    await expect(tok.explanation('The registry refused the credentials')).toHaveCount(0);
    const create = explanation.getByRole('link', { name: `Create Secret for ${token.server}` });
    await expect(create).toHaveAttribute('href', new RegExp(`registry=${encodeURIComponent(token.server)}`));
  });

  await test.step('web: 4/4 Running, then an image tag that does not exist: 3 of 4 available, not Failed', async () => {
    await workloadsPage.goto(namespace);
    await expect(workloadsPage.cell('web', 'ready')).toHaveText('4/4', { timeout: 60_000 });
    await kubectl(['-n', namespace, 'set', 'image', 'deployment/web', `web=${awesomeappImage(htpasswd)}:v9`]);
    await expect(workloadsPage.cell('web', 'status')).toHaveText(/^Degraded \((ErrImagePull|ImagePullBackOff)\)$/, {
      timeout: 30_000,
    });
    await expect(workloadsPage.cell('web', 'available')).toHaveText('3');
    await web.goto(namespace);
    await expect(page.getByText(/^3 of 4 pods available; pod web-[a-z0-9]+-[a-z0-9]+ cannot start \(/)).toBeVisible();
    await expect(web.explanation('The tag or repository does not exist')).toBeVisible();
  });

  await test.step('Scale refuses -1, 2.5, empty and 1000000, saying why', async () => {
    for (const [typed, why] of [
      ['-1', 'Pods must be at least 0'],
      ['2.5', 'Pods must be a whole number'],
      ['', 'Enter a number of pods'],
      ['1000000', 'Pods must be at most 1000'],
    ] as const) {
      await web.scalePods.fill(typed);
      await web.scale.click();
      await expect(page.getByRole('alert').filter({ hasText: why })).toBeVisible();
      await expect(web.scalePods).toHaveAccessibleDescription(why);
    }
  });

  await test.step('htpasswd is deleted: web marks it missing instead of linking it', async () => {
    await expect(web.credentialLink('htpasswd')).toBeVisible();
    await kubectl(['-n', namespace, 'delete', 'secret', 'htpasswd']);
    await expect(web.missingCredential(namespace)).toBeVisible({ timeout: 15_000 });
    await expect(web.credentialLink('htpasswd')).toHaveCount(0);
  });
});
