import { useCheckImage } from '../../api/check-image';

const outcomeWords = {
  ok: 'The image can be pulled',
  unauthorized: 'The registry refused the credentials',
  forbidden: 'The registry refused access to this repository',
  'not-found': 'No such tag or repository',
  'too-many-requests': 'The registry is rate limiting pulls',
  unreachable: 'The registry cannot be reached',
  blocked: 'Berth does not contact this address (its registry address policy)',
  unexpected: 'The registry answered unexpectedly',
} as const;

/** A missing tag names the ones the repository does hold; a repository with none says so. */
function existingTagsText(tags: string[] | undefined, reference: string): string {
  if (tags === undefined) return '';
  if (tags.length === 0) return `. The repository has no tags, so ${reference} does not exist.`;
  return `. Tag ${reference} does not exist; the repository has: ${tags.join(', ')}.`;
}

/** Check image: the BFF picks the credential like the kubelet and asks the registry for the manifest. */
export function CheckImage({
  namespace,
  image,
  imagePullSecrets,
}: {
  namespace: string;
  image: string | undefined;
  imagePullSecrets: string[];
}) {
  const check = useCheckImage(namespace);
  const result = check.data;
  return (
    <div className="credential-test">
      <button
        type="button"
        className="button"
        disabled={image === undefined || check.isPending}
        onClick={() => image && check.mutate({ image, imagePullSecrets })}
      >
        {check.isPending ? 'Checking…' : 'Check image'}
      </button>
      <span role="status" className={result?.outcome === 'ok' ? 'check-ok' : 'check-bad'}>
        {result
          ? `${result.existingTags ? 'No such tag' : outcomeWords[result.outcome]}${result.credential ? ` with ${result.credential.secret} (${result.credential.username})` : ' anonymously'}${result.message ? `: ${result.message}` : ''}${existingTagsText(result.existingTags, result.reference)}`
          : null}
        {check.error ? `Could not check: ${check.error.message}` : null}
      </span>
    </div>
  );
}
