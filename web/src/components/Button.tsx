/** Buttons of the design system: primary (filled), secondary (outlined), tertiary (text). */
import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';

const VARIANTS: Record<ButtonVariant, string> = {
  primary:
    'bg-key-900 text-white border-key-900 hover:bg-key-1000 hover:border-key-1000 active:bg-key-1200',
  secondary: 'bg-white text-key-900 border-key-900 hover:bg-key-50 active:bg-key-100',
  tertiary: 'bg-transparent text-key-900 border-transparent underline hover:bg-key-50',
};

export function Button({
  variant = 'primary',
  className = '',
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return (
    <button
      type={type}
      className={`inline-flex min-h-12 items-center justify-center gap-2 rounded-8 border-2 px-4 py-2 text-std-16B-170 disabled:cursor-not-allowed disabled:border-solid-gray-300 disabled:bg-solid-gray-300 disabled:text-solid-gray-50 ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
