import { lazy, Suspense } from 'react';

const YamlView = lazy(() => import('./yaml-view'));

/** A lazily loaded YAML view of exactly what will be sent. */
export function YamlPreview({ value, label = 'YAML' }: { value: unknown; label?: string }) {
  return (
    <Suspense fallback={<div role="status">Loading YAML…</div>}>
      <YamlView value={value} label={label} />
    </Suspense>
  );
}
