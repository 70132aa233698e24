import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { WorkloadDetailPage } from '../../features/workloads/components/workload-detail-page';

// Its own chunk, fetched as the page renders: the Services list is not needed for the page's first paint.
const AccessSection = lazy(() =>
  import('../../features/services/components/access-section').then((m) => ({ default: m.AccessSection })),
);

/** The app composes the two features: the workload's page shows the services feature's Access section. */
export function Component() {
  const { ns = 'default', name = '' } = useParams();
  return (
    <WorkloadDetailPage
      namespace={ns}
      name={name}
      renderAccess={(props) => (
        <Suspense fallback={null}>
          <AccessSection {...props} />
        </Suspense>
      )}
    />
  );
}
