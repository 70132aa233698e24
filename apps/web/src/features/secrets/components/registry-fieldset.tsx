import type { SecretForm } from '@berth/contracts';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { describedBy, FormField } from '../../../shared/ui/form-field';
import { CredentialTest } from './credential-test';

interface RegistryFieldsetProps {
  form: UseFormReturn<SecretForm>;
  index: number;
  /** Shown when there is more than one registry. */
  onRemove?: () => void;
  /** When editing, an empty password keeps the stored one. */
  passwordOptional?: boolean;
}

/** One registry login of the secret's Data: address, username, password (masked), email. */
export function RegistryFieldset({ form, index, onRemove, passwordOptional }: RegistryFieldsetProps) {
  const [showPassword, setShowPassword] = useState(false);
  const { register, formState, watch } = form;
  const errors = formState.errors.registries?.[index];
  const id = (field: string) => `registry-${index}-${field}`;
  const [server, username, password] = watch([
    `registries.${index}.server`,
    `registries.${index}.username`,
    `registries.${index}.password`,
  ]);
  return (
    <fieldset className="registry">
      <legend>Registry {index + 1}</legend>
      <FormField
        id={id('server')}
        label="Image Repository Address"
        required
        error={errors?.server?.message}
        hint="For example www.example.com or 127.0.0.1:5000"
      >
        <input
          id={id('server')}
          autoComplete="off"
          aria-invalid={errors?.server ? true : undefined}
          aria-describedby={describedBy(id('server'), { error: errors?.server?.message, hint: true })}
          {...register(`registries.${index}.server`)}
        />
      </FormField>
      <FormField id={id('username')} label="Username" required error={errors?.username?.message}>
        <input
          id={id('username')}
          autoComplete="off"
          aria-invalid={errors?.username ? true : undefined}
          aria-describedby={describedBy(id('username'), { error: errors?.username?.message })}
          {...register(`registries.${index}.username`)}
        />
      </FormField>
      <FormField
        id={id('password')}
        label="Password"
        required={!passwordOptional}
        error={errors?.password?.message}
        hint={passwordOptional ? 'Leave empty to keep the stored password' : undefined}
      >
        <div className="input-with-button">
          <input
            id={id('password')}
            type={showPassword ? 'text' : 'password'}
            autoComplete="new-password"
            aria-invalid={errors?.password ? true : undefined}
            aria-describedby={describedBy(id('password'), { error: errors?.password?.message, hint: passwordOptional })}
            {...register(`registries.${index}.password`)}
          />
          <button
            type="button"
            className="button-link"
            aria-pressed={showPassword}
            onClick={() => setShowPassword((s) => !s)}
          >
            Show password
          </button>
        </div>
      </FormField>
      <FormField id={id('email')} label="Email" error={errors?.email?.message} hint="Optional">
        <input
          id={id('email')}
          type="email"
          autoComplete="off"
          aria-invalid={errors?.email ? true : undefined}
          aria-describedby={describedBy(id('email'), { error: errors?.email?.message, hint: true })}
          {...register(`registries.${index}.email`)}
        />
      </FormField>
      <div className="registry-actions">
        <CredentialTest server={server} username={username} password={password ?? ''} label={`Registry ${index + 1}`} />
        {onRemove ? (
          <button type="button" className="button-link danger" onClick={onRemove}>
            Remove registry {index + 1}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
