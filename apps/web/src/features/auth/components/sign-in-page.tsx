import { useState, type FormEvent } from 'react';
import { signInRequest } from '@berth/contracts';
import { ApiError } from '../../../shared/api/api-error';
import { describedBy, FormField } from '../../../shared/ui/form-field';
import { useSignIn } from '../api/sign-in';

/** Token mode: a Kubernetes bearer token, checked by the API server; the page never stores it. */
export function SignInPage() {
  const [token, setToken] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const signIn = useSignIn();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = signInRequest.safeParse({ token });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message);
      return;
    }
    setFieldError(undefined);
    signIn.mutate(parsed.data, { onSuccess: () => setToken('') });
  };
  const error =
    fieldError ??
    (signIn.error instanceof ApiError ? signIn.error.message : signIn.error ? 'Sign-in failed' : undefined);
  return (
    <main className="sign-in">
      <form className="sign-in-form" aria-labelledby="sign-in-title" onSubmit={submit} noValidate>
        <h1 id="sign-in-title">Sign in to Berth</h1>
        <p>Paste a Kubernetes bearer token. Berth acts as that user, with exactly that user&apos;s permissions.</p>
        <FormField id="sign-in-token" label="Token" error={error} required>
          <input
            id="sign-in-token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy('sign-in-token', { error })}
            onChange={(e) => setToken(e.target.value)}
          />
        </FormField>
        <button type="submit" className="button button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
