import type { ErrorCode } from '@orgplane/schema';
import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { errorCodeOf, fieldErrorsOf } from './errorCode.ts';
import { errorText } from './errorText.ts';

/** The values of a form's fields, by field name. */
export type FormValues<F extends string> = Record<F, string>;

/** What is wrong with some of the fields, by field name. */
export type FormErrors<F extends string> = Partial<Record<F, string>>;

interface UseFormOptions<F extends string> {
  readonly initialValues: FormValues<F>;
  /** Checks the values before sending; the fields it names are not sent. */
  readonly validate?: (values: FormValues<NoInfer<F>>) => FormErrors<NoInfer<F>>;
  /** Sends the values. A thrown API error shows next to the fields it names, or above the button. */
  readonly onSubmit: (values: FormValues<NoInfer<F>>) => Promise<void>;
  /** API input paths that map to a differently named field (`newPassword` → `password`). */
  readonly paths?: Readonly<Record<string, NoInfer<F>>>;
  /** Error codes that are about one field (such as `INVALID_MFA_CODE`), shown on that field. */
  readonly codeFields?: Partial<Readonly<Record<ErrorCode, NoInfer<F>>>>;
}

/** A submission that failed for a reason that belongs to no single field. */
export interface SubmitFailure {
  readonly error: unknown;
  /** API field errors for paths this form has no field for. */
  readonly details: readonly string[];
}

function hasErrors<F extends string>(errors: FormErrors<F>): boolean {
  return Object.values(errors).some(Boolean);
}

/** "must be …" → "Must be …": API messages are predicates; next to a field they read as sentences. */
function asSentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * State for a form that validates before sending, shows API field errors (`VALIDATION_FAILED`
 * with `extensions.fields`) next to the fields they name, shows any other error above the
 * button, moves focus to the first invalid field, and refuses a second submit while sending.
 */
export function useForm<F extends string>({ initialValues, validate, onSubmit, paths, codeFields }: UseFormOptions<F>) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FormErrors<F>>({});
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const formRef = useRef<HTMLFormElement | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const names = Object.keys(initialValues) as F[];

  // Focus the first invalid field once its error is on screen, so it is read out with the field.
  useEffect(() => {
    if (!focusRequest) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [focusRequest]);

  const showErrors = (found: FormErrors<F>) => {
    setErrors(found);
    if (hasErrors(found)) setFocusRequest((count) => count + 1);
  };

  const setValue = (name: F, value: string) => {
    const next = { ...values, [name]: value };
    setValues(next);
    setErrors((current) => {
      const rest = { ...current };
      delete rest[name];
      // After a first attempt, re-check the edited field as the person types.
      const again = attempted && validate ? validate(next)[name] : undefined;
      return again ? { ...rest, [name]: again } : rest;
    });
  };

  const handleFailure = (error: unknown) => {
    const code = errorCodeOf(error);
    if (code === 'VALIDATION_FAILED') {
      const found: FormErrors<F> = {};
      const details: string[] = [];
      for (const field of fieldErrorsOf(error)) {
        const name = paths?.[field.path] ?? (names.includes(field.path as F) ? (field.path as F) : undefined);
        if (name) found[name] ??= asSentence(field.message);
        else details.push(`${field.path}: ${field.message}`);
      }
      showErrors(found);
      setFailure(details.length || !hasErrors(found) ? { error, details } : null);
      return;
    }
    const field = codeFields?.[code];
    if (field) {
      showErrors({ [field]: errorText(error) } as FormErrors<F>);
      return;
    }
    setFailure({ error, details: [] });
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    formRef.current = event.currentTarget;
    if (submitting) return;
    setAttempted(true);
    setFailure(null);
    const found = validate?.(values) ?? {};
    showErrors(found);
    if (hasErrors(found)) return;
    setSubmitting(true);
    onSubmit(values)
      .catch(handleFailure)
      .finally(() => setSubmitting(false));
  };

  const field = (name: F) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(name, event.target.value),
  });

  const reset = (next: FormValues<F> = initialValues) => {
    setValues(next);
    setErrors({});
    setFailure(null);
    setAttempted(false);
  };

  return { values, errors, failure, submitting, field, setValue, handleSubmit, reset };
}
