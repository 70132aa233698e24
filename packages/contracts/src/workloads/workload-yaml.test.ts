import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromWorkloadYaml } from './from-workload-yaml';
import { validWorkloadForm } from './testing/workload-arbitraries';
import { workloadForm, type WorkloadForm } from './workload-form';
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
