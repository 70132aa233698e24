import { Document, isScalar, visit } from 'yaml';
import { toWorkloadManifests, type ManifestOptions } from './workload-manifests';
import type { WorkloadForm } from './workload-form';

// Go's yaml.v2 (kubectl, sigs.k8s.io/yaml) reads more plain scalars as numbers than YAML 1.1 says: it drops '_'
// before parsing, so `-_3` and `1_0` are integers there. Text starting like a number is therefore always quoted.
const numberLike = /^[-+.0-9]/;
// YAML 1.1 breaks lines at NEL, LS and PS too: left plain, kubectl ends the text there (an empty annotation is null).
const yaml11LineBreak = /[\u0085\u2028\u2029]/;

/**
 * The YAML the form's YAML view shows and the create request sends: one document per object, keys in the order
 * kubectl shows them (apiVersion, kind, metadata, spec), no line folding, so the same form always gives the same text.
 * Written as YAML 1.1, which kubectl reads: strings such as `n`, `yes` or `on` are quoted, or kubectl reads booleans.
 */
export function toWorkloadYaml(form: WorkloadForm, options: ManifestOptions = {}): string {
  return toWorkloadManifests(form, options)
    .map((manifest) => {
      const doc = new Document(manifest, { version: '1.1' });
      visit(doc, {
        Scalar(_, node) {
          if (
            isScalar(node) &&
            typeof node.value === 'string' &&
            (numberLike.test(node.value) || yaml11LineBreak.test(node.value))
          )
            node.type = 'QUOTE_DOUBLE';
        },
      });
      // Inside double quotes kubectl keeps LS and PS but folds a raw NEL into a space; the yaml library writes it raw.
      return doc.toString({ lineWidth: 0 }).replaceAll('\u0085', '\\N');
    })
    .join('---\n');
}
