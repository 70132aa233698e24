import type { EventSummary, PodSummary, WorkloadPlural } from '@berth/contracts';
import { useState } from 'react';
import { useSecrets } from '../../../../shared/api/list-secrets';
import { explainPending } from '../../lib/explain-pending';
import { explainPullFailure } from '../../lib/explain-pull-failure';
import { EditCredentialsForm } from '../edit-credentials-form';
import { EditImageForm } from '../edit-image-form';
import { PendingExplainer } from '../pending-explainer';
import { PullExplainer } from '../pull-explainer';
import { RetryPulls } from '../retry-pulls';

export type Editing = { kind: 'image'; container: string; image: string } | { kind: 'credentials' } | undefined;

interface PullHelpProps {
  namespace: string;
  plural: WorkloadPlural;
  name: string;
  pods: readonly PodSummary[];
  events: readonly EventSummary[];
  imagePullSecrets: string[];
  editing: Editing;
  onEdit: (editing: Editing) => void;
  /** A Job's pod template cannot change: its explainer offers no image or credential edit. */
  editable: boolean;
}

/**
 * Why a pod is Pending or a pull fails and how to fix it (one explanation per failing container and cause), the edit
 * it offers, and "Retry now" for the pods in back-off. The namespace's secrets say which credentials exist and what
 * registries they cover, so a refusal is not blamed on a password the kubelet never sent.
 */
export function PullHelp({
  namespace,
  plural,
  name,
  pods,
  events,
  imagePullSecrets,
  editing,
  onEdit,
  editable,
}: PullHelpProps) {
  const secretList = useSecrets(namespace);
  const secrets = secretList.isSuccess ? secretList.data.items : undefined;
  const failures = new Map(
    pods.flatMap((pod) =>
      [...(pod.initContainers ?? []), ...pod.containers].flatMap((container) => {
        const failure = explainPullFailure({
          container,
          events: events.filter((e) => e.object.name === pod.name),
          imagePullSecrets,
          secrets,
        });
        if (failure === undefined) return [];
        const fix = editable
          ? failure.fix
          : failure.fix.filter((f) => f.action !== 'edit-image' && f.action !== 'pick-credential');
        return [[`${container.name}/${failure.kind}`, { failure: { ...failure, fix }, container }] as const];
      }),
    ),
  );
  const pending = explainPending(pods);
  const done = () => onEdit(undefined);
  return (
    <>
      {pending ? <PendingExplainer explanation={pending} /> : null}
      {[...failures.values()].map(({ failure, container }) => (
        <PullExplainer
          key={`${container.name}/${failure.kind}`}
          failure={failure}
          namespace={namespace}
          container={container.name}
          onEditImage={() => onEdit({ kind: 'image', container: container.name, image: container.image })}
          onPickCredential={() => onEdit({ kind: 'credentials' })}
        />
      ))}
      <RetryPulls namespace={namespace} plural={plural} name={name} pods={pods} />
      {editing?.kind === 'image' ? (
        <EditImageForm
          namespace={namespace}
          plural={plural}
          name={name}
          container={editing.container}
          image={editing.image}
          onDone={done}
        />
      ) : null}
      {editing?.kind === 'credentials' ? (
        <EditCredentialsForm
          namespace={namespace}
          plural={plural}
          name={name}
          imagePullSecrets={imagePullSecrets}
          onDone={done}
        />
      ) : null}
    </>
  );
}

/** `useState` for which edit is open, for pages that show `PullHelp`. */
export const useEditing = () => useState<Editing>();
