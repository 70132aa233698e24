import type { ReactNode } from 'react';

interface FormFieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  /** The control, which must carry `id` and `aria-describedby={describedBy(id, ...)}`. */
  children: ReactNode;
}

/** The ids a control points at with aria-describedby: its hint and its error, when shown. */
export function describedBy(
  id: string,
  { error, hint }: { error?: string | undefined; hint?: boolean },
): string | undefined {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Label, control, hint and error in the console's one layout; the error is announced as it appears. */
export function FormField({ id, label, error, hint, required, children }: FormFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {required ? (
          <span className="required" aria-hidden="true">
            *{' '}
          </span>
        ) : null}
        {label}
      </label>
      <div className="field-control">
        {children}
        {hint ? (
          <div id={`${id}-hint`} className="field-hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <div id={`${id}-error`} role="alert" className="field-error">
            {error}
          </div>
        ) : null}
      </div>
    </div>
  );
}
