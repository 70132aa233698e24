import {
  fromWorkloadYaml,
  toWorkloadYaml,
  workloadForm,
  type CronJobApiVersion,
  type ManifestOptions,
  type WorkloadForm,
  type WorkloadKind,
} from '@berth/contracts';
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { keepYamlOnlyFields, yamlOnlyFields, type KeptField } from '../../lib/yaml-overlay';
import { yamlLineOf } from '../../lib/yaml-line';
import type { WorkloadFormInput } from './form-model';
import type { YamlProblem } from './yaml-editor';

/** The YAML of a valid form; undefined while the form has errors (the YAML then keeps its last text). */
function yamlOfForm(values: WorkloadFormInput, options: ManifestOptions): string | undefined {
  const parsed = workloadForm.safeParse(values);
  return parsed.success ? toWorkloadYaml(parsed.data satisfies WorkloadForm, options) : undefined;
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
  /** Bring the YAML up to date with the form (kept fields stay) and return it. */
  refresh: () => string;
}

/**
 * Form → YAML with the form model's `toWorkloadYaml` whenever the YAML is shown or sent after a form change; YAML → form
 * with `fromWorkloadYaml` on every edit of the text, which the form does not echo back.
 */
export function useYamlSync(
  form: UseFormReturn<WorkloadFormInput, unknown, WorkloadForm>,
  onKind: (kind: WorkloadKind) => void,
  cronJobApiVersion: CronJobApiVersion | undefined,
): YamlSync {
  const options: ManifestOptions = cronJobApiVersion ? { cronJobApiVersion } : {};
  const [initial] = useState(() => yamlOfForm(form.getValues(), options));
  const [text, setText] = useState(initial ?? '');
  const [problems, setProblems] = useState<YamlProblem[]>([]);
  const [kept, setKept] = useState<KeptField[]>([]);
  const [stale, setStale] = useState(initial === undefined);
  // Handlers read these synchronously (the text to send is the one just made), so they live in refs beside the state.
  const textRef = useRef(initial ?? '');
  const keptRef = useRef<KeptField[]>([]);
  const writingForm = useRef(false);
  const formChanged = useRef(false);

  // Typing in the form only marks the YAML out of date: it is made when the YAML is shown or sent, not per keystroke.
  useEffect(() => {
    const subscription = form.watch(() => {
      if (!writingForm.current) formChanged.current = true;
    });
    return () => subscription.unsubscribe();
  }, [form]);

  // The cluster's CronJob version may be learnt after the first YAML was made: make it again with it.
  useEffect(() => {
    formChanged.current = true;
  }, [cronJobApiVersion]);

  const refresh = (): string => {
    if (!formChanged.current) return textRef.current;
    formChanged.current = false;
    const generated = yamlOfForm(form.getValues(), options);
    setStale(generated === undefined);
    if (generated === undefined) return textRef.current;
    textRef.current = keepYamlOnlyFields(textRef.current, generated, keptRef.current);
    setText(textRef.current);
    return textRef.current;
  };

  const edit = (next: string) => {
    textRef.current = next;
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
    const generated = yamlOfForm(read.form, options);
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

  return { text, problems, kept, stale, edit, refresh };
}
