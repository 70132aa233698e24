import { stringify } from 'yaml';
import { toWorkloadManifests, type ManifestOptions } from './workload-manifests';
import type { WorkloadForm } from './workload-form';

/**
 * The YAML the form's YAML view shows and the create request sends: one document per object, keys in the order
 * kubectl shows them (apiVersion, kind, metadata, spec), no line folding, so the same form always gives the same text.
 */
export function toWorkloadYaml(form: WorkloadForm, options: ManifestOptions = {}): string {
  return toWorkloadManifests(form, options)
    .map((manifest) => stringify(manifest, { lineWidth: 0 }))
    .join('---\n');
}
