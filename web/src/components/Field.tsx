/**
 * Form fields with the design system's label, support text and error message. The control is
 * tied to them with id / aria-describedby / aria-invalid, so screen readers read all three.
 *
 *   <TextField label="団体名" required supportText="正式名称" error={errors.name} name="name" />
 */
import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

interface FieldProps {
  readonly label: ReactNode;
  readonly supportText?: ReactNode;
  /** Shown under the control, and the control is marked invalid. */
  readonly error?: ReactNode;
  readonly required?: boolean;
}

const CONTROL =
  'w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 text-solid-gray-800 hover:border-black aria-[invalid=true]:border-error-1 disabled:border-solid-gray-300 disabled:bg-solid-gray-50';

function useFieldIds(props: FieldProps) {
  const id = useId();
  const support = props.supportText ? `${id}-support` : undefined;
  const error = props.error ? `${id}-error` : undefined;
  const describedBy = [support, error].filter(Boolean).join(' ') || undefined;
  return { id, support, error, describedBy };
}

function Frame({
  props,
  ids,
  children,
}: {
  props: FieldProps;
  ids: ReturnType<typeof useFieldIds>;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={ids.id} className="text-std-17B-170 text-solid-gray-800">
        {props.label}
        {props.required && <span className="ml-2 text-std-16N-170 text-error-1">※必須</span>}
      </label>
      {props.supportText && (
        <p id={ids.support} className="text-std-16N-170 text-solid-gray-700">
          {props.supportText}
        </p>
      )}
      {children}
      {props.error && (
        <p id={ids.error} className="text-std-16N-170 text-error-1">
          ＊{props.error}
        </p>
      )}
    </div>
  );
}

function splitField<T extends FieldProps>(all: T) {
  const { label, supportText, error, required, ...rest } = all;
  return { field: { label, supportText, error, required }, rest };
}

export function TextField(all: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { field, rest } = splitField(all);
  const ids = useFieldIds(field);
  return (
    <Frame props={field} ids={ids}>
      <input
        id={ids.id}
        required={field.required}
        aria-describedby={ids.describedBy}
        aria-invalid={field.error ? true : undefined}
        className={CONTROL}
        {...rest}
      />
    </Frame>
  );
}

export function TextareaField(all: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { field, rest } = splitField(all);
  const ids = useFieldIds(field);
  return (
    <Frame props={field} ids={ids}>
      <textarea
        id={ids.id}
        required={field.required}
        aria-describedby={ids.describedBy}
        aria-invalid={field.error ? true : undefined}
        className={`${CONTROL} min-h-32`}
        {...rest}
      />
    </Frame>
  );
}

export function SelectField(all: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const { field, rest } = splitField(all);
  const ids = useFieldIds(field);
  return (
    <Frame props={field} ids={ids}>
      <select
        id={ids.id}
        required={field.required}
        aria-describedby={ids.describedBy}
        aria-invalid={field.error ? true : undefined}
        className={CONTROL}
        {...rest}
      />
    </Frame>
  );
}
