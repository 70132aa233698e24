import { workloadForm, workloadResources, type WorkloadForm, type WorkloadKind } from '@berth/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { CredentialSuggestionNote } from './credential-suggestion';
import { useCredentialPick } from './use-credential-pick';
import { flushSync } from 'react-dom';
import { Controller, FormProvider, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { useCluster } from '../../../shared/api/cluster';
import { useClusterReachable } from '../../../shared/api/use-cluster-reachable';
import { useAnnounce } from '../../../shared/ui/announcer';
import { useCreateWorkload } from '../api/create-workload';
import { AccessSettings } from './create-workload/access-settings';
import { BasicInfo } from './create-workload/basic-info';
import { PodContainers, type ContainerSlot } from './create-workload/pod-containers';
import { workloadPath } from '../lib/workload-tab';
import { kindOfPlural, newWorkloadForm, switchKind, type WorkloadFormInput } from './create-workload/form-model';
import { KeyValueRows } from './create-workload/key-value-rows';
import { KindSettings } from './create-workload/kind-settings';
import { placeServerErrors, workloadOfYaml } from './create-workload/server-errors';
import { useYamlSync } from './create-workload/use-yaml-sync';
import { YamlEditor, type YamlEditorHandle, type YamlProblem } from './create-workload/yaml-editor';
import { CredentialPicker } from './credential-picker';
import { ServiceAccountCredentialsNote } from './service-account-credentials-note';
import './create-workload/create-workload.css';
import { useCurrentCluster } from '../../../shared/api/current-cluster';

export interface CreateSecretSlotProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  namespace: string;
  onCreated: (name: string) => void;
  /** The registry address the dialog starts with (Create Secret for a registry no credential covers). */
  initial?: { server?: string };
}

type View = 'form' | 'yaml';

/** The detail page of a new workload; Deployments keep their older address. */
const detailPath = (cluster: string, kind: WorkloadKind, namespace: string, name: string) =>
  workloadPath(cluster, namespace, workloadResources[kind].plural, name);

/**
 * CCE's Create Workload page for all five kinds, with a YAML view kept in sync both ways; a server-side dry run comes
 * before the real create. The Create Secret dialog is passed in by the app, since features do not import each other.
 */
export function CreateWorkloadPage({
  namespace,
  renderCreateSecret,
}: {
  namespace: string;
  renderCreateSecret?: (props: CreateSecretSlotProps) => ReactNode;
}) {
  const cluster = useCurrentCluster();
  const [params, setParams] = useSearchParams();
  const kind = kindOfPlural(params.get('kind'));
  // `?credential=<name>`: a secret created elsewhere for this form comes back selected.
  const credential = params.get('credential');
  const form = useForm<WorkloadFormInput, unknown, WorkloadForm>({
    resolver: zodResolver(workloadForm),
    mode: 'onChange',
    defaultValues: { ...newWorkloadForm(kind, namespace), ...(credential ? { imagePullSecrets: [credential] } : {}) },
  });
  const { control, setValue, setError, getValues, handleSubmit } = form;
  const navigate = useNavigate();
  const announce = useAnnounce();
  const create = useCreateWorkload();
  const reachable = useClusterReachable();
  const [view, setView] = useState<View>(params.get('view') === 'yaml' ? 'yaml' : 'form');
  const [container, setContainer] = useState<ContainerSlot>({ list: 'containers', index: 0 });
  // Create Secret's dialog: closed, or open with the registry address it starts with.
  const [creatingSecret, setCreatingSecret] = useState<{ server?: string }>();
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [serverLines, setServerLines] = useState<YamlProblem[]>([]);
  const editor = useRef<YamlEditorHandle>(null);

  const chooseKind = (next: WorkloadKind) =>
    setParams(
      (p) => {
        const q = new URLSearchParams(p);
        if (next === 'Deployment') q.delete('kind');
        else q.set('kind', workloadResources[next].plural);
        return q;
      },
      // At once, not in a transition: the kind radio (controlled by the URL) would show none checked meanwhile.
      { replace: true, flushSync: true },
    );
  const cronJobApiVersion = useCluster().data?.cronJobApiVersion;
  const yaml = useYamlSync(form, chooseKind, cronJobApiVersion);
  // The URL names the kind (a link, the picker, the YAML): the form follows it, keeping what every kind shares.
  useEffect(() => {
    if (getValues('kind') !== kind) form.reset(switchKind(getValues(), kind), { keepDefaultValues: true });
  }, [kind, form, getValues]);

  const showErrors = (error: unknown, text: string, target: WorkloadKind, toFields: boolean) => {
    const placed = placeServerErrors(error, { text, kind: target, values: getValues(), toFields });
    // Lines are shown in the YAML view; from the form, say that some are there too.
    const alsoInYaml =
      placed.fields.length > 0 && placed.lines.length > 0
        ? `The YAML has ${placed.lines.length} more problem${placed.lines.length === 1 ? '' : 's'}: see the YAML tab.`
        : undefined;
    setFormError(placed.message ?? alsoInYaml);
    setServerLines(placed.lines);
    const first = placed.fields[0];
    if (first) {
      const slot = /^(containers|initContainers)\.(\d+)\./.exec(first.path);
      flushSync(() => {
        setView('form');
        if (slot?.[1] === 'containers' || slot?.[1] === 'initContainers') {
          setContainer({ list: slot[1], index: Number(slot[2]) });
        }
      });
    } else if (placed.lines[0]) {
      flushSync(() => setView('yaml'));
      editor.current?.focusLine(placed.lines[0].line ?? 1);
    }
    placed.fields.forEach((f, i) =>
      setError(
        f.path as FieldPath<WorkloadFormInput>,
        { type: 'server', message: f.message },
        { shouldFocus: i === 0 },
      ),
    );
  };

  const send = async (text: string, target: { kind: WorkloadKind; namespace: string }, toFields: boolean) => {
    setFormError(undefined);
    setServerLines([]);
    setSubmitting(true);
    const request = { namespace: target.namespace, plural: workloadResources[target.kind].plural, manifest: text };
    try {
      // Nothing is created unless the API server accepts every document.
      await create.mutateAsync({ ...request, dryRun: true });
      const created = await create.mutateAsync(request);
      announce(`Workload ${created.name} created`);
      await navigate(detailPath(cluster, target.kind, created.namespace, created.name));
    } catch (error) {
      showErrors(error, text, target.kind, toFields);
    } finally {
      setSubmitting(false);
    }
  };

  const submitForm = (model: WorkloadForm) =>
    send(yaml.refresh(), { kind: model.kind, namespace: model.namespace }, true);
  const submitYaml = () => {
    const target = workloadOfYaml(yaml.text);
    if (target === undefined) {
      setFormError('The YAML holds no Deployment, StatefulSet, DaemonSet, Job or CronJob.');
      return;
    }
    void send(yaml.text, { kind: target.kind, namespace: target.namespace ?? getValues('namespace') }, false);
  };

  const [pullSecrets, chosenNamespace, containers, initContainers] = useWatch({
    control,
    name: ['imagePullSecrets', 'namespace', 'containers', 'initContainers'],
  });
  const selected = pullSecrets ?? [];
  const selectCredentials = useCallback(
    (names: string[]) => setValue('imagePullSecrets', names, { shouldValidate: true }),
    [setValue],
  );
  const credentials = useCredentialPick(
    chosenNamespace,
    [...(initContainers ?? []), ...(containers ?? [])],
    selected,
    selectCredentials,
  );
  return (
    <FormProvider {...form}>
      <form
        onSubmit={(e) => {
          if (view === 'form') return void handleSubmit(submitForm)(e);
          e.preventDefault();
          submitYaml();
        }}
        noValidate
        className="form page-form"
        aria-labelledby="create-workload-title"
      >
        <h1 id="create-workload-title">Create Workload</h1>
        <div className="tabs" role="tablist" aria-label="Edit as">
          {(['form', 'yaml'] as const).map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              id={`view-${v}`}
              aria-selected={view === v}
              aria-controls={`view-${v}-panel`}
              className={view === v ? 'tab tab-active' : 'tab'}
              onClick={() => {
                if (v === 'yaml') yaml.refresh();
                setView(v);
              }}
            >
              {v === 'form' ? 'Form' : 'YAML'}
            </button>
          ))}
        </div>
        <div id="view-form-panel" role="tabpanel" aria-labelledby="view-form" hidden={view !== 'form'}>
          {yaml.kept.length > 0 ? (
            <p role="note" className="warnings">
              Some settings are only in the YAML: {yaml.kept.map((k) => k.path).join(', ')}. They are kept.
            </p>
          ) : null}
          <BasicInfo kind={kind} namespace={namespace} onKindChange={chooseKind} />
          <KindSettings kind={kind} />
          <section className="card" aria-labelledby="container-settings">
            <h2 id="container-settings">Container Settings</h2>
            <PodContainers active={container} onActiveChange={setContainer} />
            <Controller
              control={control}
              name="imagePullSecrets"
              render={({ field }) => (
                <CredentialPicker
                  namespace={chosenNamespace}
                  selected={field.value ?? []}
                  onChange={(names) => {
                    credentials.touch();
                    field.onChange(names);
                  }}
                  {...(renderCreateSecret ? { onCreateSecret: () => setCreatingSecret({}) } : {})}
                />
              )}
            />
            <CredentialSuggestionNote
              namespace={chosenNamespace}
              suggestion={credentials.suggestion}
              selected={selected}
              chosenForYou={credentials.chosenForYou}
              onCreateSecret={renderCreateSecret ? (server) => setCreatingSecret({ server }) : undefined}
            />
            <ServiceAccountCredentialsNote namespace={chosenNamespace} />
            <KeyValueRows list="labels" title="Labels" />
            <KeyValueRows list="annotations" title="Annotations" />
          </section>
          <AccessSettings />
        </div>
        <div id="view-yaml-panel" role="tabpanel" aria-labelledby="view-yaml" hidden={view !== 'yaml'}>
          {yaml.stale ? (
            <p className="field-hint">The YAML follows the form once every required field is valid.</p>
          ) : null}
          <YamlEditor
            ref={editor}
            value={yaml.text}
            onChange={(text) => {
              setServerLines([]);
              yaml.edit(text);
            }}
            problems={[...serverLines, ...yaml.problems]}
          />
        </div>
        {formError ? (
          <div role="alert" className="form-error">
            {formError}
          </div>
        ) : null}
        <div className="form-footer">
          <button type="button" className="button" onClick={() => void navigate(-1)}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={submitting || !reachable}>
            {submitting ? 'Creating…' : 'Create Workload'}
          </button>
        </div>
      </form>
      {renderCreateSecret?.({
        open: creatingSecret !== undefined,
        onOpenChange: (open) => setCreatingSecret(open ? {} : undefined),
        namespace: chosenNamespace,
        ...(creatingSecret ? { initial: creatingSecret } : {}),
        onCreated: (name) =>
          setValue('imagePullSecrets', [...selected.filter((s) => s !== name), name], { shouldValidate: true }),
      })}
    </FormProvider>
  );
}
