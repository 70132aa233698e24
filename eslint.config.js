// One flat config for the whole workspace: typed TypeScript rules, React hooks and a11y for the SPA,
// and the import boundaries (packages, SPA rooms, BFF rooms) expressed with the core no-restricted-imports rule.
import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const featuresDir = 'apps/web/src/features';
const features = existsSync(featuresDir)
  ? readdirSync(featuresDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

const appImports = {
  group: ['@berth/web', '@berth/web/*', '@berth/bff', '@berth/bff/*', '**/apps/**'],
  message: 'Nothing imports apps/*: move shared code into packages/.',
};

/** A feature may use shared code and itself, never another feature nor the app shell. */
const featureBoundaries = features.map((feature) => ({
  files: [`${featuresDir}/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          appImports,
          {
            // A sibling feature is imported as `../../<name>/...`, without `features/`: matched by its name too.
            group: features
              .filter((f) => f !== feature)
              .flatMap((f) => [`**/features/${f}`, `**/features/${f}/**`, `**/${f}`, `**/${f}/**`]),
            message: 'Features do not import each other: lift what both need into shared code.',
          },
          {
            group: ['**/app', '**/app/**'],
            message: 'Imports flow shared -> features -> app: a feature does not import the app shell.',
          },
        ],
      },
    ],
  },
}));

/** Shared code serves the features and the app shell, and imports neither. */
const sharedBoundary = {
  files: ['apps/web/src/shared/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          appImports,
          {
            group: ['**/features', '**/features/**', '**/app', '**/app/**'],
            message: 'Imports flow shared -> features -> app: shared code imports no feature and not the app shell.',
          },
        ],
      },
    ],
  },
};

// The BFF's rooms (apps/bff/src/<room>) and the rooms each may import. Its entry points (apps/bff/src/*.ts: main, app,
// config, banner) may import every room; tests may import anything, since they drive the whole app; only tests import
// the test support (testing/, faults/, @berth/local-cluster/testing).
const bffDir = 'apps/bff/src';
const bffRooms = {
  // Talking to the API server: clients, kubeconfig, shared connections, lists, Kubernetes errors, in-flight reads.
  kube: [],
  // What every request passes: safety, the error envelope, logging, body bounds, path parameters, OpenAPI, the SPA.
  http: ['kube'],
  // Whom a request acts as: single-user or token sign-in, sessions, CSRF.
  auth: ['kube', 'http'],
  // One folder per resource, its routes beside its mappers; every namespaced resource lives in a namespace.
  'resources/namespaces': ['kube', 'http', 'auth'],
  'resources/cluster': ['kube', 'http', 'auth'],
  // Who pulls with a secret is read through ServiceAccounts and workload ownership (Used by, rotation's failing workloads).
  'resources/secrets': [
    'kube',
    'http',
    'auth',
    'resources/namespaces',
    'resources/serviceaccounts',
    'resources/workloads',
  ],
  // ServiceAccounts and the pull secrets they give pods.
  'resources/serviceaccounts': ['kube', 'http', 'auth', 'resources/namespaces'],
  // A manifest's documents, read and created together (every workload kind's POST).
  'resources/manifests': ['kube', 'http', 'auth', 'resources/namespaces'],
  'resources/deployments': ['kube', 'http', 'auth', 'resources/namespaces', 'resources/manifests'],
  // The one route factory of the other workload kinds, their ownership rules; each kind is its own room.
  'resources/workloads': [
    'kube',
    'http',
    'auth',
    'resources/namespaces',
    'resources/deployments',
    'resources/manifests',
  ],
  'resources/jobs': ['kube', 'http', 'auth', 'resources/namespaces', 'resources/deployments', 'resources/workloads'],
  'resources/statefulsets': [
    'kube',
    'http',
    'auth',
    'resources/namespaces',
    'resources/deployments',
    'resources/workloads',
  ],
  'resources/daemonsets': [
    'kube',
    'http',
    'auth',
    'resources/namespaces',
    'resources/deployments',
    'resources/workloads',
  ],
  // A CronJob's status and detail are its Jobs'.
  'resources/cronjobs': [
    'kube',
    'http',
    'auth',
    'resources/namespaces',
    'resources/deployments',
    'resources/workloads',
    'resources/jobs',
  ],
  // kubectl rollout's history, undo, restart, pause and resume of Deployments, StatefulSets and DaemonSets.
  'resources/rollouts': [
    'kube',
    'http',
    'auth',
    'resources/namespaces',
    'resources/deployments',
    'resources/workloads',
  ],
  // Services (their routes and the Access section's summaries) read manifests as the workload routes do.
  'resources/services': ['kube', 'http', 'auth', 'resources/namespaces', 'resources/manifests'],
  // The env picker's ConfigMap key names.
  'resources/configmaps': ['kube', 'http', 'auth', 'resources/namespaces'],
  // An image check reads the namespace's pull secrets.
  'resources/registry-checks': ['kube', 'http', 'auth', 'resources/namespaces', 'resources/secrets'],
  // Browsing a registry picks credentials and counts refusals as the image check does.
  'resources/registry-browse': ['kube', 'http', 'auth', 'resources/namespaces', 'resources/registry-checks'],
  // Informers and the namespace stream, which sends each kind as its resource's mapper shows it.
  watch: [
    'kube',
    'http',
    'auth',
    'resources/namespaces',
    'resources/secrets',
    'resources/deployments',
    'resources/workloads',
    'resources/statefulsets',
    'resources/daemonsets',
    'resources/jobs',
    'resources/cronjobs',
    'resources/services',
  ],
  // Every kubeconfig context as a cluster: its clients, informers and lister built on first use, its reachability probe.
  clusters: ['kube', 'http', 'auth', 'watch'],
  // Reporting a crash with a stack mapped to the sources.
  crash: [],
};
const resourceRooms = Object.keys(bffRooms).filter((room) => room.startsWith('resources/'));
// A resource is imported from its sibling resources as `../<name>`, so rooms are matched by their last segment.
const roomPatterns = (room) => {
  const name = room.split('/').at(-1);
  return [`**/${name}`, `**/${name}/**`];
};
const testSupport = {
  group: ['**/testing', '**/testing/**', '**/faults', '**/faults/**'],
  message: 'Only tests import the test support.',
};
const bffBoundaries = [
  ...Object.entries(bffRooms).map(([room, allowed]) => {
    const forbidden = Object.keys(bffRooms).filter((other) => other !== room && !allowed.includes(other));
    const mayImportResources = allowed.some((other) => resourceRooms.includes(other)) || resourceRooms.includes(room);
    return {
      files: [`${bffDir}/${room}/**/*.ts`],
      ignores: ['**/*.test.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              appImports,
              testSupport,
              {
                group: [...forbidden.flatMap(roomPatterns), ...(mayImportResources ? [] : roomPatterns('resources'))],
                message: `${room} may import ${allowed.length === 0 ? 'no other room' : allowed.join(', ')} (eslint.config.js lists who may import whom).`,
              },
            ],
          },
        ],
      },
    };
  }),
  {
    files: [`${bffDir}/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [appImports, testSupport] }] },
  },
];

/** bench and e2e use the packages as their users do, through each package's exports. */
const packagesByPath = {
  group: ['**/packages', '**/packages/**'],
  message:
    'Import the package (@berth/contracts, @berth/local-cluster/testing/any-runner, ...); add an export to its package.json if it lacks one.',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/build/**',
      '**/dist/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    plugins: { ...jsxA11y.flatConfigs.strict.plugins, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never raw HTML.' },
      ],
    },
  },
  {
    files: ['packages/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@berth/*', '../../*'], message: '@berth/contracts imports nothing of ours.' }] },
      ],
    },
  },
  {
    files: ['packages/registry/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            appImports,
            {
              group: ['@berth/local-cluster', '@berth/local-cluster/*'],
              message: '@berth/registry may import only @berth/contracts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The image package builds and runs the apps' output (build/), never their source.
    files: ['packages/local-cluster/**/*.ts', 'packages/image/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [appImports] }] },
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [appImports, packagesByPath] }] },
  },
  ...featureBoundaries,
  sharedBoundary,
  ...bffBoundaries,
);
