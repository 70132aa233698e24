import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../testing/fake-bff';
import { renderRoute } from '../testing/render-route';

// What the BFF answers for every read in a namespace that does not exist.
const missing = {
  status: 404,
  body: { status: 404, reason: 'NamespaceNotFound', message: 'Namespace nope does not exist' },
};

describe('a namespace that does not exist', () => {
  it.each([
    ['Workloads', '/namespaces/nope/workloads'],
    ['ConfigMaps and Secrets', '/namespaces/nope/secrets'],
    ['a workload', '/namespaces/nope/workloads/web'],
    ['a secret', '/namespaces/nope/secrets/pull'],
    ['Create Workload (its credential picker)', '/namespaces/nope/workloads/create'],
  ])('%s says so, not that something went wrong', async (_page, path) => {
    fakeBff({
      'GET /api/namespaces/nope/deployments': missing,
      'GET /api/namespaces/nope/deployments/web': missing,
      'GET /api/namespaces/nope/secrets': missing,
      'GET /api/namespaces/nope/secrets/pull': missing,
    });
    renderRoute(path);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Namespace nope does not exist\.$/);
  });
});

describe('an object that is not there', () => {
  it('names it plainly', async () => {
    fakeBff({
      'GET /api/namespaces/default/secrets/pull': {
        status: 404,
        body: { status: 404, reason: 'NotFound', message: 'No secret named pull in namespace default' },
      },
    });
    renderRoute('/namespaces/default/secrets/pull');
    expect(await screen.findByRole('alert')).toHaveTextContent(/^No secret named pull in namespace default\.$/);
  });
});
