import type { ImageHints } from '../../lib/image-hints';

/** Live hints under the image: where it is pulled from and with which credential, or a warning when none covers it. */
export function ImageHintList({
  id,
  hints,
  selectedCount,
}: {
  id?: string;
  hints: ImageHints | undefined;
  selectedCount: number;
}) {
  if (hints === undefined) return null;
  return (
    <div {...(id ? { id } : {})} className="hints" aria-live="polite">
      <p>
        {hints.written} is pulled from {hints.normalized}
      </p>
      {hints.credential ? (
        <p>
          The kubelet will use credential {hints.credential.secret} ({hints.credential.key} as{' '}
          {hints.credential.username}).
        </p>
      ) : null}
      {hints.uncovered ? (
        <p role="alert" className="warning">
          None of the selected credentials covers {hints.registry}; the image will be pulled anonymously.
        </p>
      ) : null}
      {selectedCount === 0 ? (
        <p>No credential selected: the pull uses the service account's image pull secrets, or none.</p>
      ) : null}
    </div>
  );
}
