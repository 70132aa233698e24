import type { EventSummary, PodContainer } from '@berth/contracts';

/** The latest "Failed to pull image" event of this container's image: the registry's own words, also during back-off. */
export function lastPullError(events: readonly EventSummary[], container: PodContainer): string | undefined {
  const image = `"${container.image}"`;
  return events.find(
    (e) => e.reason === 'Failed' && e.message.startsWith('Failed to pull image') && e.message.includes(image),
  )?.message;
}

/** Why there is no log yet: the container is waiting, and its reason and message say for what (e.g. the pull error). */
export function NotStarted({
  container,
  refusal,
  pullError,
}: {
  container: PodContainer;
  refusal: string;
  pullError: string | undefined;
}) {
  return (
    <div role="alert" className="state state-error">
      <p>
        Container {container.name} has not started{container.reason ? ` (${container.reason})` : ''}, so it has no log
        yet.
      </p>
      {container.message ? <p>{container.message}</p> : null}
      {pullError && pullError !== container.message ? <p>Last pull error: {pullError}</p> : null}
      <p className="muted">The cluster said: {refusal}</p>
    </div>
  );
}
