import { toWorkloadManifest, workloadForm } from '@berth/contracts';
import type { z } from 'zod';
import { YamlPreview } from '../../../shared/ui/yaml-preview';

/** Exactly the Deployment that Create Workload will send, once the form is valid. */
export function WorkloadPreview({ values }: { values: z.input<typeof workloadForm> }) {
  const parsed = workloadForm.safeParse(values);
  return (
    <details className="preview card">
      <summary>YAML</summary>
      {parsed.success ? (
        <YamlPreview value={toWorkloadManifest(parsed.data)} label="Deployment YAML" />
      ) : (
        <p>The YAML appears once every required field is valid.</p>
      )}
    </details>
  );
}
