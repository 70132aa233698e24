import { signInRequest } from '@berth/contracts';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/api/api-error';
import { describedBy, FormField } from '../../../shared/ui/form-field';
import { useJoinCluster } from '../api/join-cluster';

/** A token for one more cluster, in place in its row; like the sign-in page, it is sent once and never kept here. */
export function ClusterSignIn({ cluster }: { cluster: string }) {
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const join = useJoinCluster(cluster);
  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)} aria-label={`Sign in to ${cluster}`}>
        Sign in
      </button>
    );
  const id = `cluster-token-${cluster}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = signInRequest.safeParse({ token, cluster });
    setFieldError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (parsed.success) join.mutate(parsed.data.token, { onSuccess: () => setToken('') });
  };
  const error =
    fieldError ?? (join.error instanceof ApiError ? join.error.message : join.error ? 'Sign-in failed' : undefined);
  return (
    <form className="cluster-sign-in" onSubmit={submit} noValidate>
      <FormField id={id} label={`Token for ${cluster}`} error={error} required>
        <input
          id={id}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { error })}
          onChange={(e) => setToken(e.target.value)}
        />
      </FormField>
      <button type="submit" className="button button-primary" disabled={join.isPending}>
        {join.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
