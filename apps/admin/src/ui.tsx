import { ApiProblemError } from '@regin/api-contract';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { useCallback, useEffect, useId, useState } from 'react';
import { problemMessage } from './api.js';
import { useI18n } from './i18n/index.js';
import type { LabelGroup } from './labels.js';

/** Loads data on mount and whenever `deps` change; `reload()` fetches again. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: callers list what the loader reads
  useEffect(() => {
    let live = true;
    setLoading(true);
    load()
      .then((value) => {
        if (live) {
          setData(value);
          setError(undefined);
        }
      })
      .catch((caught: unknown) => {
        if (live) setError(caught);
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { data, error, loading, reload, setData };
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}

export function ErrorBox({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const problem = error instanceof ApiProblemError ? error.problem : undefined;
  return (
    <div className="error-box" role="alert">
      <strong>{problem?.title ?? t('app.error')}</strong>
      {problem?.detail ? <p>{problem.detail}</p> : !problem ? <p>{problemMessage(error)}</p> : null}
      {problem?.errors?.length ? (
        <ul>
          {problem.errors.map((item) => (
            <li key={`${item.pointer}-${item.line ?? ''}-${item.detail}`}>
              {item.line !== undefined ? `${t('fw.line', { n: item.line })}: ` : ''}
              {item.indicator ? `${item.indicator}: ` : ''}
              {item.field ? <code>{item.field}</code> : null}{' '}
              {item.line !== undefined ? item.detail.replace(/^line \d+: /, '') : item.detail}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled control with its error (the form's zod check or the API's `errors[].field`) next to it. */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        ...(error ? { 'aria-invalid': true } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A status as a translated label (assessment statuses unless `group` says otherwise), coloured by its code. */
export function StatusBadge({ status, group = 'assessment' }: { status: string; group?: LabelGroup }) {
  const { label } = useI18n();
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {label(group, status)}
    </span>
  );
}

/** The first error at `path` or below it (`regions` finds `regions.0`, `title` finds `title.text.en`). */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((name) => name.startsWith(`${path}.`));
  return key ? errors[key] : undefined;
}

/** zod issues → `{ 'dotted.path': message }`, the same shape as the API's field errors. */
export function issuesToFields(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const result: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in result)) result[key] = issue.message;
  }
  return result;
}

type NumberInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: number | undefined;
  /** The number typed, `undefined` for an empty field, `NaN` for text that is not a number. */
  onChange: (value: number | undefined) => void;
};

const shown = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '' : String(value);

/**
 * A number field that keeps what the person typed ("-", "1.", "") as text and reports the number, so a
 * half-typed value is never rewritten under the cursor and the form's zod check sees what is there.
 */
export function NumberInput({ value, onChange, ...props }: NumberInputProps) {
  const [text, setText] = useState(shown(value));
  useEffect(() => {
    setText((current) => (Number(current) === value && current.trim() !== '' ? current : shown(value)));
  }, [value]);
  return (
    <input
      {...props}
      type="number"
      inputMode="decimal"
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        onChange(next.trim() === '' ? undefined : Number(next));
      }}
    />
  );
}
