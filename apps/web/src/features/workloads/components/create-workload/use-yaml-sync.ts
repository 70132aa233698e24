import { fromWorkloadYaml, toWorkloadYaml, workloadForm, type WorkloadForm, type WorkloadKind } from '@berth/contracts';
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { keepYamlOnlyFields, yamlOnlyFields, type KeptField } from '../../lib/yaml-overlay';
import { yamlLineOf } from '../../lib/yaml-line';
import type { WorkloadFormInput } from './form-model';
import type { YamlProblem } from './yaml-editor';

/** The YAML of a valid form; undefined while the form has errors (the YAML then keeps its last text). */
function yamlOfForm(values: WorkloadFormInput): string | undefined {
  const parsed = workloadForm.safeParse(values);
  return parsed.success ? toWorkloadYaml(parsed.data satisfies WorkloadForm) : undefined;
}

export interface YamlSync {
  text: string;
  /** Problems of the text as the form reads it, each with its line. */
  problems: YamlProblem[];
  /** Fields the YAML holds that the form cannot show: kept in the YAML, never dropped. */
  kept: KeptField[];
  /** The form has errors, so the YAML shows the last valid form (or what was typed). */
  stale: boolean;
  /** The user typed in the YAML view: the form follows where it can. */
  edit: (text: string) => void;
}

/**
 * Form → YAML with the form model's `toWorkloadYaml` on every form change; YAML → form with `fromWorkloadYaml` on every
 * edit of the text. Each direction is skipped while the other one is writing, so neither echoes the other.
 */
export function useYamlSync(
  form: UseFormReturn<WorkloadFormInput, unknown, WorkloadForm>,
  onKind: (kind: WorkloadKind) => void,
): YamlSync {
  const [text, setText] = useState(() => yamlOfForm(form.getValues()) ?? '');
  const [problems, setProblems] = useState<YamlProblem[]>([]);
  const [kept, setKept] = useState<KeptField[]>([]);
  const [stale, setStale] = useState(false);
  const writingForm = useRef(false);
  // The watch callback reads what to keep without re-subscribing on every YAML edit.
  const keptRef = useRef<KeptField[]>([]);

  useEffect(() => {
    const subscription = form.watch((values) => {
      if (writingForm.current) return;
      const generated = yamlOfForm(values as WorkloadFormInput);
      setStale(generated === undefined);
      if (generated !== undefined) setText((previous) => keepYamlOnlyFields(previous, generated, keptRef.current));
    });
    return () => subscription.unsubscribe();
  }, [form]);

  const edit = (next: string) => {
    setText(next);
    const read = fromWorkloadYaml(next, { namespace: form.getValues('namespace') });
    setProblems(
      read.problems.map((p) => ({
        line: yamlLineOf(next, p.document ?? 0, p.path),
        message: p.path === '' ? p.message : `${p.path}: ${p.message}`,
      })),
    );
    if (read.form === undefined) return;
    // What the form's own YAML would leave out is kept in the text through the form's next edits.
    const reported = read.problems.map((p) => ({ document: p.document, path: p.path }));
    const generated = yamlOfForm(read.form);
    keptRef.current =
      generated === undefined ? reported.filter((p) => p.path !== '') : yamlOnlyFields(next, generated, reported);
    setKept(keptRef.current);
    writingForm.current = true;
    try {
      form.reset(read.form, { keepDefaultValues: true });
    } finally {
      writingForm.current = false;
    }
    setStale(false);
    if (read.form.kind !== undefined) onKind(read.form.kind);
    void form.trigger();
  };

  return { text, problems, kept, stale, edit };
}
