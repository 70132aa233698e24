import { Navigate, type RouteObject } from 'react-router';
import { Landing } from './landing';
import { LoadingState } from '../shared/ui/query-state';
import { AppShell } from './shell/app-shell';

/** A namespace's pages (section, object; filters in the query), each its own chunk; the same under every cluster. */
const namespacePages = (): RouteObject[] => [
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
  { path: 'pods/:pod', lazy: () => import('./routes/pod-detail') },
];

// Shown while the first page's chunk loads, so a cold start is never a blank screen.
const loadingBerth = <LoadingState label="Loading Berth…" />;

/**
 * Every view is a URL, and the URL names the cluster: `/clusters/{cluster}/namespaces/{ns}/…`. Today's short URLs
 * (`/namespaces/{ns}/…`) stay the default cluster's, so old links and bookmarks still land where they did.
 */
export const routes: RouteObject[] = [
  { path: '/', element: <Landing /> },
  { path: '/namespaces/:ns', element: <AppShell />, hydrateFallbackElement: loadingBerth, children: namespacePages() },
  { path: '/clusters', lazy: () => import('./routes/clusters'), hydrateFallbackElement: loadingBerth },
  // Entering a cluster: on to its landing namespace.
  { path: '/clusters/:cluster', lazy: () => import('./routes/enter-cluster'), hydrateFallbackElement: loadingBerth },
  {
    path: '/clusters/:cluster/namespaces/:ns',
    element: <AppShell />,
    hydrateFallbackElement: loadingBerth,
    children: namespacePages(),
  },
  { path: '*', lazy: () => import('./routes/not-found'), hydrateFallbackElement: loadingBerth },
];
