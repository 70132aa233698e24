// What the node knows about one container of a pod: started, or waiting on its image (with the back-off state).
export type WaitingReason =
  'ContainerCreating' | 'ErrImagePull' | 'ImagePullBackOff' | 'ErrImageNeverPull' | 'InvalidImageName';

export type ContainerState =
  | { kind: 'running'; image: string; imageID: string; startedAt: Date }
  | {
      kind: 'waiting';
      image: string;
      reason: WaitingReason;
      message?: string;
      /** Failed pulls in a row, for the back-off. */
      failures: number;
      /** When ErrImagePull turns into ImagePullBackOff (ms since epoch). */
      backOffAt?: number;
      /** When the node tries again; undefined = only when the spec changes. */
      retryAt?: number;
    };

/** The next moment a waiting container needs the pod synced, if any. */
export function nextWakeUp(state: ContainerState): number | undefined {
  if (state.kind !== 'waiting') return undefined;
  if (state.reason === 'ErrImagePull' && state.backOffAt !== undefined) return state.backOffAt;
  return state.retryAt;
}

/** After an agent restart, containers the pod's status shows running stay running: no second pull, no repeated events. */
export function statesFromPodStatus(
  statuses:
    | ReadonlyArray<{ name: string; image: string; imageID: string; state?: { running?: { startedAt?: Date } } }>
    | undefined,
): Map<string, ContainerState> {
  const states = new Map<string, ContainerState>();
  for (const status of statuses ?? []) {
    if (!status.state?.running || !status.imageID) continue;
    const startedAt = status.state.running.startedAt ? new Date(status.state.running.startedAt) : new Date();
    states.set(status.name, { kind: 'running', image: status.image, imageID: status.imageID, startedAt });
  }
  return states;
}
