// Starting one container, kubelet style: make sure the image is there (policy, record, real pull), then "create" and "start".
import { InvalidImageReferenceError, normalizeImageReference } from '@berth/contracts';
import type { CoreV1Api, V1Container, V1Pod } from '@kubernetes/client-node';
import { pullRetrySchedule, type BackoffPolicy } from './backoff';
import type { ContainerLogs } from './container-logs';
import { runOf } from './container-logs';
import type { ContainerState } from './container-state';
import { pullImage } from './image-pull';
import type { NodeAgentLog } from './log';
import type { RecordPodEvent } from './pod-events';
import { fetchPodPullSecrets } from './pod-pull-secrets';
import { decidePull, effectivePullPolicy } from './pull-decision';
import { readPullSecrets } from './pull-credentials';
import * as say from './pull-messages';
import type { PulledImages } from './pulled-images';
import type { RegistryMirrors } from './registry-mirror';

export interface ContainerStartContext {
  core: CoreV1Api;
  mirrors: RegistryMirrors;
  backoff: BackoffPolicy;
  pulledImages: PulledImages;
  recordEvent: RecordPodEvent;
  log: NodeAgentLog;
  now: () => number;
  /** Where each run's lines go; absent in tests that read only status and events. */
  containerLogs?: ContainerLogs;
}

type Waiting = Extract<ContainerState, { kind: 'waiting' }>;

/**
 * `failures` counts the failed pulls before this attempt; `restartCount` numbers the run (its log file). The result is
 * the container's new state.
 */
export async function startContainer(
  context: ContainerStartContext,
  pod: V1Pod,
  container: V1Container,
  failures: number,
  restartCount = 0,
): Promise<ContainerState> {
  const { recordEvent } = context;
  const image = container.image ?? '';
  const on = { container: container.name };
  const fail = async (reason: Waiting['reason'], message: string, schedule: Partial<Waiting>): Promise<Waiting> => {
    await recordEvent(pod, { type: 'Warning', reason: 'Failed', message: say.errorReasonMessage(reason), ...on });
    return { kind: 'waiting', image, reason, message, failures: failures + 1, ...schedule };
  };

  let normalised: string;
  try {
    normalised = normalizeImageReference(image);
  } catch (error) {
    const why = error instanceof InvalidImageReferenceError ? error.reason : 'invalid reference format';
    const message = say.invalidImageMessage(image, why);
    await recordEvent(pod, { type: 'Warning', reason: 'InspectFailed', message, ...on });
    // Nothing to retry until the spec changes.
    return fail('InvalidImageName', message, {});
  }

  const present = context.pulledImages.get(normalised);
  const decision = decidePull(effectivePullPolicy(container.imagePullPolicy, image), present !== undefined);
  let imageID: string;
  let pulled: string;
  if (decision === 'use-present' && present) {
    await recordEvent(pod, { type: 'Normal', reason: 'Pulled', message: say.alreadyPresentMessage(image), ...on });
    imageID = present.imageID;
    pulled = `Image "${image}" already present on machine: ${imageID}`;
  } else if (decision === 'never-pull') {
    const message = say.neverPullMessage(image);
    await recordEvent(pod, { type: 'Warning', reason: 'ErrImageNeverPull', message, ...on });
    const { retryAt } = pullRetrySchedule(context.now(), failures + 1, context.backoff);
    return fail('ErrImageNeverPull', message, { retryAt });
  } else {
    const { secrets, missing } = await fetchPodPullSecrets(context.core, pod);
    if (missing.length > 0) {
      await recordEvent(pod, {
        type: 'Warning',
        reason: 'FailedToRetrieveImagePullSecret',
        message: say.missingSecretsMessage(missing),
      });
    }
    const readout = readPullSecrets(secrets);
    for (const warning of readout.warnings) context.log('pull-secret-warning', { pod: pod.metadata?.name, warning });
    await recordEvent(pod, { type: 'Normal', reason: 'Pulling', message: say.pullingMessage(image), ...on });
    const result = await pullImage(image, readout, {
      mirrors: context.mirrors,
      onAttempt: (attempt) => context.log('pull-attempt', { pod: pod.metadata?.name, image, ...attempt }),
    });
    if (result.kind === 'failed') {
      await recordEvent(pod, { type: 'Warning', reason: 'Failed', message: result.message, ...on });
      return fail('ErrImagePull', result.message, pullRetrySchedule(context.now(), failures + 1, context.backoff));
    }
    await recordEvent(pod, {
      type: 'Normal',
      reason: 'Pulled',
      message: say.pulledMessage(image, result.durationMs),
      ...on,
    });
    context.pulledImages.record(normalised, result.imageID);
    imageID = result.imageID;
    pulled = `Pulled image "${image}" in ${Math.round(result.durationMs)} ms: ${imageID}`;
  }

  await recordEvent(pod, { type: 'Normal', reason: 'Created', message: say.createdMessage(container.name), ...on });
  await recordEvent(pod, { type: 'Normal', reason: 'Started', message: say.startedMessage(container.name), ...on });
  const startedAt = context.now();
  const run = runOf(pod, container.name, restartCount);
  context.containerLogs?.write(run, pulled, startedAt);
  context.containerLogs?.write(run, `Started container ${container.name}`, startedAt);
  context.containerLogs?.keepRunning(run, startedAt);
  return { kind: 'running', image, imageID, startedAt: new Date(startedAt) };
}
