import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { describedBy, FormField } from '../../../../shared/ui/form-field';
import { useFieldError } from './field-error';
import type { WorkloadFormInput } from './form-paths';

interface SuggestionComboboxProps {
  id: string;
  label: string;
  path: FieldPath<WorkloadFormInput>;
  /** Everything that may be offered; those containing what is typed are shown. */
  options: readonly string[];
  /** Said to screen readers while the options load. */
  loading?: boolean;
  hint?: ReactNode;
  required?: boolean;
  placeholder?: string;
}

/** Options shown at once; typing narrows the rest. */
const maxShown = 50;

/**
 * A text box that offers values as the ARIA 1.2 combobox pattern does (a listbox popup, `aria-activedescendant`, Down
 * and Up to move, Enter to pick, Escape to close), while any other text may still be typed.
 */
export function SuggestionCombobox({
  id,
  label,
  path,
  options,
  loading,
  hint,
  required,
  placeholder,
}: SuggestionComboboxProps) {
  const { register, setValue, control } = useFormContext<WorkloadFormInput>();
  const error = useFieldError(path);
  const watched: unknown = useWatch({ control, name: path });
  const value = typeof watched === 'string' ? watched.trim().toLowerCase() : '';
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const matching = options.filter((option) => option.toLowerCase().includes(value));
  const shown = matching.slice(0, maxShown);
  const expanded = open && shown.length > 0;
  const activeIndex = expanded && active < shown.length ? active : -1;
  const listId = `${id}-options`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const field = register(path);

  const choose = (option: string) => {
    setValue(path, option, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // Asked before the options arrive, the list opens when they do.
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      // Alt+Down opens without moving into the list, as the pattern says.
      if (!expanded) setActive(event.altKey ? -1 : down ? 0 : last);
      else setActive(down ? (activeIndex >= last ? 0 : activeIndex + 1) : activeIndex <= 0 ? last : activeIndex - 1);
      setOpen(true);
    } else if (event.key === 'Enter' && activeIndex >= 0) {
      // Only a highlighted option is taken; otherwise Enter submits the form as in any text box.
      event.preventDefault();
      const option = shown[activeIndex];
      if (option !== undefined) choose(option);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const status = loading
    ? `Loading ${label} suggestions`
    : expanded
      ? `${matching.length} ${label} suggestion${matching.length === 1 ? '' : 's'}${matching.length > maxShown ? `, ${maxShown} shown: type to narrow` : ''}`
      : '';
  return (
    <FormField id={id} label={label} required={required} error={error} hint={hint}>
      <div className="combobox">
        <input
          id={id}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          {...(placeholder ? { placeholder } : {})}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { error, hint: hint !== undefined })}
          {...field}
          onChange={(event) => {
            void field.onChange(event);
            setOpen(true);
            setActive(-1);
          }}
          onBlur={(event) => {
            void field.onBlur(event);
            setOpen(false);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
        <div id={listId} role="listbox" aria-label="Suggestions" className="combobox-options" hidden={!expanded}>
          {expanded
            ? shown.map((option, index) => (
                <div
                  key={option}
                  id={optionId(index)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={index === activeIndex}
                  className={index === activeIndex ? 'combobox-option active' : 'combobox-option'}
                  // Picked on press, with focus kept in the box (the keys are the box's: options never take focus).
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(option);
                  }}
                >
                  {option}
                </div>
              ))
            : null}
        </div>
        <span className="visually-hidden" aria-live="polite">
          {status}
        </span>
      </div>
    </FormField>
  );
}
