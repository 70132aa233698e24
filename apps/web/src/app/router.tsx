import { Navigate, type RouteObject } from 'react-router';
import { Landing } from './landing';
import { LoadingState } from '../shared/ui/query-state';
import { AppShell } from './shell/app-shell';

/** Every view is a URL (namespace, section, object; filters in the query), and each page is its own chunk. */
export const routes: RouteObject[] = [
  { path: '/', element: <Landing /> },
  {
    path: '/namespaces/:ns',
    element: <AppShell />,
    // Shown while the first page's chunk loads, so a cold start is never a blank screen.
    hydrateFallbackElement: <LoadingState label="Loading Berth…" />,
    children: [
      { index: true, element: <Navigate to="workloads" replace /> },
      { path: 'workloads', lazy: () => import('./routes/workloads') },
      { path: 'workloads/create', lazy: () => import('./routes/create-workload') },
      { path: 'workloads/:name', lazy: () => import('./routes/workload-detail') },
      // Each kind's detail by its plural; a Deployment's also keeps `workloads/:name`.
      { path: 'workloads/deployments/:name', lazy: () => import('./routes/workload-detail') },
      { path: 'workloads/statefulsets/:name', lazy: () => import('./routes/statefulset-detail') },
      { path: 'workloads/daemonsets/:name', lazy: () => import('./routes/daemonset-detail') },
      { path: 'workloads/jobs/:name', lazy: () => import('./routes/job-detail') },
      { path: 'workloads/cronjobs/:name', lazy: () => import('./routes/cronjob-detail') },
      { path: 'secrets', lazy: () => import('./routes/secrets') },
      { path: 'secrets/:name', lazy: () => import('./routes/secret-detail') },
    ],
  },
  {
    path: '*',
    lazy: () => import('./routes/not-found'),
    hydrateFallbackElement: <LoadingState label="Loading Berth…" />,
  },
];
