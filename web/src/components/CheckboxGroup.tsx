/** A group of checkboxes with a legend, support text and an error, like the design system's. */
import { useId } from 'react';

export function CheckboxGroup({
  legend,
  supportText,
  options,
  values,
  onChange,
  error,
}: {
  legend: string;
  supportText?: string;
  options: readonly { value: string; label: string }[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const describedBy =
    [supportText ? `${id}-support` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const chosen = new Set(values);
  return (
    <fieldset aria-describedby={describedBy} className="flex flex-col gap-2">
      <legend className="mb-2 text-std-17B-170 text-solid-gray-800">{legend}</legend>
      {supportText && (
        <p id={`${id}-support`} className="text-std-16N-170 text-solid-gray-700">
          {supportText}
        </p>
      )}
      <div className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-3 text-std-16N-170">
            <input
              type="checkbox"
              className="size-6 accent-key-900"
              value={option.value}
              checked={chosen.has(option.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? [...values, option.value]
                    : values.filter((v) => v !== option.value),
                )
              }
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-std-16N-170 text-error-1">
          ＊{error}
        </p>
      )}
    </fieldset>
  );
}
