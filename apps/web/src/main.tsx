// First: before any module builds a zod schema.
import './zod-jitless';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/providers';
import { routes } from './app/router';
import { routerBasename } from './shared/api/base-path';
import { createQueryClient } from './shared/api/query-client';
import './app/styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <AppProviders client={createQueryClient()}>
      <RouterProvider router={createBrowserRouter(routes, { basename: routerBasename })} flushSync={flushSync} />
    </AppProviders>
  </StrictMode>,
);
