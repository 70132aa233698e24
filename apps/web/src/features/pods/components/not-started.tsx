import type { PodContainer } from '@berth/contracts';

/** Why there is no log yet: the container is waiting, and its reason and message say for what (e.g. the pull error). */
export function NotStarted({ container, refusal }: { container: PodContainer; refusal: string }) {
  return (
    <div role="alert" className="state state-error">
      <p>
        Container {container.name} has not started{container.reason ? ` (${container.reason})` : ''}, so it has no log
        yet.
      </p>
      {container.message ? <p>{container.message}</p> : null}
      <p className="muted">The cluster said: {refusal}</p>
    </div>
  );
}
