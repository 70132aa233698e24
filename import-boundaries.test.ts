// The import boundaries of eslint.config.js must stay in force: a snippet placed in one room and importing another
// has to fail lint with no-restricted-imports, and an allowed import must not.
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const repo = import.meta.dirname;
// Only the import rules are under test: without type information each snippet lints in milliseconds.
const eslint = new ESLint({ cwd: repo, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function restrictedImports(file: string, specifier: string): Promise<string[]> {
  const code = `import * as imported from '${specifier}';\n\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(repo, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['apps/bff/src/kube/clients.ts', '../http/errors', 'kube may import no other room'],
    ['apps/bff/src/kube/kubeconfig/token-file.ts', '../../auth/identity', 'kube may import no other room'],
    ['apps/bff/src/http/errors.ts', '../auth/identity', 'http may import kube'],
    ['apps/bff/src/auth/identity.ts', '../resources/secrets/secret-summary', 'auth may import kube, http'],
    [
      'apps/bff/src/resources/secrets/secret-routes.ts',
      '../deployments/deployment-summary',
      'resources/secrets may import',
    ],
    [
      'apps/bff/src/resources/deployments/deployment-routes.ts',
      '../../watch/informer-hub',
      'resources/deployments may import',
    ],
    [
      'apps/bff/src/resources/namespaces/namespace-scope.ts',
      '../secrets/secret-summary',
      'resources/namespaces may import',
    ],
    // The rooms issue 16 added: a Service route may not read the stream, nor ConfigMaps the Secrets' routes.
    ['apps/bff/src/resources/services/service-routes.ts', '../../watch/informer-hub', 'resources/services may import'],
    [
      'apps/bff/src/resources/configmaps/configmap-routes.ts',
      '../secrets/secret-summary',
      'resources/configmaps may import',
    ],
    ['apps/bff/src/http/errors.ts', '../testing/cluster', 'Only tests import the test support'],
    ['apps/bff/src/main.ts', './testing/cluster', 'Only tests import the test support'],
    [
      'apps/web/src/shared/api/fetch-json.ts',
      '../../features/secrets/api/get-secret',
      'shared code imports no feature',
    ],
    [
      'apps/web/src/features/secrets/api/get-secret.ts',
      '../../workloads/api/get-deployment',
      'Features do not import each other',
    ],
    [
      'apps/web/src/features/secrets/api/get-secret.ts',
      '../../../app/router',
      'a feature does not import the app shell',
    ],
    ['e2e/support/seed-objects.ts', '../../packages/local-cluster/src/testing/seed-deployment', 'Import the package'],
    ['bench/support/cluster.ts', '../../packages/contracts/src/index', 'Import the package'],
    ['bench/support/cluster.ts', '../../apps/bff/src/testing/cluster', 'Nothing imports apps/*'],
    ['packages/image/src/build-image.ts', '../../../apps/bff/src/config', 'Nothing imports apps/*'],
  ])('%s may not import %s', async (file, specifier, message) => {
    expect((await restrictedImports(file, specifier)).join('\n')).toContain(message);
  });

  it.each([
    ['apps/bff/src/resources/secrets/secret-routes.ts', '../namespaces/namespace-scope'],
    ['apps/bff/src/resources/registry-checks/check-routes.ts', '../secrets/secret-summary'],
    ['apps/bff/src/resources/deployments/deployment-routes.ts', '../../kube/list-json'],
    ['apps/bff/src/watch/namespace-stream.ts', '../resources/deployments/deployment-summary'],
    ['apps/bff/src/app.ts', './watch/informer-hub'],
    ['apps/bff/src/resources/secrets/secret-routes.test.ts', '../../testing/cluster'],
    ['apps/web/src/features/secrets/api/get-secret.ts', '../../../shared/api/fetch-json'],
    ['e2e/support/seed-objects.ts', '@berth/local-cluster/testing/any-runner'],
    ['packages/image/src/build-image.ts', '@berth/local-cluster'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restrictedImports(file, specifier)).toEqual([]);
  });
});
