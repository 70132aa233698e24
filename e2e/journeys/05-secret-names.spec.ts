// Journey 5: bad Secret names show the contracts' precise messages and block the submit; a duplicate shows the server's message under Name.
import { dnsSubdomainProblems } from '@berth/contracts';
import { registryLogin } from '../fixtures/cluster-env';
import { pullSecretNames } from '../fixtures/kubernetes';
import { expect, test } from '../fixtures/test';
import { kubectlCreatePullSecret } from '../support/kubectl-seed';
import { containing } from '../support/text';

// Each name, with a hand-written part of what the user must read, so the test fails if the contracts' words go vague.
const badNames = [
  { name: 'Test', says: 'uppercase letters are not allowed' },
  { name: 'a_b', says: "'_' is not allowed" },
  { name: '-a', says: 'must start with a lowercase letter or digit' },
  { name: 'a'.repeat(254), says: 'must be at most 253 characters (254 now)' },
];

test('bad and duplicate Secret names are refused with their precise messages, and nothing is created', async ({
  kube,
  namespace,
  secretsPage,
}) => {
  const registry = registryLogin('BERTH_REGISTRY');
  const dialog = secretsPage.dialog;
  let existingUid: string | undefined;

  await test.step('a secret test already exists', async () => {
    await kubectlCreatePullSecret(namespace, 'test', registry);
    existingUid = (await kube.core.readNamespacedSecret({ name: 'test', namespace })).metadata?.uid;
  });

  await test.step('open Create Secret with a valid registry login', async () => {
    await secretsPage.goto(namespace);
    await secretsPage.createSecret.click();
    await dialog.fill('placeholder', registry);
  });

  for (const { name, says } of badNames) {
    const label = name.length > 20 ? `a ${name.length}-character name` : `'${name}'`;
    await test.step(`${label} shows its message under Name and OK does not submit`, async () => {
      const message = dnsSubdomainProblems(name).join('; ');
      expect(message).toContain(says);
      await dialog.name.fill(name);
      await expect(dialog.name).toHaveAttribute('aria-invalid', 'true');
      await expect(dialog.name).toHaveAccessibleDescription(containing(message));
      await dialog.ok.click();
      await expect(dialog.root).toBeVisible();
      await expect(dialog.name).toHaveAccessibleDescription(containing(message));
    });
  }

  await test.step('the API confirms none of them was created', async () => {
    expect(await pullSecretNames(kube, namespace)).toEqual(['test']);
  });

  await test.step("the duplicate name test shows the server's message under Name", async () => {
    await dialog.name.fill('test');
    await expect(dialog.name).not.toHaveAttribute('aria-invalid');
    await dialog.ok.click();
    await expect(dialog.name).toHaveAccessibleDescription(
      containing(`A secret named test already exists in namespace ${namespace}`),
    );
    await expect(dialog.name).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.root).toBeVisible();
  });

  await test.step('the API confirms the existing secret is untouched and nothing else was created', async () => {
    expect(await pullSecretNames(kube, namespace)).toEqual(['test']);
    expect((await kube.core.readNamespacedSecret({ name: 'test', namespace })).metadata?.uid).toBe(existingUid);
  });
});
