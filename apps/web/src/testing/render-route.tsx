import { render } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/router';
import { createQueryClient } from '../shared/api/query-client';

/** Render the whole console at a URL, as a user opening a link would see it (routed as main.tsx routes it). */
export function renderRoute(path: string) {
  const client = createQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProviders client={client}>
      <RouterProvider router={router} flushSync={flushSync} />
    </AppProviders>,
  );
  return { ...view, router, client };
}
