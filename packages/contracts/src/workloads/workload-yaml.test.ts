import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fromWorkloadYaml } from './from-workload-yaml';
import { validWorkloadForm } from './testing/workload-arbitraries';
import { workloadForm, type WorkloadForm } from './workload-form';
import { toWorkloadManifests } from './workload-manifests';
import { toWorkloadYaml } from './workload-yaml';

// Labels and annotations are maps: JavaScript objects put integer-like keys ('0') first, so only their order may change.
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const mapsSorted = (form: WorkloadForm): WorkloadForm => ({
  ...form,
  labels: [...form.labels].sort(byKey),
  annotations: [...form.annotations].sort(byKey),
});

describe('toWorkloadYaml and fromWorkloadYaml', () => {
  it('form -> YAML -> form is the identity for valid forms of every kind (map entries up to order), with no problems', () => {
    fc.assert(
      fc.property(validWorkloadForm(), (form) => {
        const { form: back, problems } = fromWorkloadYaml(toWorkloadYaml(form));
        expect(problems).toEqual([]);
        expect(mapsSorted(workloadForm.parse(back))).toEqual(mapsSorted(form));
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('double-quotes text with NEL, LS or PS, and escapes NEL: YAML 1.1 (kubectl) breaks lines at all three', () => {
    const breaks = ['\u0085', '\u2028', '\u2029'];
    fc.assert(
      fc.property(validWorkloadForm(), fc.constantFrom(...breaks), fc.string(), (form, lineBreak, text) => {
        const value = `${text}${lineBreak}${text}`;
        const annotated = { ...form, annotations: [{ key: 'note', value }] };
        const yaml = toWorkloadYaml(annotated);
        expect(yaml).toContain('  annotations:\n    note: "');
        expect(yaml).not.toContain('\u0085');
        expect(fromWorkloadYaml(yaml).form?.annotations).toEqual([{ key: 'note', value }]);
      }),
      { numRuns: 50 },
    );
  }, 30_000);

  it('writes the same text for the same form, keys in kubectl order', () => {
    fc.assert(
      fc.property(validWorkloadForm(), (form) => {
        const text = toWorkloadYaml(form);
        expect(toWorkloadYaml(JSON.parse(JSON.stringify(form)) as WorkloadForm)).toBe(text);
        expect(text.startsWith('apiVersion: ')).toBe(true);
        expect(text.split('\n')[1]).toMatch(/^kind: /);
      }),
      { numRuns: 50 },
    );
  }, 30_000);
});

type Json = { [key: string]: unknown };
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
// Maps whose keys are data (labels, selectors), where a new key is a new entry, not an unknown field.
const dataMaps = new Set(['labels', 'annotations', 'matchLabels', 'selector']);

/** Every mapping of a manifest with its path as the API server writes it (`spec.template.spec.containers[0]`). */
function mappings(value: unknown, path = ''): { path: string; object: Json }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => mappings(item, `${path}[${i}]`));
  if (!isObject(value)) return [];
  const key = path.split('.').at(-1) ?? '';
  const here = dataMaps.has(key) && !(key === 'selector' && 'matchLabels' in value) ? [] : [{ path, object: value }];
  return [...here, ...Object.entries(value).flatMap(([k, v]) => mappings(v, path === '' ? k : `${path}.${k}`))];
}

describe('fromWorkloadYaml, on what the form cannot hold', () => {
  it('reports a field added anywhere in a valid manifest, with its document and path, and never drops it silently', () => {
    fc.assert(
      fc.property(validWorkloadForm(), fc.nat(), (form, pick) => {
        const manifests = JSON.parse(JSON.stringify(toWorkloadManifests(form))) as unknown[];
        const places = manifests.flatMap((m, document) => mappings(m).map((place) => ({ ...place, document })));
        const place = places[pick % places.length];
        if (!place) return;
        place.object.unknownField = 'x';
        const text = manifests.map((m) => stringify(m, { version: '1.1' })).join('---\n');
        const path = place.path === '' ? 'unknownField' : `${place.path}.unknownField`;
        expect(fromWorkloadYaml(text).problems).toContainEqual({
          document: place.document,
          path,
          message: 'the form has no field for this; it is kept only while you edit the YAML',
        });
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
